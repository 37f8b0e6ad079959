import type {
  Locale,
  MentorshipView,
  MilestoneView,
} from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/services-context';
import { formatShortDate } from '../../lib/time/format';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { milestoneTitle } from './milestone-title';
import { useMentorshipAction } from './use-mentorship-action';

/** One milestone; Agree appears only for the side that did not propose it, Mark achieved once agreed. */
export function MilestoneItem({
  mentorship,
  milestone,
  viewerId,
  canAct,
  proposerName,
  locale,
  timeZone,
}: {
  mentorship: MentorshipView;
  milestone: MilestoneView;
  viewerId: string;
  canAct: boolean;
  proposerName: string;
  locale: Locale;
  timeZone: string;
}) {
  const { t } = useTranslation('mentorships');
  const api = useApi();
  const title = milestoneTitle(milestone, locale);
  const agree = useMentorshipAction(mentorship.id, () =>
    api.agreeMilestone(mentorship.id, milestone.id),
  );
  const achieve = useMentorshipAction(mentorship.id, () =>
    api.achieveMilestone(mentorship.id, milestone.id),
  );
  const mine = milestone.proposedBy === viewerId;
  const error = agree.error ?? achieve.error;

  let state: string;
  if (milestone.achievedAt) {
    state = t('achievedOn', {
      date: formatShortDate(new Date(milestone.achievedAt), {
        locale,
        timeZone,
      }),
    });
  } else if (milestone.agreed) {
    state = t('agreedState');
  } else {
    state = t('waitingForOther');
  }

  return (
    <li className="milestone">
      <p className="milestone-title">
        <strong>{title}</strong>{' '}
        <span className={milestone.achievedAt ? 'badge' : 'badge badge-quiet'}>
          {state}
        </span>
      </p>
      <p className="muted">
        {mine
          ? t('proposedByYou')
          : t('proposedByOther', { name: proposerName })}
      </p>
      <ApiErrorAlert error={error} />
      {canAct && !milestone.agreed && !mine && (
        <button
          type="button"
          className="button button-primary"
          aria-label={t('agreeTitle', { title })}
          disabled={agree.isPending}
          onClick={() => agree.mutate(undefined)}
        >
          {t('agree')}
        </button>
      )}
      {canAct && milestone.agreed && !milestone.achievedAt && (
        <button
          type="button"
          className="button button-secondary"
          aria-label={t('achieveTitle', { title })}
          disabled={achieve.isPending}
          onClick={() => achieve.mutate(undefined)}
        >
          {t('achieve')}
        </button>
      )}
    </li>
  );
}
