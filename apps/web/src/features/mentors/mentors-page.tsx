import { isStaffRole } from '../../lib/auth/roles';
import { useTranslation } from 'react-i18next';
import { useCallback } from 'react';
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
import { MentorCard } from './mentor-card';
import { MentorFilters } from './mentor-filters';
import { hasFilters, mentorQueryFrom } from './mentor-query';

export const MENTORS_QUERY_KEY = ['mentors'] as const;

export function MentorsPage() {
  const { t, i18n } = useTranslation('mentors');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const staff = user ? isStaffRole(user.role) : false;
  const parse = useCallback(
    (params: URLSearchParams) => mentorQueryFrom(params, staff),
    [staff],
  );
  const { params, query, change } = useUrlQuery(parse);
  const pages = useDirectoryPages([...MENTORS_QUERY_KEY, query], (cursor) =>
    api.listMentors({ ...query, cursor }),
  );

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('intro')} />
      <DirectorySearchCard
        q={query.q}
        hint={t('searchHintLabels')}
        clearTo="/mentors"
        showClear={hasFilters(params)}
        onSearch={(text) => change('q', text)}
      >
        <MentorFilters query={query} staff={staff} onChange={change} />
      </DirectorySearchCard>
      <DirectoryResults
        {...pageState(pages)}
        loadFailed={t('loadFailed')}
        empty={t('empty')}
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
