import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useFieldIds } from '../field-ids/field-ids';
import { FieldError, FieldHint } from '../field-parts/field-parts';
import './field-shell.css';

/** Props of a labelled control: the shell owns its id and aria wiring. */
export type LabelledFieldProps<Tag extends 'input' | 'select' | 'textarea'> =
  Omit<
    ComponentPropsWithRef<Tag>,
    'id' | 'aria-describedby' | 'aria-invalid'
  > & {
    label: string;
    hint?: string;
    error?: string;
  };

/** What the shell hands its control so label, hint and error are read with it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Label, hint and error around one control; the control comes from children. */
export function FieldShell({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint: string | undefined;
  error: string | undefined;
  children(control: FieldControlProps): ReactNode;
}) {
  const ids = useFieldIds(Boolean(hint), Boolean(error));
  return (
    <div className="field">
      <label htmlFor={ids.control} className="field-label">
        {label}
      </label>
      <FieldHint ids={ids} hint={hint} />
      <FieldError ids={ids} error={error} />
      {children({
        id: ids.control,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': ids.describedBy,
      })}
    </div>
  );
}

/** Joins the control's fixed classes with any caller class. */
export function fieldClassName(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
