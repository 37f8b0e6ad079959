import { useId } from 'react';

export interface FieldIds {
  control: string;
  hint: string;
  error: string;
  /** Space-separated ids for aria-describedby, or undefined when there is nothing to describe. */
  describedBy: string | undefined;
}

/** Ids that tie a control to its hint and error text so screen readers read them with the field. */
export function useFieldIds(hasHint: boolean, hasError: boolean): FieldIds {
  const id = useId();
  const ids = {
    control: `${id}control`,
    hint: `${id}hint`,
    error: `${id}error`,
  };
  const describedBy = [hasHint ? ids.hint : null, hasError ? ids.error : null]
    .filter(Boolean)
    .join(' ');
  return { ...ids, describedBy: describedBy || undefined };
}
