import { FieldShell, fieldClassName } from '../field-shell/field-shell';
import type { LabelledFieldProps } from '../field-shell/field-shell';
import './select-field.css';

export type SelectFieldProps = LabelledFieldProps<'select'>;

export function SelectField({
  label,
  hint,
  error,
  className,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...select}
          {...control}
          className={fieldClassName('input', 'select', className)}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}
