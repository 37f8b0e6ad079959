import type { MentorQuery } from '@torchbridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, StatusMessage } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { DirectoryResults } from '../directory/directory-results';
import { pageState, useDirectoryPages } from '../directory/use-directory-pages';
import { MENTORS_QUERY_KEY } from '../mentors/mentors-page';
import { VettingRow } from './vetting-row';
import './vetting.css';

// Oldest first would need a sort the API does not offer; newest keeps fresh sign-ups visible.
const PENDING: MentorQuery = { vetting: 'pending', sort: 'newest' };

export function VettingPage() {
  const { t, i18n } = useTranslation('vetting');
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  const pages = useDirectoryPages([...MENTORS_QUERY_KEY, PENDING], (cursor) =>
    api.listMentors({ ...PENDING, cursor }),
  );

  return (
    <div className="page">
      <PageHeader title={t('title')} lead={t('intro')} />
      <StatusMessage className="success-text">{announcement}</StatusMessage>
      <DirectoryResults
        {...pageState(pages)}
        loadFailed={t('loadFailed')}
        empty={t('empty')}
        listClassName="vetting-list"
        renderItem={(mentor) => (
          <VettingRow
            key={mentor.id}
            mentor={mentor}
            locale={locale}
            onDecided={async (decision) => {
              setAnnouncement(
                t(decision === 'approved' ? 'approved' : 'rejected', {
                  name: mentor.displayName,
                }),
              );
              // Refetching drops the row; every mentor list and this mentor's page are now stale.
              await Promise.all([
                queryClient.invalidateQueries({ queryKey: MENTORS_QUERY_KEY }),
                queryClient.invalidateQueries({
                  queryKey: ['mentor', mentor.id],
                }),
              ]);
            }}
          />
        )}
      />
    </div>
  );
}
