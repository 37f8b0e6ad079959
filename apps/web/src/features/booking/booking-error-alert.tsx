import { isApiError } from '@torchbridge/api-client';
import type { BookingStatus } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import type { CodeMessages } from '../../lib/api/describe-api-error';
import { booking as bookingResources } from '../../lib/i18n/resources/en/booking';

function isBookingStatus(value: unknown): value is BookingStatus {
  return (
    typeof value === 'string' && Object.hasOwn(bookingResources.statuses, value)
  );
}

/** The API's error in words, with a session's status named in the UI language rather than as its code. */
export function BookingErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation(['errors', 'booking']);
  const codeMessages: CodeMessages = {};
  if (
    isApiError(error) &&
    error.code === 'booking.not_changeable' &&
    isBookingStatus(error.params['status'])
  ) {
    codeMessages['booking.not_changeable'] = t(
      'errors:booking.not_changeable',
      { status: t(`booking:statuses.${error.params['status']}`) },
    );
  }
  return <ApiErrorAlert error={error} codeMessages={codeMessages} />;
}
