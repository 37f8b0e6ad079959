import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone, formatDateTime } from '../../lib/time/format';
import { QueryState } from '../../lib/api/query-state';
import { COHORT_RUNS_KEY } from './cohort-keys';
import { CohortRunForm } from './cohort-run-form';
import { WeightsCard } from './weights-card';
import './cohorts.css';

export function CohortsPage() {
  const { t, i18n } = useTranslation('cohorts');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const ids = useId();
  const timeZone = user?.timeZone ?? deviceTimeZone();
  const runs = useQuery({
    queryKey: COHORT_RUNS_KEY,
    queryFn: () => api.listCohortRuns(),
  });

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('intro')} />
      <div className="stack">
        <section className="card" aria-labelledby={`${ids}new`}>
          <h2 id={`${ids}new`}>{t('newRun')}</h2>
          <CohortRunForm locale={locale} />
        </section>
        <section className="card" aria-labelledby={`${ids}runs`}>
          <h2 id={`${ids}runs`}>{t('runs')}</h2>
          <QueryState query={runs} loadFailed={t('loadFailed')}>
            {(items) =>
              items.length === 0 ? (
                <p className="muted">{t('noRuns')}</p>
              ) : (
                <ul className="link-list">
                  {items.map((run) => (
                    <li key={run.id}>
                      <Link to={`/cohorts/${run.id}`}>{run.name}</Link>{' '}
                      <span className="badge">{t(`modes.${run.mode}`)}</span>{' '}
                      <span className="badge badge-quiet">
                        {t(`statuses.${run.status}`)}
                      </span>{' '}
                      <span className="muted">
                        {t('runLine', {
                          pairs: run.result.pairs.length,
                          date: formatDateTime(new Date(run.createdAt), {
                            locale,
                            timeZone,
                          }),
                        })}
                      </span>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </section>
        <WeightsCard headingId={`${ids}weights`} />
      </div>
    </div>
  );
}
