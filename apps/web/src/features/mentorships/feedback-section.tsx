import type { Locale, MentorshipView } from '@torchbridge/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, SubmitRow, TextAreaField } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { formatShortDate } from '../../lib/time/format';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useMentorshipAction } from './use-mentorship-action';

const RATINGS = ['1', '2', '3', '4', '5'] as const;
type Rating = (typeof RATINGS)[number] | '';

/** Both sides' feedback once the mentorship has closed, and the form for whoever has not given theirs. */
export function FeedbackSection({
  mentorship,
  viewerId,
  canAct,
  nameOf,
  locale,
  timeZone,
  headingId,
}: {
  mentorship: MentorshipView;
  viewerId: string;
  canAct: boolean;
  nameOf(userId: string): string;
  locale: Locale;
  timeZone: string;
  headingId: string;
}) {
  const { t } = useTranslation('mentorships');
  const api = useApi();
  const [rating, setRating] = useState<Rating>('');
  const [comment, setComment] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [sent, setSent] = useState(false);
  const send = useMentorshipAction(
    mentorship.id,
    () =>
      api.leaveFeedback(mentorship.id, {
        rating: Number(rating),
        comment: comment.trim(),
      }),
    () => setSent(true),
  );
  const feedback = mentorship.feedback ?? [];
  const given = feedback.some((item) => item.authorId === viewerId);
  const ratingProblem = rating ? undefined : t('ratingRequired');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (!ratingProblem) {
      send.mutate(undefined);
    }
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('feedback')}</h2>
      {sent && (
        <p role="status" className="success-text">
          {t('feedbackSent')}
        </p>
      )}
      {feedback.length === 0 ? (
        <p className="muted">{t('noFeedback')}</p>
      ) : (
        <ul className="feedback-list">
          {feedback.map((item) => (
            <li key={item.authorId} className="feedback">
              <p>
                <strong>
                  {item.authorId === viewerId
                    ? t('yourFeedback')
                    : t('theirFeedback', {
                        name: nameOf(item.authorId),
                      })}
                </strong>{' '}
                <span className="badge">
                  {t('stars', { rating: item.rating })}
                </span>{' '}
                <span className="muted">
                  {formatShortDate(new Date(item.createdAt), {
                    locale,
                    timeZone,
                  })}
                </span>
              </p>
              {item.comment && <p>{item.comment}</p>}
            </li>
          ))}
        </ul>
      )}
      {canAct && !given && (
        <form className="form" noValidate onSubmit={submit}>
          <ChoiceGroup<Rating>
            legend={t('rating')}
            name="rating"
            value={rating}
            onChange={setRating}
            choices={RATINGS.map((value) => ({ value, label: value }))}
            error={attempted ? ratingProblem : undefined}
          />
          <TextAreaField
            label={t('comment')}
            name="comment"
            rows={3}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <ApiErrorAlert error={send.error} />
          <SubmitRow pending={send.isPending} label={t('feedbackSubmit')} />
        </form>
      )}
    </section>
  );
}
