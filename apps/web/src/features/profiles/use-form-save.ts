import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { focusFirstRejected } from './form-errors';

/** A form's save mutation that maps a 400's details onto fields and focuses the first one rejected. */
export function useFormSave<TData, TVariables = void>({
  mutationFn,
  onSuccess,
  fieldOrder,
}: {
  mutationFn(variables: TVariables): Promise<TData>;
  onSuccess(data: TData): unknown;
  fieldOrder: readonly string[];
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const apiFieldError = useApiFieldError();
  const mutation = useMutation({
    mutationFn,
    onSuccess: (data: TData) => onSuccess(data),
    onError: (error) => focusFirstRejected(formRef.current, error, fieldOrder),
  });
  /** The server's problem with one field of a failed save, to show next to the input. */
  const fieldError = (field: string) => apiFieldError(mutation.error, field);
  return { formRef, mutation, fieldError };
}
