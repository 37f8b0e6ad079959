import { isApiError } from '@torchbridge/api-client';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle, StatusMessage } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { PARKS_QUERY_KEY } from '../parks/parks-page';
import { pickText } from '../../lib/i18n/bilingual';
import { MY_STARTUP_QUERY_KEY, StartupForm } from './startup-form';
import { emptyStartupForm, startupFormFrom } from './startup-form-state';
import './profiles.css';

/** Null while the founder has not created a startup yet (the API answers 404). */
export async function orNullOn404<T>(
  load: () => Promise<T>,
): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (isApiError(error) && error.code === 'startup.profile_missing') {
      return null;
    }
    throw error;
  }
}

export function MyStartupPage() {
  const { t, i18n } = useTranslation(['profiles', 'common']);
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const mine = useQuery({
    queryKey: MY_STARTUP_QUERY_KEY,
    queryFn: () => orNullOn404(() => api.myStartup()),
  });
  const parks = useQuery({
    queryKey: PARKS_QUERY_KEY,
    queryFn: () => api.parks(),
    staleTime: 10 * 60_000,
  });
  const incubators = useQuery({
    queryKey: ['incubators'],
    queryFn: () => api.incubators(),
    staleTime: 10 * 60_000,
  });
  const failed = mine.error ?? parks.error ?? incubators.error;
  const ready = mine.isSuccess && parks.isSuccess && incubators.isSuccess;

  return (
    <div className="page page-narrow">
      <PageTitle title={t('startup.title')} />
      <header className="page-header">
        <h1>{t('startup.title')}</h1>
        <p className="lead">{t('startup.intro')}</p>
        {mine.data && (
          <p>
            <Link
              to={`/startups/${mine.data.id}`}
              lang={pickText(mine.data.nameEn, mine.data.nameZh, locale).lang}
            >
              {pickText(mine.data.nameEn, mine.data.nameZh, locale).text}
            </Link>
          </p>
        )}
      </header>
      {failed ? (
        <div className="stack">
          <ApiErrorAlert title={t('form.loadFailed')} error={failed} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              void mine.refetch();
              void parks.refetch();
              void incubators.refetch();
            }}
          >
            {t('common:app.retry')}
          </button>
        </div>
      ) : !ready ? (
        <StatusMessage>{t('common:app.loading')}</StatusMessage>
      ) : (
        <>
          {mine.data === null && (
            <p className="notice">{t('startup.newProfile')}</p>
          )}
          <StartupForm
            initial={
              mine.data
                ? startupFormFrom(mine.data)
                : emptyStartupForm(user?.timeZone ?? deviceTimeZone())
            }
            parks={parks.data}
            incubators={incubators.data}
          />
        </>
      )}
    </div>
  );
}
