import { isStaffRole } from '../../lib/auth/roles';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMemo } from 'react';
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
import { MentorCard } from './mentor-card';
import { MentorFilters } from './mentor-filters';
import { hasFilters, mentorQueryFrom } from './mentor-query';

export const MENTORS_QUERY_KEY = ['mentors'] as const;

export function MentorsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const staff = user ? isStaffRole(user.role) : false;
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const query = useMemo(
    () => mentorQueryFrom(new URLSearchParams(paramsKey), staff),
    [paramsKey, staff],
  );
  const pages = useDirectoryPages([...MENTORS_QUERY_KEY, query], (cursor) =>
    api.listMentors({ ...query, cursor }),
  );

  function change(key: string, value: string | readonly string[] | boolean) {
    setParams(withParam(params, key, value));
  }

  return (
    <div className="page">
      <PageTitle title={t('mentors.title')} />
      <header className="page-header">
        <h1>{t('mentors.title')}</h1>
        <p className="lead">{t('mentors.intro')}</p>
      </header>
      <section className="card filters-card" aria-label={t('directory.search')}>
        <SearchBox
          value={query.q ?? ''}
          hint={t('mentors.searchHint')}
          onSearch={(text) => change('q', text)}
        />
        <MentorFilters query={query} staff={staff} onChange={change} />
        {hasFilters(params) && (
          <p>
            <Link to="/mentors">{t('directory.clearFilters')}</Link>
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
        loadFailed={t('mentors.loadFailed')}
        empty={t('mentors.empty')}
        renderItem={(mentor) => (
          <MentorCard
            key={mentor.id}
            mentor={mentor}
            locale={locale}
            now={now}
            yourZone={user?.timeZone ?? deviceTimeZone()}
            staff={staff}
          />
        )}
      />
    </div>
  );
}
