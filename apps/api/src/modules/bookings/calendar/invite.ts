import type { BookingStatus, Locale } from '@torchbridge/contracts';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { BookingSnapshot } from '../booking-views';
import { knownZone, localRange } from './local-time';

export type InviteMethod = 'REQUEST' | 'CANCEL';

/** Who an invite or feed is for: its words are in their language, its summary names the other person. */
export interface CalendarReader {
  userId: string;
  locale: Locale;
}

/** What a calendar event needs of a session: the snapshot without the private bits. */
export type CalendarBooking = Pick<
  BookingSnapshot,
  | 'id'
  | 'kind'
  | 'status'
  | 'start'
  | 'end'
  | 'topic'
  | 'mentor'
  | 'founder'
  | 'meetingLink'
  | 'meetingPlace'
  | 'sequence'
  | 'cancelledBy'
  | 'createdAt'
  | 'updatedAt'
  | 'mentorEmail'
  | 'founderEmail'
>;

export interface CalendarOptions {
  /** The session's page in the web app, when the public address is known. */
  pageUrl?: (bookingId: string) => string | undefined;
  /** DTSTAMP of an invite (now); a feed stamps each event with its last change so the feed is stable. */
  now?: Date;
}

const PRODUCT_ID = {
  company: 'Torchbridge',
  product: 'Sessions',
  language: 'EN',
} as const;

const WORDS: Record<
  Locale,
  {
    session: string;
    officeHours: string;
    mentor: string;
    founder: string;
    topic: string;
    join: string;
    where: string;
    page: string;
    cancelled: string;
    feed: string;
  }
> = {
  en: {
    session: 'Mentoring session',
    officeHours: 'Office hours',
    mentor: 'mentor',
    founder: 'founder',
    topic: 'Topic',
    join: 'Join',
    where: 'Where',
    page: 'Session page',
    cancelled: 'Cancelled',
    feed: 'Torchbridge sessions',
  },
  'zh-CN': {
    session: '辅导会谈',
    officeHours: '开放答疑',
    mentor: '导师',
    founder: '创始人',
    topic: '议题',
    join: '加入会议',
    where: '地点',
    page: '会谈页面',
    cancelled: '已取消',
    feed: 'Torchbridge 会谈',
  },
};

interface ZoneBlock {
  /** The zone's own TZID, which may differ from the name asked for (Asia/Calcutta → Asia/Kolkata, UTC → Etc/UTC). */
  tzid: string;
  vtimezone: string;
}

const zoneBlocks = new Map<string, ZoneBlock | null>();

/**
 * The VTIMEZONE of an IANA zone from tzdb, and the TZID it declares. DTSTART and DTEND name that TZID, never the
 * name asked for, so every TZID in a calendar has its VTIMEZONE; a zone the library does not know gives null and
 * the times are written in UTC.
 */
export function zoneBlock(timeZone: string): ZoneBlock | null {
  const cached = zoneBlocks.get(timeZone);
  if (cached !== undefined) {
    return cached;
  }
  let block: ZoneBlock | null = null;
  try {
    if (!knownZone(timeZone)) {
      throw new Error('unknown zone');
    }
    const found = tzlib_get_ical_block(timeZone);
    const vtimezone = Array.isArray(found) ? found[0] : undefined;
    const tzid = vtimezone
      ? /^TZID:(.+)$/m.exec(vtimezone)?.[1]?.trim()
      : undefined;
    if (vtimezone && tzid && DateTime.now().setZone(tzid).isValid) {
      block = { tzid, vtimezone };
    }
  } catch {
    block = null;
  }
  zoneBlocks.set(timeZone, block);
  return block;
}

const WALL = "yyyy-LL-dd'T'HH:mm:ss";

/**
 * Whether the instant's wall time in the zone also names another instant (the hour repeated when clocks go back).
 * RFC 5545 reads such a time as its first occurrence and ical.js as its second, so it cannot be written as a wall
 * time at all.
 */
export function ambiguousWallTime(instant: DateTime, zone: string): boolean {
  const local = instant.setZone(zone);
  for (const offset of new Set([
    instant.minus({ hours: 3 }).setZone(zone).offset,
    instant.plus({ hours: 3 }).setZone(zone).offset,
  ])) {
    if (
      offset !== local.offset &&
      instant
        .plus({ minutes: local.offset - offset })
        .setZone(zone)
        .toFormat(WALL) === local.toFormat(WALL)
    ) {
      return true;
    }
  }
  return false;
}

/** Names in CN parameters are quoted; a double quote or a control character cannot be written inside. */
function plainName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/["\u0000-\u001f\u007f]/g, ' ').trim() || 'Torchbridge';
}

function eventStatus(status: BookingStatus): ICalEventStatus {
  if (status === 'cancelled') {
    return ICalEventStatus.CANCELLED;
  }
  return status === 'requested'
    ? ICalEventStatus.TENTATIVE
    : ICalEventStatus.CONFIRMED;
}

/** Where each person stands: the founder asked for it; the mentor has not answered until it is confirmed. */
function partStat(
  booking: CalendarBooking,
  userId: string,
): ICalAttendeeStatus {
  if (booking.status === 'cancelled') {
    return booking.cancelledBy === userId
      ? ICalAttendeeStatus.DECLINED
      : ICalAttendeeStatus.ACCEPTED;
  }
  if (booking.status === 'requested' && userId === booking.mentor.userId) {
    return ICalAttendeeStatus.NEEDSACTION;
  }
  return ICalAttendeeStatus.ACCEPTED;
}

export function summaryOf(
  booking: Pick<CalendarBooking, 'kind' | 'topic' | 'mentor' | 'founder'>,
  reader: CalendarReader,
): string {
  const words = WORDS[reader.locale];
  const other =
    reader.userId === booking.mentor.userId
      ? booking.founder.displayName
      : booking.mentor.displayName;
  const what =
    booking.kind === 'office_hours' ? words.officeHours : words.session;
  const topic = booking.topic.trim()
    ? reader.locale === 'zh-CN'
      ? `：${booking.topic.trim()}`
      : `: ${booking.topic.trim()}`
    : '';
  return `${what} · ${other}${topic}`;
}

function descriptionOf(
  booking: CalendarBooking,
  reader: CalendarReader,
  pageUrl: string | undefined,
): string {
  const words = WORDS[reader.locale];
  const lines = [
    `${booking.mentor.displayName} (${words.mentor}): ${localRange(booking.start, booking.end, booking.mentor.timeZone, reader.locale)}`,
    `${booking.founder.displayName} (${words.founder}): ${localRange(booking.start, booking.end, booking.founder.timeZone, reader.locale)}`,
  ];
  if (booking.topic.trim()) {
    lines.push(`${words.topic}: ${booking.topic.trim()}`);
  }
  if (booking.meetingLink) {
    lines.push(`${words.join}: ${booking.meetingLink}`);
  }
  if (booking.meetingPlace) {
    lines.push(`${words.where}: ${booking.meetingPlace}`);
  }
  if (pageUrl) {
    lines.push(`${words.page}: ${pageUrl}`);
  }
  return lines.join('\n');
}

function addEvent(
  calendar: ICalCalendar,
  booking: CalendarBooking,
  reader: CalendarReader,
  status: ICalEventStatus,
  options: CalendarOptions,
  zones: Map<string, string>,
): void {
  const start = DateTime.fromISO(booking.start, { zone: 'utc' });
  const end = DateTime.fromISO(booking.end, { zone: 'utc' });
  const block = zoneBlock(booking.mentor.timeZone);
  // A session in the repeated autumn hour is written in UTC: its wall time would name two instants.
  const zone =
    block &&
    !ambiguousWallTime(start, block.tzid) &&
    !ambiguousWallTime(end, block.tzid)
      ? block
      : null;
  if (zone) {
    zones.set(zone.tzid, zone.vtimezone);
  }
  // Luxon dates in the mentor's zone: ical-generator writes a plain Date with the process's own offset.
  const at = (instant: DateTime) =>
    zone ? instant.setZone(zone.tzid) : instant;
  const pageUrl = options.pageUrl?.(booking.id);
  const event = calendar.createEvent({
    id: `${booking.id}@torchbridge`,
    sequence: booking.sequence,
    stamp: options.now ?? new Date(booking.updatedAt),
    created: new Date(booking.createdAt),
    lastModified: new Date(booking.updatedAt),
    start: at(start),
    end: at(end),
    timezone: zone?.tzid ?? null,
    summary:
      status === ICalEventStatus.CANCELLED
        ? `${WORDS[reader.locale].cancelled}: ${summaryOf(booking, reader)}`
        : summaryOf(booking, reader),
    description: descriptionOf(booking, reader, pageUrl),
    location: booking.meetingPlace ?? booking.meetingLink ?? null,
    url: booking.meetingLink ?? pageUrl ?? null,
    status,
    ...(booking.mentorEmail
      ? {
          organizer: {
            name: plainName(booking.mentor.displayName),
            email: booking.mentorEmail,
          },
        }
      : {}),
  });
  for (const [party, email] of [
    [booking.mentor, booking.mentorEmail],
    [booking.founder, booking.founderEmail],
  ] as const) {
    if (email) {
      event.createAttendee({
        name: plainName(party.displayName),
        email,
        role: ICalAttendeeRole.REQ,
        status: partStat(booking, party.userId),
        rsvp: false,
      });
    }
  }
}

function newCalendar(
  method: ICalCalendarMethod | null,
  zones: Map<string, string>,
  name?: string,
): ICalCalendar {
  const calendar = ical({
    prodId: PRODUCT_ID,
    ...(method ? { method } : {}),
    ...(name ? { name, ttl: 60 * 60 } : {}),
  });
  // No calendar-wide zone: each event names its own TZID, and this writes the VTIMEZONE of every TZID used.
  calendar.timezone({
    name: null,
    generator: (tzid: string) => zones.get(tzid) ?? null,
  });
  return calendar;
}

/**
 * The invite one person receives for a session: METHOD REQUEST (new, confirmed, moved) or CANCEL, one VEVENT with
 * a UID stable across its life and SEQUENCE = the booking's sequence, times on the mentor's clock with that zone's
 * VTIMEZONE, both people as attendees, and the words in the reader's language.
 */
export function inviteFor(
  booking: CalendarBooking,
  method: InviteMethod,
  reader: CalendarReader,
  options: CalendarOptions = {},
): string {
  const zones = new Map<string, string>();
  const calendar = newCalendar(
    method === 'CANCEL'
      ? ICalCalendarMethod.CANCEL
      : ICalCalendarMethod.REQUEST,
    zones,
  );
  const status =
    method === 'CANCEL'
      ? ICalEventStatus.CANCELLED
      : eventStatus(booking.status);
  addEvent(
    calendar,
    booking,
    reader,
    status,
    { ...options, now: options.now ?? new Date() },
    zones,
  );
  return calendar.toString();
}

/** A subscription feed of sessions: no METHOD, each session with its current status (a cancelled one as CANCELLED). */
export function feedFor(
  bookings: CalendarBooking[],
  reader: CalendarReader,
  options: CalendarOptions = {},
): string {
  const zones = new Map<string, string>();
  const calendar = newCalendar(null, zones, WORDS[reader.locale].feed);
  for (const booking of bookings) {
    addEvent(
      calendar,
      booking,
      reader,
      eventStatus(booking.status),
      options,
      zones,
    );
  }
  return calendar.toString();
}
