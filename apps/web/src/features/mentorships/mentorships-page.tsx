import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone, formatShortDate } from '../../lib/time/format';
import { QueryState } from '../../lib/api/query-state';
import { mentorshipStartupName } from './mentorship-names';

export function MentorshipsPage() {
  const { t, i18n } = useTranslation('mentorships');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const timeZone = user?.timeZone ?? deviceTimeZone();
  const mentorships = useQuery({
    queryKey: ['mentorships'],
    queryFn: () => api.listMentorships(),
  });

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('intro')} />
      <QueryState query={mentorships} loadFailed={t('loadFailed')}>
        {(items) =>
          items.length === 0 ? (
            <p className="empty-state">{t('empty')}</p>
          ) : (
            <ul className="park-grid directory-grid">
              {items.map((mentorship) => {
                const startup = mentorshipStartupName(mentorship, locale);
                return (
                  <li key={mentorship.id} className="card directory-card">
                    <h2 className="park-name">
                      <Link to={`/mentorships/${mentorship.id}`}>
                        <span lang={startup.lang}>{startup.text}</span>
                        {' · '}
                        {mentorship.mentor.displayName}
                      </Link>
                    </h2>
                    <p className="park-tags">
                      <span className="badge">
                        {t(`statuses.${mentorship.status}`)}
                      </span>
                    </p>
                    <p className="muted">
                      {t('since', {
                        date: formatShortDate(new Date(mentorship.startedAt), {
                          locale,
                          timeZone,
                        }),
                      })}
                    </p>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
