import { FieldShell, fieldClassName } from '../field-shell/field-shell';
import type { LabelledFieldProps } from '../field-shell/field-shell';

export type TextFieldProps = LabelledFieldProps<'input'>;

export function TextField({
  label,
  hint,
  error,
  className,
  ...input
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...input}
          {...control}
          className={fieldClassName('input', className)}
        />
      )}
    </FieldShell>
  );
}
