import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { useNow } from '../../lib/time/use-now';
import { PageTitle } from '../../lib/ui/page-title';
import { DirectoryResults } from '../directory/directory-results';
import { SearchBox } from '../directory/search-box';
import { withParam } from '../directory/search-params';
import { useDirectoryPages } from '../directory/use-directory-pages';
import { hasFilters } from '../mentors/mentor-query';
import { StartupCard } from './startup-card';
import { StartupFilters } from './startup-filters';
import { startupQueryFrom } from './startup-query';

export const STARTUPS_QUERY_KEY = ['startups'] as const;

export function StartupsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const query = useMemo(
    () => startupQueryFrom(new URLSearchParams(paramsKey)),
    [paramsKey],
  );
  const pages = useDirectoryPages([...STARTUPS_QUERY_KEY, query], (cursor) =>
    api.listStartups({ ...query, cursor }),
  );

  function change(key: string, value: string | readonly string[] | boolean) {
    setParams(withParam(params, key, value));
  }

  return (
    <div className="page">
      <PageTitle title={t('startups.title')} />
      <header className="page-header">
        <h1>{t('startups.title')}</h1>
        <p className="lead">{t('startups.intro')}</p>
      </header>
      <section className="card filters-card" aria-label={t('directory.search')}>
        <SearchBox
          value={query.q ?? ''}
          hint={t('startups.searchHint')}
          onSearch={(text) => change('q', text)}
        />
        <StartupFilters query={query} onChange={change} />
        {hasFilters(params) && (
          <p>
            <Link to="/startups">{t('directory.clearFilters')}</Link>
          </p>
        )}
      </section>
      <DirectoryResults
        items={pages.items}
        isPending={pages.isPending}
        error={pages.error}
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => void pages.fetchNextPage()}
        retry={() => void pages.refetch()}
        loadFailed={t('startups.loadFailed')}
        empty={t('startups.empty')}
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
