import { useTranslation } from 'react-i18next';
import { PageHeader } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { useNow } from '../../lib/time/use-now';
import { DirectoryResults } from '../directory/directory-results';
import { DirectorySearchCard } from '../directory/directory-search-card';
import { pageState, useDirectoryPages } from '../directory/use-directory-pages';
import { useUrlQuery } from '../directory/use-url-query';
import { hasFilters } from '../mentors/mentor-query';
import { StartupCard } from './startup-card';
import { StartupFilters } from './startup-filters';
import { startupQueryFrom } from './startup-query';

export const STARTUPS_QUERY_KEY = ['startups'] as const;

export function StartupsPage() {
  const { t, i18n } = useTranslation('startups');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const { params, query, change } = useUrlQuery(startupQueryFrom);
  const pages = useDirectoryPages([...STARTUPS_QUERY_KEY, query], (cursor) =>
    api.listStartups({ ...query, cursor }),
  );

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('intro')} />
      <DirectorySearchCard
        q={query.q}
        hint={t('searchHint')}
        clearTo="/startups"
        showClear={hasFilters(params)}
        onSearch={(text) => change('q', text)}
      >
        <StartupFilters query={query} onChange={change} />
      </DirectorySearchCard>
      <DirectoryResults
        {...pageState(pages)}
        loadFailed={t('loadFailed')}
        empty={t('empty')}
        renderItem={(startup) => (
          <StartupCard
            key={startup.id}
            startup={startup}
            locale={locale}
            now={now}
            yourZone={user?.timeZone ?? deviceTimeZone()}
          />
        )}
      />
    </div>
  );
}
