import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader, StatusMessage } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { useNow } from '../../lib/time/use-now';
import { QueryState } from '../../lib/api/query-state';
import { ReceivedRequestRow } from './received-request-row';
import { REQUESTS_QUERY_KEY } from './requests-query';
import { SentRequestRow } from './sent-request-row';
import './requests.css';

/** Founders see what their startup sent; mentors see their inbox. */
export function RequestsPage() {
  const { t, i18n } = useTranslation('requests');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const founder = user?.role === 'founder';
  const box = founder ? 'sent' : 'received';
  const yourZone = user?.timeZone ?? deviceTimeZone();
  const [announcement, setAnnouncement] = useState('');
  const [mentorshipId, setMentorshipId] = useState<string | undefined>();
  const requests = useQuery({
    queryKey: [...REQUESTS_QUERY_KEY, box],
    queryFn: () => api.listRequests(box),
  });
  const title = founder ? t('titleFounder') : t('title');

  function done(message: string, openedId?: string) {
    setAnnouncement(message);
    setMentorshipId(openedId);
  }

  return (
    <div className="page">
      <PageHeader
        title={title}
        lead={founder ? t('introFounder') : t('introMentor')}
      />
      <StatusMessage className="success-text">{announcement}</StatusMessage>
      {mentorshipId && (
        <p>
          <Link to={`/mentorships/${mentorshipId}`}>{t('openMentorship')}</Link>
        </p>
      )}
      <QueryState query={requests} loadFailed={t('loadFailed')}>
        {(items) =>
          items.length === 0 ? (
            <div className="empty-state">
              <p>{founder ? t('emptyFounder') : t('emptyMentor')}</p>
              {founder && (
                <p>
                  <Link to="/find-a-mentor">{t('findMentor')}</Link>
                </p>
              )}
            </div>
          ) : (
            <ul className="vetting-list">
              {items.map((request) =>
                founder ? (
                  <SentRequestRow
                    key={request.id}
                    request={request}
                    locale={locale}
                    yourZone={yourZone}
                    onDone={done}
                  />
                ) : (
                  <ReceivedRequestRow
                    key={request.id}
                    request={request}
                    locale={locale}
                    yourZone={yourZone}
                    now={now}
                    onDone={done}
                  />
                ),
              )}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
