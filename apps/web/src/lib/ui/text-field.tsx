import type { ComponentPropsWithRef } from 'react';
import { useFieldIds } from './field-ids';
import { FieldError, FieldHint } from './field-parts';

export interface TextFieldProps
  extends Omit<
    ComponentPropsWithRef<'input'>,
    'id' | 'aria-describedby' | 'aria-invalid'
  > {
  label: string;
  hint?: string;
  error?: string;
}

export function TextField({
  label,
  hint,
  error,
  className,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(Boolean(hint), Boolean(error));
  return (
    <div className="field">
      <label htmlFor={ids.control} className="field-label">
        {label}
      </label>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
      <input
        {...input}
        id={ids.control}
        className={['input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </div>
  );
}
