import { isApiError } from '@torchbridge/api-client';
import {
  SESSION_LENGTHS,
  type BookingView,
  type SessionLength,
  type SlotView,
  type SlotsView,
} from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { StatusMessage, SubmitRow } from '@torchbridge/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { applyBookingChange, bookingKeys } from './booking-keys';
import { BookingErrorAlert } from './booking-error-alert';
import { ModalDialog } from './modal-dialog';
import { LateReasonField } from './late-reason-field';
import { isLateChange } from './reason-field';
import { SlotCalendar } from './slot-calendar';
import { ZonePair } from './zone-pair';

const lengthOf = (minutes: number): SessionLength | undefined =>
  SESSION_LENGTHS.find((length) => length === minutes);

/** Moves a session to another free time of the mentor; within LATE_CHANGE_HOURS of the old start a reason is required. */
export function RescheduleDialog({
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
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const apiFieldError = useApiFieldError();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [picked, setPicked] = useState<{
    slot: SlotView;
    view: SlotsView;
  } | null>(null);
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const late = isLateChange(booking.start, now);
  const missingReason = late && reason.trim() === '';
  const move = useMutation({
    mutationFn: (target: { slot: SlotView; view: SlotsView }) =>
      api.rescheduleBooking(booking.id, {
        start: target.slot.start,
        lengthMinutes: target.view.length,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: async (changed) => {
      onClose();
      await applyBookingChange(queryClient, changed);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'booking.slot_taken') {
        setPicked(null);
        void queryClient.invalidateQueries({
          queryKey: bookingKeys.slotsOf(booking.mentor.mentorId),
        });
      }
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (missingReason) {
      reasonRef.current?.focus();
      return;
    }
    if (picked) {
      move.mutate(picked);
    }
  }

  return (
    <ModalDialog
      title={t('reschedule.title')}
      onClose={onClose}
      className="booking-dialog-wide"
    >
      <p>{t('reschedule.body', { name: otherName })}</p>
      <SlotCalendar
        mentorId={booking.mentor.mentorId}
        mentorName={booking.mentor.displayName}
        selectedStart={picked?.slot.start ?? null}
        initialLength={lengthOf(booking.lengthMinutes)}
        onPick={(slot, view) => setPicked({ slot, view })}
      />
      <BookingErrorAlert error={move.error} />
      <form className="form" noValidate onSubmit={submit}>
        {picked ? (
          <div className="picked-time">
            <p className="field-label">{t('reschedule.newTime')}</p>
            <ZonePair
              start={picked.slot.start}
              end={picked.slot.end}
              viewerZone={picked.view.viewerTimeZone}
              otherZone={picked.view.mentorTimeZone}
              otherName={booking.mentor.displayName}
              locale={locale}
            />
          </div>
        ) : (
          <StatusMessage className={attempted ? 'booking-error-text' : 'muted'}>
            {t('reschedule.pickFirst')}
          </StatusMessage>
        )}
        <LateReasonField
          ref={reasonRef}
          late={late}
          otherName={otherName}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={
            (attempted && missingReason ? t('reason.missing') : undefined) ??
            apiFieldError(move.error, 'reason')
          }
        />
        <SubmitRow
          pending={move.isPending}
          label={t('reschedule.submit')}
          pendingLabel={t('reschedule.submitting')}
        >
          <button
            type="button"
            className="button button-secondary"
            onClick={onClose}
          >
            {t('reschedule.keep')}
          </button>
        </SubmitRow>
      </form>
    </ModalDialog>
  );
}
