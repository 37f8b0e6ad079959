// Session booking: a mentor's availability, the slots it opens, bookings and office-hours seats, calendar feeds.
// Times travel as ISO 8601 UTC instants; every zone is an IANA name. Local times of day are minutes after local
// midnight (19:00 → 1140), read on the calendar date of the zone they belong to.

/** Session lengths a mentor may offer. */
export const SESSION_LENGTHS = [30, 45, 60] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A stretch of a local day, [startMinute, endMinute), minutes after local midnight (0..1440). */
export interface LocalInterval {
  startMinute: number;
  endMinute: number;
}

/** A weekly rule: every `weekday`, from start to end on the mentor's wall clock. */
export interface WeeklyRule extends LocalInterval {
  weekday: IsoWeekday;
}

/** A date whose hours replace the weekly rules; no intervals means a day off. */
export interface DateOverride {
  /** YYYY-MM-DD on the mentor's calendar. */
  date: string;
  intervals: LocalInterval[];
}

/** A range with no sessions (holidays, travel); instants, so it holds whatever the zone. */
export interface Blackout {
  start: string;
  end: string;
  note: string;
}

/** Everything that decides when a mentor can be booked; `PUT /api/me/availability` replaces it whole. */
export interface AvailabilityInput {
  timeZone: string;
  rules: WeeklyRule[];
  overrides: DateOverride[];
  blackouts: Blackout[];
  /** Lengths founders may choose, at least one. */
  sessionLengths: SessionLength[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** No slot starts sooner than this after now. */
  minimumNoticeMinutes: number;
  /** No slot starts later than this many days ahead. */
  horizonDays: number;
  /** Blocking sessions per mentor-local day / ISO week; null is no cap. */
  maxPerDay: number | null;
  maxPerWeek: number | null;
  /** Any meeting URL (VooV / Tencent Meeting, Zoom, Jitsi…); https only. */
  meetingLink: string | null;
  /** A physical place, when sessions happen in person. */
  meetingPlace: string | null;
  /** Bookings are confirmed at once instead of waiting for the mentor. */
  autoConfirm: boolean;
}

export interface AvailabilityView extends AvailabilityInput {
  mentorId: string;
  updatedAt: string | null;
}

/** Working hours a person keeps in their own zone, used to rank "best times for both". */
export interface WorkingHours extends LocalInterval {
  /** ISO weekdays they work; default Monday to Friday. */
  weekdays: IsoWeekday[];
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  startMinute: 9 * 60,
  endMinute: 18 * 60,
  weekdays: [1, 2, 3, 4, 5],
};

/** Query of `GET /api/mentors/:mentorId/slots`. */
export interface SlotQuery {
  /** First instant to consider (default now). */
  from?: string;
  /** Last instant (default from + 14 days; at most 8 weeks after from). */
  to?: string;
  /** One of the mentor's session lengths (default their first). */
  length?: number;
}

/** One bookable start. */
export interface SlotView {
  start: string;
  end: string;
  /** 0..1: how well the session sits inside both people's working hours (1 = wholly inside both). */
  fit: number;
  /** Inside both people's working hours on their own local dates: the cross-border overlap. */
  inOverlap: boolean;
}

export interface SlotsView {
  mentorId: string;
  mentorTimeZone: string;
  /** The viewer's zone, for showing each slot side by side. */
  viewerTimeZone: string;
  length: SessionLength;
  lengths: SessionLength[];
  slots: SlotView[];
  /** The best few by `fit`, earliest first among equals. */
  best: SlotView[];
}

export type BookingStatus =
  | 'requested'
  | 'confirmed'
  | 'cancelled'
  | 'completed'
  | 'no_show';
/** Statuses that hold the slot (both parties' calendars). */
export const BLOCKING_BOOKING_STATUSES: readonly BookingStatus[] = [
  'requested',
  'confirmed',
];

export type BookingKind = 'mentorship' | 'office_hours';

/** Cancelling or rescheduling closer than this to the start needs a reason. */
export const LATE_CHANGE_HOURS = 12;

export interface BookingParty {
  userId: string;
  displayName: string;
  timeZone: string;
}

export interface BookingView {
  id: string;
  kind: BookingKind;
  status: BookingStatus;
  start: string;
  end: string;
  lengthMinutes: number;
  topic: string;
  mentorshipId: string | null;
  officeHoursId: string | null;
  conversationId: string | null;
  mentor: BookingParty & { mentorId: string };
  founder: BookingParty;
  startup: { id: string; nameEn: string; nameZh: string } | null;
  meetingLink: string | null;
  meetingPlace: string | null;
  /** Bumped on every reschedule and cancel (the invite's SEQUENCE). */
  sequence: number;
  cancelledBy: string | null;
  cancelReason: string | null;
  /** The caller's own private note and feedback. */
  myNote: string;
  myFeedback: { rating: number; comment: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/bookings`. */
export interface CreateBookingInput {
  mentorshipId: string;
  start: string;
  lengthMinutes: number;
  topic?: string;
}

/** Body of `POST /api/bookings/:id/reschedule`. */
export interface RescheduleBookingInput {
  start: string;
  lengthMinutes?: number;
  /** Needed within LATE_CHANGE_HOURS of the current start. */
  reason?: string;
}

/** Body of `POST /api/bookings/:id/cancel`. */
export interface CancelBookingInput {
  reason?: string;
}

/** Body of `PUT /api/bookings/:id/note`. */
export interface BookingNoteInput {
  note: string;
}

/** Body of `POST /api/bookings/:id/feedback`. */
export interface BookingFeedbackInput {
  rating: number;
  comment: string;
}

/** Query of `GET /api/bookings`. */
export interface BookingListQuery {
  scope?: 'upcoming' | 'past';
}

/** A group slot with seats that several founders book. */
export interface OfficeHoursView {
  id: string;
  mentor: BookingParty & { mentorId: string };
  title: string;
  start: string;
  end: string;
  seats: number;
  seatsTaken: number;
  /** The caller holds a seat (their booking's id). */
  myBookingId: string | null;
  meetingLink: string | null;
  meetingPlace: string | null;
  cancelled: boolean;
}

/** Body of `POST /api/office-hours`. */
export interface CreateOfficeHoursInput {
  title: string;
  start: string;
  lengthMinutes: number;
  seats: number;
}

/** Optional body of `POST /api/office-hours/:id/cancel`. */
export interface CancelOfficeHoursInput {
  /** Told to every founder holding a seat. */
  reason?: string;
}

/** The caller's private calendar subscription. */
export interface CalendarFeedView {
  /** Absolute https/http URL of the `.ics` feed; anyone holding it reads the owner's sessions. */
  url: string;
  createdAt: string;
}

/** A message the product sent, as the dev outbox shows it (no SMTP configured). */
export interface OutboxMailView {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** Names of attachments (e.g. invite.ics). */
  attachments: string[];
  createdAt: string;
}
