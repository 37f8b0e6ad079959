import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle, StatusMessage } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone, formatShortDate } from '../../lib/time/format';
import { useNow } from '../../lib/time/use-now';
import { DetailState } from '../directory/detail-state';
import { EndMentorshipForm } from './end-mentorship-form';
import { FeedbackSection } from './feedback-section';
import { MilestoneItem } from './milestone-item';
import { mentorshipStartupName } from './mentorship-names';
import { PairClocks } from './pair-clocks';
import { ProposeMilestoneForm } from './propose-milestone-form';
import { mentorshipKey } from './use-mentorship-action';
import './mentorships.css';

export function MentorshipPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['mentorships', 'booking']);
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const ids = useId();
  const [closedMessage, setClosedMessage] = useState('');
  const mentorship = useQuery({
    queryKey: mentorshipKey(id),
    queryFn: () => api.mentorship(id),
  });

  if (!mentorship.data) {
    return (
      <DetailState
        error={mentorship.error}
        backTo="/mentorships"
        loadFailed={t('loadFailed')}
        retry={() => void mentorship.refetch()}
      />
    );
  }
  const m = mentorship.data;
  const viewerId = user?.id ?? '';
  const timeZone = user?.timeZone ?? deviceTimeZone();
  const startup = mentorshipStartupName(m, locale);
  // Founders only ever receive their own startup's mentorships; staff read along without acting.
  const party = viewerId === m.mentor.userId || user?.role === 'founder';
  const active = m.status === 'active';
  const nameOf = (userId: string) =>
    userId === m.mentor.userId ? m.mentor.displayName : startup.text;
  const title = `${startup.text} · ${m.mentor.displayName}`;
  const date = (iso: string) =>
    formatShortDate(new Date(iso), { locale, timeZone });

  return (
    <div className="page detail-page">
      <PageTitle title={title} />
      <p>
        <Link to="/mentorships">{t('back')}</Link>
      </p>
      <header className="page-header">
        <h1>
          <span lang={startup.lang}>{startup.text}</span>
          {' · '}
          {m.mentor.displayName}
        </h1>
        <p className="park-tags">
          <span className="badge">{t(`statuses.${m.status}`)}</span>
          <span className="badge badge-quiet">
            {t('since', { date: date(m.startedAt) })}
          </span>
          {m.endedAt && (
            <span className="badge badge-quiet">
              {t('endedOn', { date: date(m.endedAt) })}
            </span>
          )}
        </p>
        {m.endReason && <p>{t('endReason', { reason: m.endReason })}</p>}
        {party && m.conversationId && (
          <p>
            <Link
              to={`/messages/${m.conversationId}`}
              className="button button-secondary"
            >
              {t('openConversation')}
            </Link>
          </p>
        )}
        {user?.role === 'founder' && active && (
          <p>
            <Link to={`/mentorships/${m.id}/book`} className="button button-primary">
              {t('booking:book')}
            </Link>
          </p>
        )}
      </header>
      <StatusMessage className="success-text">{closedMessage}</StatusMessage>
      <div className="stack">
        <section className="card" aria-labelledby={`${ids}times`}>
          <h2 id={`${ids}times`}>{t('times')}</h2>
          <PairClocks
            now={now}
            locale={locale}
            sides={[
              {
                label: t('startupTime', { name: startup.text }),
                timeZone: m.startup.timeZone,
              },
              {
                label: t('mentorTime', {
                  name: m.mentor.displayName,
                }),
                timeZone: m.mentor.timeZone,
              },
            ]}
          />
        </section>
        <section className="card" aria-labelledby={`${ids}milestones`}>
          <h2 id={`${ids}milestones`}>{t('milestones')}</h2>
          {(m.milestones ?? []).length === 0 ? (
            <p className="muted">{t('noMilestones')}</p>
          ) : (
            <ul className="milestone-list" aria-label={t('milestones')}>
              {(m.milestones ?? []).map((milestone) => (
                <MilestoneItem
                  key={milestone.id}
                  mentorship={m}
                  milestone={milestone}
                  viewerId={viewerId}
                  canAct={party && active}
                  proposerName={nameOf(milestone.proposedBy)}
                  locale={locale}
                  timeZone={timeZone}
                />
              ))}
            </ul>
          )}
          {party && active && (
            <ProposeMilestoneForm mentorshipId={m.id} locale={locale} />
          )}
        </section>
        {party && active && (
          <section className="card" aria-labelledby={`${ids}end`}>
            <h2 id={`${ids}end`}>{t('end')}</h2>
            <EndMentorshipForm
              mentorshipId={m.id}
              onClosed={() => setClosedMessage(t('closed'))}
            />
          </section>
        )}
        {!active && (
          <FeedbackSection
            mentorship={m}
            viewerId={viewerId}
            canAct={party}
            nameOf={nameOf}
            locale={locale}
            timeZone={timeZone}
            headingId={`${ids}feedback`}
          />
        )}
      </div>
    </div>
  );
}
