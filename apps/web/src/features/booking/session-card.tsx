import {
  BLOCKING_BOOKING_STATUSES,
  type BookingView,
  type UserView,
} from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../lib/api/services-context';
import { pickText } from '../../lib/i18n/bilingual';
import { currentLocale } from '../../lib/i18n/i18n';
import { useNow } from '../../lib/time/use-now';
import { applyBookingChange } from './booking-keys';
import { BookingErrorAlert } from './booking-error-alert';
import { CancelDialog } from './cancel-dialog';
import { saveDownload } from './download-file';
import { RescheduleDialog } from './reschedule-dialog';
import { SessionFeedback } from './session-feedback';
import { SessionNote } from './session-note';
import { ZonePair } from './zone-pair';

type Open = 'reschedule' | 'cancel' | null;

/** One session as either side sees it: both clocks, status, the other person, where to meet and what can be done now. */
export function SessionCard({
  booking,
  viewer,
  headingLevel = 2,
  linkTitle = true,
}: {
  booking: BookingView;
  viewer: UserView;
  headingLevel?: 2 | 3;
  /** Lists link each session to its own page. */
  linkTitle?: boolean;
}) {
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const now = useNow();
  const [open, setOpen] = useState<Open>(null);
  const isMentor = booking.mentor.userId === viewer.id;
  const other = isMentor ? booking.founder : booking.mentor;
  const startup = booking.startup
    ? pickText(booking.startup.nameEn, booking.startup.nameZh, locale)
    : null;
  const otherName = other.displayName;
  const started = Date.parse(booking.start) <= now.getTime();
  const ended = Date.parse(booking.end) <= now.getTime();
  const blocking = BLOCKING_BOOKING_STATUSES.includes(booking.status);
  const action = useMutation({
    mutationFn: (kind: 'confirm' | 'no-show' | 'complete') =>
      kind === 'confirm'
        ? api.confirmBooking(booking.id)
        : kind === 'no-show'
          ? api.markBookingNoShow(booking.id)
          : api.completeBooking(booking.id),
    onSuccess: (changed) => applyBookingChange(queryClient, changed),
  });
  const invite = useMutation({
    mutationFn: () => api.bookingInvite(booking.id),
    onSuccess: (file) =>
      saveDownload(file, `torchbridge-session-${booking.id}.ics`),
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = t(isMentor ? 'session.withFounder' : 'session.withMentor', {
    name: otherName,
  });

  return (
    <article className="card session-card" aria-label={title}>
      <header className="session-card-header">
        <Heading className="session-title">
          {linkTitle ? (
            <Link to={`/sessions/${booking.id}`}>{title}</Link>
          ) : (
            title
          )}
        </Heading>
        <p className="park-tags">
          <span
            className={`badge session-status session-status-${booking.status}`}
          >
            {t(`statuses.${booking.status}`)}
          </span>
          {booking.kind === 'office_hours' && (
            <span className="badge badge-quiet">
              {t('session.officeHours')}
            </span>
          )}
          <span className="badge badge-quiet">
            {t('session.length', { minutes: booking.lengthMinutes })}
          </span>
        </p>
      </header>
      {startup?.text && (
        <p className="muted">
          <span lang={startup.lang}>{startup.text}</span>
        </p>
      )}
      {booking.topic && (
        <p className="session-topic">
          {t('session.topic', { topic: booking.topic })}
        </p>
      )}
      <ZonePair
        start={booking.start}
        end={booking.end}
        viewerZone={viewer.timeZone}
        otherZone={other.timeZone}
        otherName={otherName}
        locale={locale}
      />
      {booking.status === 'requested' && (
        <p className="muted">
          {isMentor
            ? t('session.waitingForYou')
            : t('session.waitingForMentor', { name: otherName })}
        </p>
      )}
      {booking.status === 'cancelled' && booking.cancelReason && (
        <p>{t('session.cancelReason', { reason: booking.cancelReason })}</p>
      )}
      {booking.meetingLink && (
        <p>
          {t('session.meetingLink')}{' '}
          <a
            href={booking.meetingLink}
            target="_blank"
            rel="noopener noreferrer"
          >
            {booking.meetingLink}
          </a>
        </p>
      )}
      {booking.meetingPlace && (
        <p>{t('session.meetingPlace', { place: booking.meetingPlace })}</p>
      )}
      <BookingErrorAlert error={action.error ?? invite.error} />
      <div className="form-actions session-actions">
        {isMentor && booking.status === 'requested' && !started && (
          <button
            type="button"
            className="button button-primary"
            disabled={action.isPending}
            onClick={() => action.mutate('confirm')}
          >
            {t('session.confirm')}
          </button>
        )}
        {blocking && !started && booking.kind === 'mentorship' && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setOpen('reschedule')}
          >
            {t('session.reschedule')}
          </button>
        )}
        {blocking && !started && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setOpen('cancel')}
          >
            {t('session.cancel')}
          </button>
        )}
        {booking.status === 'confirmed' && ended && (
          <button
            type="button"
            className="button button-secondary"
            disabled={action.isPending}
            onClick={() => action.mutate('complete')}
          >
            {t('session.complete')}
          </button>
        )}
        {isMentor && booking.status === 'confirmed' && started && (
          <button
            type="button"
            className="button button-secondary"
            disabled={action.isPending}
            onClick={() => action.mutate('no-show')}
          >
            {t('session.noShow')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={invite.isPending}
          onClick={() => invite.mutate()}
        >
          {t('session.invite')}
        </button>
      </div>
      <SessionNote booking={booking} />
      {ended &&
        (booking.status === 'confirmed' || booking.status === 'completed') && (
          <SessionFeedback booking={booking} />
        )}
      {open === 'reschedule' && (
        <RescheduleDialog
          booking={booking}
          otherName={otherName}
          now={now}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'cancel' && (
        <CancelDialog
          booking={booking}
          otherName={otherName}
          now={now}
          onClose={() => setOpen(null)}
        />
      )}
    </article>
  );
}
