import { isApiError } from '@torchbridge/api-client';
import { focusField } from '@torchbridge/ui';
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
