import type { Locale, MentorshipView } from '@torchbridge/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, TextAreaField } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { formatShortDate } from '../../lib/time/format';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { conflictMessages } from '../matching/conflict-message';
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
  const { t } = useTranslation();
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
  const ratingProblem = rating ? undefined : t('mentorships.ratingRequired');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (!ratingProblem) {
      send.mutate(undefined);
    }
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mentorships.feedback')}</h2>
      {sent && (
        <p role="status" className="success-text">
          {t('mentorships.feedbackSent')}
        </p>
      )}
      {feedback.length === 0 ? (
        <p className="muted">{t('mentorships.noFeedback')}</p>
      ) : (
        <ul className="feedback-list">
          {feedback.map((item) => (
            <li key={item.authorId} className="feedback">
              <p>
                <strong>
                  {item.authorId === viewerId
                    ? t('mentorships.yourFeedback')
                    : t('mentorships.theirFeedback', {
                        name: nameOf(item.authorId),
                      })}
                </strong>{' '}
                <span className="badge">
                  {t('mentorships.stars', { rating: item.rating })}
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
            legend={t('mentorships.rating')}
            name="rating"
            value={rating}
            onChange={setRating}
            choices={RATINGS.map((value) => ({ value, label: value }))}
            error={attempted ? ratingProblem : undefined}
          />
          <TextAreaField
            label={t('mentorships.comment')}
            name="comment"
            rows={3}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <ApiErrorAlert
            error={send.error}
            statusMessages={conflictMessages(send.error, t)}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={send.isPending}
            >
              {t('mentorships.feedbackSubmit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
