import type { FieldIds } from '../field-ids/field-ids';
import './field-parts.css';

export function FieldHint({
  ids,
  hint,
}: {
  ids: FieldIds;
  hint: string | undefined;
}) {
  return hint ? (
    <p id={ids.hint} className="field-hint">
      {hint}
    </p>
  ) : null;
}

export function FieldError({
  ids,
  error,
}: {
  ids: FieldIds;
  error: string | undefined;
}) {
  return error ? (
    <p id={ids.error} className="field-error">
      {error}
    </p>
  ) : null;
}
