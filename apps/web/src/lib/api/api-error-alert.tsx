import { Alert } from '@torchbridge/ui';
import { useTranslation } from 'react-i18next';
import { describeApiError, type StatusMessages } from './describe-api-error';

/** Announces a failed request; lists each field the server rejected. Renders nothing when there is no error. */
export function ApiErrorAlert({
  error,
  statusMessages,
  title,
}: {
  error: unknown;
  statusMessages?: StatusMessages;
  title?: string;
}) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  const { message, fields } = describeApiError(error, t, statusMessages);
  return <Alert title={title} message={message} details={fields} />;
}
