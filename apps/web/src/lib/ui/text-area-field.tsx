import type { ComponentPropsWithRef } from 'react';
import { useFieldIds } from './field-ids';
import { FieldError, FieldHint } from './field-parts';

export interface TextAreaFieldProps
  extends Omit<
    ComponentPropsWithRef<'textarea'>,
    'id' | 'aria-describedby' | 'aria-invalid'
  > {
  label: string;
  hint?: string;
  error?: string;
}

export function TextAreaField({
  label,
  hint,
  error,
  className,
  ...textarea
}: TextAreaFieldProps) {
  const ids = useFieldIds(Boolean(hint), Boolean(error));
  return (
    <div className="field">
      <label htmlFor={ids.control} className="field-label">
        {label}
      </label>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
      <textarea
        {...textarea}
        id={ids.control}
        className={['input', 'textarea', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </div>
  );
}
