import { useQuery } from '@tanstack/react-query';
import { PageTitle } from '@torchbridge/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../lib/api/services-context';
import { useSignedInUser } from '../../lib/auth/auth-context';
import { DetailState } from '../directory/detail-state';
import { bookingKeys } from './booking-keys';
import { SessionCard } from './session-card';
import './booking.css';

/** One session, where notifications and chat notes lead. */
export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('booking');
  const api = useApi();
  const user = useSignedInUser();
  const session = useQuery({
    queryKey: bookingKeys.one(id),
    queryFn: () => api.booking(id),
  });
  if (!session.data) {
    return (
      <DetailState
        error={session.error}
        backTo="/sessions"
        loadFailed={t('sessions.oneFailed')}
        retry={() => void session.refetch()}
      />
    );
  }
  const booking = session.data;
  const isMentor = booking.mentor.userId === user.id;
  const title = t(isMentor ? 'session.withFounder' : 'session.withMentor', {
    name: isMentor ? booking.founder.displayName : booking.mentor.displayName,
  });
  return (
    <div className="page page-narrow booking-page">
      <PageTitle title={title} />
      <p>
        <Link to="/sessions">{t('sessions.back')}</Link>
      </p>
      <h1 className="visually-hidden">{title}</h1>
      <SessionCard booking={booking} viewer={user} linkTitle={false} />
    </div>
  );
}
