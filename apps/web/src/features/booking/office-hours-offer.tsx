import type { OfficeHoursView } from '@torchbridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { StatusMessage } from '@torchbridge/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { applyBookingChange, bookingKeys } from './booking-keys';
import { ZonePair } from './zone-pair';

/** A mentor's coming office hours, where a founder takes one of the seats. */
export function OfficeHoursOffer({
  mentorId,
  mentorName,
}: {
  mentorId: string;
  mentorName: string;
}) {
  const { t } = useTranslation('booking');
  const api = useApi();
  const ids = useId();
  const officeHours = useQuery({
    queryKey: bookingKeys.officeHours(mentorId),
    queryFn: () => api.officeHours(mentorId),
  });
  return (
    <section className="card" aria-labelledby={`${ids}title`}>
      <h2 id={`${ids}title`}>{t('officeHours.title')}</h2>
      <p className="muted">{t('officeHours.lead', { name: mentorName })}</p>
      <QueryState query={officeHours} loadFailed={t('officeHours.loadFailed')}>
        {(items) => {
          const open = items.filter(
            (item) => !item.cancelled && Date.parse(item.end) > Date.now(),
          );
          return open.length === 0 ? (
            <p className="muted">{t('officeHours.none')}</p>
          ) : (
            <ul className="session-list">
              {open.map((item) => (
                <SeatOffer key={item.id} item={item} />
              ))}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}

function SeatOffer({ item }: { item: OfficeHoursView }) {
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const take = useMutation({
    mutationFn: () => api.takeOfficeHoursSeat(item.id),
    onSuccess: (booking) => applyBookingChange(queryClient, booking),
  });
  const free = item.seats - item.seatsTaken;
  const myBookingId = item.myBookingId ?? take.data?.id ?? null;
  return (
    <li className="session-item">
      <h3 className="session-title">{item.title}</h3>
      <ZonePair
        start={item.start}
        end={item.end}
        viewerZone={user?.timeZone ?? deviceTimeZone()}
        otherZone={item.mentor.timeZone}
        otherName={item.mentor.displayName}
        locale={locale}
      />
      <p className="muted">
        {t('officeHours.seatsFree', { free, seats: item.seats })}
      </p>
      <ApiErrorAlert error={take.error} />
      {myBookingId ? (
        <div className="seat-held">
          <StatusMessage className="success-text">
            {t('officeHours.youHaveSeat')}
          </StatusMessage>
          <Link to={`/sessions/${myBookingId}`}>{t('booked.open')}</Link>
        </div>
      ) : (
        <button
          type="button"
          className="button button-primary"
          disabled={free <= 0 || take.isPending}
          onClick={() => take.mutate()}
        >
          {free <= 0 ? t('officeHours.full') : t('officeHours.take')}
        </button>
      )}
    </li>
  );
}
