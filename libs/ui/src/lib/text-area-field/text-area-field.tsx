import { FieldShell, fieldClassName } from '../field-shell/field-shell';
import type { LabelledFieldProps } from '../field-shell/field-shell';
import './text-area-field.css';

export type TextAreaFieldProps = LabelledFieldProps<'textarea'>;

export function TextAreaField({
  label,
  hint,
  error,
  className,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          className={fieldClassName('input', 'textarea', className)}
        />
      )}
    </FieldShell>
  );
}
