import type { ComponentPropsWithRef } from 'react';
import { useFieldIds } from '../field-ids/field-ids';
import { FieldError } from '../field-parts/field-parts';
import '../choice-group/choice-group.css';

export interface CheckboxFieldProps
  extends Omit<
    ComponentPropsWithRef<'input'>,
    'id' | 'type' | 'aria-describedby' | 'aria-invalid'
  > {
  label: string;
  error?: string;
}

/** One checkbox with its label beside it, styled like the choices of a group. */
export function CheckboxField({ label, error, ...input }: CheckboxFieldProps) {
  const ids = useFieldIds(false, Boolean(error));
  return (
    <div className="field">
      <FieldError ids={ids} error={error} />
      <label className="choice choice-single" htmlFor={ids.control}>
        <input
          {...input}
          id={ids.control}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
