import { FieldShell, fieldClassName } from './field-shell';
import type { LabelledFieldProps } from './field-shell';

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
