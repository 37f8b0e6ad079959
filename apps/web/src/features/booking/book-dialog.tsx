import { isApiError } from '@torchbridge/api-client';
import type { BookingView, SlotView, SlotsView } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SubmitRow, TextAreaField } from '@torchbridge/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { applyBookingChange } from './booking-keys';
import { ModalDialog } from './modal-dialog';
import { ZonePair } from './zone-pair';

export const TOPIC_MAX_LENGTH = 500;

/** Confirms a picked time with an optional topic; a time someone else just took goes back to the calendar. */
export function BookDialog({
  mentorshipId,
  mentorName,
  slot,
  view,
  onClose,
  onBooked,
  onTaken,
}: {
  mentorshipId: string;
  mentorName: string;
  slot: SlotView;
  view: SlotsView;
  onClose(): void;
  onBooked(booking: BookingView): void;
  /** The slot went to someone else first: the error says so, and the calendar reads its times again. */
  onTaken(error: unknown): void;
}) {
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const [topic, setTopic] = useState('');
  const book = useMutation({
    mutationFn: () =>
      api.createBooking({
        mentorshipId,
        start: slot.start,
        lengthMinutes: view.length,
        ...(topic.trim() ? { topic: topic.trim() } : {}),
      }),
    onSuccess: async (booking) => {
      onBooked(booking);
      await applyBookingChange(queryClient, booking);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'booking.slot_taken') {
        onTaken(error);
      }
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    book.mutate();
  }

  return (
    <ModalDialog title={t('confirm.title')} onClose={onClose}>
      <ZonePair
        start={slot.start}
        end={slot.end}
        viewerZone={view.viewerTimeZone}
        otherZone={view.mentorTimeZone}
        otherName={mentorName}
        locale={locale}
      />
      <p>
        {t('confirm.length', { minutes: view.length })}
        {slot.inOverlap && (
          <>
            {' '}
            <span className="badge">{t('overlap')}</span>
          </>
        )}
      </p>
      <ApiErrorAlert error={book.error} />
      <form className="form" noValidate onSubmit={submit}>
        <TextAreaField
          label={t('confirm.topic')}
          hint={t('confirm.topicHint')}
          name="topic"
          rows={3}
          maxLength={TOPIC_MAX_LENGTH}
          value={topic}
          onChange={(event) => setTopic(event.target.value)}
        />
        <SubmitRow
          pending={book.isPending}
          label={t('confirm.submit')}
          pendingLabel={t('confirm.submitting')}
        >
          <button
            type="button"
            className="button button-secondary"
            onClick={onClose}
          >
            {t('confirm.cancel')}
          </button>
        </SubmitRow>
      </form>
    </ModalDialog>
  );
}
