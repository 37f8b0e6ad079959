import { Alert } from '@torchbridge/ui';
import { useDescribeApiError, type CodeMessages } from './describe-api-error';

/**
 * Announces a failed request in the UI language, by its error code; lists each field the server rejected. Renders
 * nothing when there is no error.
 */
export function ApiErrorAlert({
  error,
  codeMessages,
  title,
}: {
  error: unknown;
  /** Wording for codes that mean something more specific on this screen. */
  codeMessages?: CodeMessages;
  title?: string;
}) {
  const describeApiError = useDescribeApiError();
  if (!error) {
    return null;
  }
  const { message, fields } = describeApiError(error, codeMessages);
  return <Alert title={title} message={message} details={fields} />;
}
