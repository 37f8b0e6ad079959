import type { BookingView, SlotView, SlotsView } from '@torchbridge/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '@torchbridge/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { DetailState } from '../directory/detail-state';
import { mentorshipKey } from '../mentorships/use-mentorship-action';
import { BookDialog } from './book-dialog';
import { bookingKeys } from './booking-keys';
import { OfficeHoursOffer } from './office-hours-offer';
import { SlotCalendar } from './slot-calendar';
import './booking.css';

/** A founder books a session with the mentor of an active mentorship. */
export function BookSessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('booking');
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const [picked, setPicked] = useState<{
    slot: SlotView;
    view: SlotsView;
  } | null>(null);
  const [booked, setBooked] = useState<BookingView | null>(null);
  const [taken, setTaken] = useState<unknown>(null);
  const mentorship = useQuery({
    queryKey: mentorshipKey(id),
    queryFn: () => api.mentorship(id),
  });

  if (!mentorship.data) {
    return (
      <DetailState
        error={mentorship.error}
        backTo="/mentorships"
        loadFailed={t('calendar.mentorshipFailed')}
        retry={() => void mentorship.refetch()}
      />
    );
  }
  const m = mentorship.data;
  const mentorName = m.mentor.displayName;

  return (
    <div className="page booking-page">
      <p>
        <Link to={`/mentorships/${m.id}`}>{t('calendar.back')}</Link>
      </p>
      <PageHeader
        title={t('calendar.title', { name: mentorName })}
        lead={t('calendar.lead', { name: mentorName })}
      />
      {m.status !== 'active' ? (
        <p className="notice">{t('calendar.notActive')}</p>
      ) : (
        <div className="stack">
          {booked && (
            <div className="card booked-card" role="status">
              <p className="booked-status">
                <span className="badge">{t(`statuses.${booked.status}`)}</span>{' '}
                {booked.status === 'confirmed'
                  ? t('booked.confirmed', { name: mentorName })
                  : t('booked.requested', { name: mentorName })}
              </p>
              <p>
                <Link to={`/sessions/${booked.id}`}>{t('booked.open')}</Link>
              </p>
            </div>
          )}
          <ApiErrorAlert error={taken} />
          <section className="card" aria-labelledby={`${ids}times`}>
            <h2 id={`${ids}times`}>{t('calendar.times')}</h2>
            <SlotCalendar
              mentorId={m.mentor.id}
              mentorName={mentorName}
              selectedStart={picked?.slot.start ?? null}
              onPick={(slot, view) => {
                setTaken(null);
                setPicked({ slot, view });
              }}
            />
          </section>
          <OfficeHoursOffer mentorId={m.mentor.id} mentorName={mentorName} />
        </div>
      )}
      {picked && (
        <BookDialog
          mentorshipId={m.id}
          mentorName={mentorName}
          slot={picked.slot}
          view={picked.view}
          onClose={() => setPicked(null)}
          onBooked={(booking) => {
            setPicked(null);
            setBooked(booking);
          }}
          onTaken={(error) => {
            setPicked(null);
            setTaken(error);
            void queryClient.invalidateQueries({
              queryKey: bookingKeys.slotsOf(m.mentor.id),
            });
          }}
        />
      )}
    </div>
  );
}
