import type { Locale, MessageView } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { zonePlace, zonedDay, zonedRange } from './booking-time';
import './booking.css';

/** The product's note in a conversation that a session was booked, moved or cancelled, on the reader's clock. */
export function BookingMessageCard({
  booking,
  locale,
  timeZone,
}: {
  booking: NonNullable<MessageView['booking']>;
  locale: Locale;
  timeZone: string;
}) {
  const { t } = useTranslation('booking');
  const at = new Date(booking.start);
  return (
    <div className={`booking-note booking-note-${booking.event}`}>
      <p className="booking-note-title">{t(`chat.${booking.event}`)}</p>
      <p className="booking-note-time">
        <time dateTime={booking.start}>
          {zonedDay(at, timeZone, locale)}{' '}
          {zonedRange(booking.start, booking.end, timeZone, locale)}
        </time>{' '}
        <span className="muted">({zonePlace(timeZone)})</span>
      </p>
      <p className="booking-note-link">
        <Link to={`/sessions/${booking.bookingId}`}>{t('chat.open')}</Link>
      </p>
    </div>
  );
}
