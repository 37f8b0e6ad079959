import type { BookingView } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChoiceGroup, SubmitRow, TextAreaField } from '@torchbridge/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { useApi } from '../../lib/api/services-context';
import { applyBookingChange } from './booking-keys';
import { BookingErrorAlert } from './booking-error-alert';

const RATINGS = ['1', '2', '3', '4', '5'] as const;
type Rating = (typeof RATINGS)[number] | '';
export const COMMENT_MAX_LENGTH = 2000;

/** After a session: the reader's rating from 1 to 5 and a comment, once; afterwards what they gave. */
export function SessionFeedback({ booking }: { booking: BookingView }) {
  const { t } = useTranslation('booking');
  const api = useApi();
  const queryClient = useQueryClient();
  const apiFieldError = useApiFieldError();
  const [rating, setRating] = useState<Rating>('');
  const [comment, setComment] = useState('');
  const [attempted, setAttempted] = useState(false);
  const give = useMutation({
    mutationFn: () =>
      api.leaveBookingFeedback(booking.id, {
        rating: Number(rating),
        comment: comment.trim(),
      }),
    onSuccess: (changed) => applyBookingChange(queryClient, changed),
  });

  if (booking.myFeedback) {
    return (
      <div className="session-extra">
        <p className="field-label">{t('feedback.title')}</p>
        <p>
          {t('feedback.given', { rating: booking.myFeedback.rating })}
          {booking.myFeedback.comment && ` — ${booking.myFeedback.comment}`}
        </p>
      </div>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (rating === '') {
      return;
    }
    give.mutate();
  }

  return (
    <section className="session-extra" aria-label={t('feedback.title')}>
      <BookingErrorAlert error={give.error} />
      <form className="form" noValidate onSubmit={submit}>
        <ChoiceGroup<Rating>
          legend={t('feedback.rating')}
          hint={t('feedback.ratingHint')}
          name={`rating-${booking.id}`}
          value={rating}
          choices={RATINGS.map((value) => ({ value, label: value }))}
          onChange={setRating}
          error={
            (attempted && rating === ''
              ? t('feedback.ratingMissing')
              : undefined) ?? apiFieldError(give.error, 'rating')
          }
        />
        <TextAreaField
          label={t('feedback.comment')}
          name="comment"
          rows={3}
          maxLength={COMMENT_MAX_LENGTH}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={apiFieldError(give.error, 'comment')}
        />
        <SubmitRow
          pending={give.isPending}
          label={t('feedback.submit')}
          pendingLabel={t('feedback.submitting')}
        />
      </form>
    </section>
  );
}
