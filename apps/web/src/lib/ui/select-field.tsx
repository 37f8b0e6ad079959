import type { ComponentPropsWithRef } from 'react';
import { useFieldIds } from './field-ids';
import { FieldError, FieldHint } from './field-parts';

export interface SelectFieldProps
  extends Omit<
    ComponentPropsWithRef<'select'>,
    'id' | 'aria-describedby' | 'aria-invalid'
  > {
  label: string;
  hint?: string;
  error?: string;
}

export function SelectField({
  label,
  hint,
  error,
  className,
  children,
  ...select
}: SelectFieldProps) {
  const ids = useFieldIds(Boolean(hint), Boolean(error));
  return (
    <div className="field">
      <label htmlFor={ids.control} className="field-label">
        {label}
      </label>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
      <select
        {...select}
        id={ids.control}
        className={['input', 'select', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {children}
      </select>
    </div>
  );
}
