import { isApiError } from '@torchbridge/api-client';
import { focusField } from '@torchbridge/ui';
import { apiFieldError } from '../../lib/api/describe-api-error';

/** The server's message for one field of a failed save, to show next to the input. */
export function fieldErrorsOf(error: unknown) {
  return (field: string) => apiFieldError(error, field);
}

/** Moves focus to the first field the server rejected, in the form's own order. */
export function focusFirstRejected(
  form: HTMLFormElement | null,
  error: unknown,
  order: readonly string[],
): void {
  if (!form || !isApiError(error)) {
    return;
  }
  const named = new Set(error.details.map((detail) => detail.field));
  const first = order.find((field) => named.has(field));
  if (first) {
    focusField(form, first);
  }
}
