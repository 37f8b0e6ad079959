import { isApiError } from '@torchbridge/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CheckboxField, PageHeader } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { useNow } from '../../lib/time/use-now';
import { QueryState } from '../../lib/api/query-state';
import { RecommendationCard } from './recommendation-card';
import { useMentorRelations } from './use-mentor-relations';
import '../directory/directory.css';
import './find-mentor.css';

export function FindMentorPage() {
  const { t, i18n } = useTranslation(['findMentor', 'directory']);
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const [allowRepeat, setAllowRepeat] = useState(false);
  const relationOf = useMentorRelations(user?.role === 'founder');
  const recommendations = useQuery({
    queryKey: ['recommendations', { allowRepeat }],
    queryFn: () =>
      api.recommendations(allowRepeat ? { allowRepeat: true } : {}),
  });
  // The API refuses until the founder has a startup profile to match against.
  const noStartup =
    isApiError(recommendations.error) &&
    recommendations.error.code === 'recommendations.startup_required';

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('intro')} />
      <section className="card filters-card" aria-label={t('directory:search')}>
        <CheckboxField
          label={t('includePast')}
          checked={allowRepeat}
          onChange={(event) => setAllowRepeat(event.target.checked)}
        />
      </section>
      {noStartup ? (
        <div className="notice">
          <p>{t('noStartup')}</p>
          <p>
            <Link to="/me/startup">{t('createStartup')}</Link>
          </p>
        </div>
      ) : (
        <QueryState query={recommendations} loadFailed={t('loadFailed')}>
          {(items) =>
            items.length === 0 ? (
              <p className="empty-state">{t('empty')}</p>
            ) : (
              <ul className="recommendation-list">
                {items.map((recommendation) => (
                  <RecommendationCard
                    key={recommendation.mentor.id}
                    recommendation={recommendation}
                    locale={locale}
                    now={now}
                    yourZone={user?.timeZone ?? deviceTimeZone()}
                    relation={relationOf(recommendation.mentor.id)}
                  />
                ))}
              </ul>
            )
          }
        </QueryState>
      )}
    </div>
  );
}
