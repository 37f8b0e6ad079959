import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type {
  BookingEvent,
  DomainEventMap,
  Locale,
} from '@torchbridge/contracts';
import {
  DomainEvents,
  StoredEvent,
} from '../../../common/events/domain-events';
import { MailService } from '../../../common/mail/mail.service';
import { ConversationsService } from '../../chat';
import type { BookingSnapshot } from '../booking-views';
import { BookingsService } from '../bookings.service';
import { CalendarFeedsService } from '../calendar/calendar-feeds.service';
import { inviteFor } from '../calendar/invite';
import {
  bookingMail,
  bookingNoteLine,
  NOTICE_EVENTS,
  NoticeEvent,
  reminderMail,
} from './booking-texts';

type NoticeName = `booking.${NoticeEvent}`;
type NoticePayload = BookingEvent & { previousStart?: string; reason?: string };

interface Party {
  userId: string;
  name: string;
  zone: string;
  email: string;
  locale: Locale;
}

/** Who hears of a change by mail: the other person of a request or a cancellation, both of a confirmation or a move. */
function recipients(
  event: NoticeEvent,
  booking: BookingSnapshot,
  actorId: string | null,
): Party[] {
  const mentor: Party = {
    userId: booking.mentor.userId,
    name: booking.mentor.displayName,
    zone: booking.mentor.timeZone,
    email: booking.mentorEmail,
    locale: booking.mentorLocale,
  };
  const founder: Party = {
    userId: booking.founder.userId,
    name: booking.founder.displayName,
    zone: booking.founder.timeZone,
    email: booking.founderEmail,
    locale: booking.founderLocale,
  };
  const both = [mentor, founder];
  return event === 'confirmed' || event === 'rescheduled'
    ? both
    : both.filter((p) => p.userId !== actorId);
}

/**
 * Tells both people of a session what happened to it: a mail in each one's language with both local times and the
 * invite attached (a cancellation once cancelled), and a booking note in the mentorship's conversation. Events
 * arrive at least once, so the mail is keyed by event and recipient and the note by event: a second delivery
 * sends nothing new. A request that was confirmed or cancelled before its event arrived is not announced as a
 * request (the later event tells the news).
 */
@Injectable()
export class BookingNotifier implements OnModuleInit, OnModuleDestroy {
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly events: DomainEvents,
    private readonly bookings: BookingsService,
    private readonly mail: MailService,
    private readonly conversations: ConversationsService,
    private readonly calendar: CalendarFeedsService,
  ) {}

  onModuleInit(): void {
    for (const event of NOTICE_EVENTS) {
      const name: NoticeName = `booking.${event}`;
      this.unsubscribe.push(
        this.events.on(name, (payload: DomainEventMap[NoticeName], stored) =>
          this.deliver(event, payload, stored),
        ),
      );
    }
    this.unsubscribe.push(
      this.events.on('booking.reminder', (payload, stored) =>
        this.remind(payload, stored),
      ),
    );
  }

  /**
   * A reminder by mail to the person it names, in their language, while the session still stands as reminded:
   * confirmed, at the start the reminder was for. Keyed by the reminder's event, so a second delivery sends nothing.
   */
  async remind(
    payload: DomainEventMap['booking.reminder'],
    stored: Pick<StoredEvent, 'id'>,
  ): Promise<void> {
    const booking = await this.bookings.snapshot(payload.bookingId);
    if (booking.status !== 'confirmed' || booking.start !== payload.start) {
      return;
    }
    const [party, other] =
      payload.userId === booking.mentor.userId
        ? [booking.mentor, booking.founder]
        : [booking.founder, booking.mentor];
    const email =
      party.userId === booking.mentor.userId
        ? booking.mentorEmail
        : booking.founderEmail;
    const locale =
      party.userId === booking.mentor.userId
        ? booking.mentorLocale
        : booking.founderLocale;
    if (party.userId !== payload.userId || !email) {
      return;
    }
    const { subject, text } = reminderMail(locale, {
      before: payload.before,
      otherName: other.displayName,
      start: booking.start,
      end: booking.end,
      topic: booking.topic,
      recipientZone: party.timeZone,
      otherZone: other.timeZone,
      meetingLink: booking.meetingLink,
      meetingPlace: booking.meetingPlace,
      pageUrl: this.calendar.pageUrl(booking.id),
    });
    await this.mail.send({
      to: email,
      toUserId: party.userId,
      subject,
      text,
      headers: { 'X-Torchbridge-Booking': booking.id },
      key: `booking.reminder:${stored.id}:${party.userId}`,
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe.splice(0).forEach((off) => off());
  }

  async deliver(
    event: NoticeEvent,
    payload: NoticePayload,
    stored: Pick<StoredEvent, 'id'>,
  ): Promise<void> {
    const booking = await this.bookings.snapshot(payload.bookingId);
    if (event === 'requested' && booking.status !== 'requested') {
      return;
    }
    await this.post(event, payload, booking, stored.id);
    // Each recipient's mail is its own key: after a failure the retry sends only what did not go.
    for (const party of recipients(event, booking, payload.actorId)) {
      await this.mailTo(party, event, payload, booking, stored.id);
    }
  }

  private async mailTo(
    party: Party,
    event: NoticeEvent,
    payload: NoticePayload,
    booking: BookingSnapshot,
    eventId: string,
  ): Promise<void> {
    if (!party.email) {
      return;
    }
    const other =
      party.userId === booking.mentor.userId ? booking.founder : booking.mentor;
    const actor =
      payload.actorId === party.userId
        ? 'you'
        : payload.actorId === other.userId
          ? 'other'
          : null;
    const pageUrl = this.calendar.pageUrl(booking.id);
    const { subject, text } = bookingMail(party.locale, {
      event,
      actor,
      otherName: other.displayName,
      start: payload.start,
      end: payload.end,
      previousStart: payload.previousStart ?? null,
      lengthMinutes: booking.lengthMinutes,
      reason: payload.reason ?? '',
      topic: booking.topic,
      recipientZone: party.zone,
      otherZone: other.timeZone,
      meetingLink: booking.meetingLink,
      meetingPlace: booking.meetingPlace,
      pageUrl,
    });
    // The invite carries the session as it stands now, so a late delivery never revives a cancelled one.
    const method = booking.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    await this.mail.send({
      to: party.email,
      toUserId: party.userId,
      subject,
      text,
      calendar: {
        method,
        content: inviteFor(
          booking,
          method,
          { userId: party.userId, locale: party.locale },
          { pageUrl: () => pageUrl },
        ),
      },
      headers: { 'X-Torchbridge-Booking': booking.id },
      key: `booking.${event}:${eventId}:${party.userId}`,
    });
  }

  private async post(
    event: NoticeEvent,
    payload: NoticePayload,
    booking: BookingSnapshot,
    eventId: string,
  ): Promise<void> {
    if (!booking.mentorshipId) {
      return;
    }
    // The person who made the change writes the note; a change by the system is written as the mentor's.
    const sender =
      payload.actorId === booking.founder.userId
        ? booking.founder.userId
        : booking.mentor.userId;
    await this.conversations.postBookingNote({
      mentorshipId: booking.mentorshipId,
      senderId: sender,
      key: `booking.${event}:${eventId}`,
      body: bookingNoteLine(event, payload.start, payload.end),
      booking: {
        bookingId: booking.id,
        event,
        start: payload.start,
        end: payload.end,
      },
    });
  }
}
