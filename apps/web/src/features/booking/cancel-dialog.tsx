import type { BookingView } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SubmitRow } from '@torchbridge/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { useApi } from '../../lib/api/services-context';
import { applyBookingChange } from './booking-keys';
import { BookingErrorAlert } from './booking-error-alert';
import { ModalDialog } from './modal-dialog';
import { LateReasonField } from './late-reason-field';
import { isLateChange } from './reason-field';

/** Cancels a session; within LATE_CHANGE_HOURS of the start a reason is required before anything is sent. */
export function CancelDialog({
  booking,
  otherName,
  now,
  onClose,
}: {
  booking: BookingView;
  otherName: string;
  now: Date;
  onClose(): void;
}) {
  const { t } = useTranslation('booking');
  const api = useApi();
  const queryClient = useQueryClient();
  const apiFieldError = useApiFieldError();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const late = isLateChange(booking.start, now);
  const missing = late && reason.trim() === '';
  const cancel = useMutation({
    mutationFn: () =>
      api.cancelBooking(
        booking.id,
        reason.trim() ? { reason: reason.trim() } : {},
      ),
    onSuccess: async (changed) => {
      onClose();
      await applyBookingChange(queryClient, changed);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (missing) {
      reasonRef.current?.focus();
      return;
    }
    cancel.mutate();
  }

  return (
    <ModalDialog title={t('cancel.title')} onClose={onClose}>
      <p>{t('cancel.body', { name: otherName })}</p>
      <BookingErrorAlert error={cancel.error} />
      <form className="form" noValidate onSubmit={submit}>
        <LateReasonField
          ref={reasonRef}
          late={late}
          otherName={otherName}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={
            (attempted && missing ? t('reason.missing') : undefined) ??
            apiFieldError(cancel.error, 'reason')
          }
          autoFocus
        />
        <SubmitRow
          pending={cancel.isPending}
          label={t('cancel.submit')}
          pendingLabel={t('cancel.submitting')}
          tone="danger"
        >
          <button
            type="button"
            className="button button-secondary"
            onClick={onClose}
          >
            {t('cancel.keep')}
          </button>
        </SubmitRow>
      </form>
    </ModalDialog>
  );
}
