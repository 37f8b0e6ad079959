import { useState } from 'react';
import { focusField } from '@torchbridge/ui';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { useValidationMessage, type Problem } from './validation-message';

/** Client-side checks of an auth form merged with the server's field errors. */
export function useCheckedForm<F extends string>(
  problems: Record<F, Problem | undefined>,
  order: readonly F[],
  serverError: unknown,
) {
  const validationMessage = useValidationMessage();
  const apiFieldError = useApiFieldError();
  // Problems show after the first submit attempt, then update as the person types.
  const [attempted, setAttempted] = useState(false);
  const errorFor = (field: F) =>
    (attempted ? validationMessage(problems[field]) : undefined) ??
    apiFieldError(serverError, field);

  /** Marks the form as attempted; focuses the first invalid field and returns false if there is one. */
  function check(form: HTMLFormElement): boolean {
    setAttempted(true);
    const firstInvalid = order.find((field) => problems[field]);
    if (firstInvalid) {
      focusField(form, firstInvalid);
      return false;
    }
    return true;
  }

  return { errorFor, check };
}
