import type { BookingView } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SubmitRow, TextAreaField } from '@torchbridge/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/services-context';
import { applyBookingChange } from './booking-keys';
import { BookingErrorAlert } from './booking-error-alert';

export const NOTE_MAX_LENGTH = 4000;

/** The reader's own note on a session; nobody else sees it. */
export function SessionNote({ booking }: { booking: BookingView }) {
  const { t } = useTranslation('booking');
  const api = useApi();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(booking.myNote);
  const save = useMutation({
    mutationFn: () => api.saveBookingNote(booking.id, { note }),
    onSuccess: (changed) => applyBookingChange(queryClient, changed),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <details className="session-extra" open={booking.myNote !== ''}>
      <summary>{t('note.title')}</summary>
      <BookingErrorAlert error={save.error} />
      <form className="form" noValidate onSubmit={submit}>
        <TextAreaField
          label={t('note.label')}
          hint={t('note.hint')}
          name="note"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <SubmitRow
          pending={save.isPending}
          label={t('note.save')}
          pendingLabel={t('note.saving')}
          done={save.isSuccess ? t('note.saved') : undefined}
        />
      </form>
    </details>
  );
}
