// Matchmaking (brokerage) events: a programme's organisers set up rounds and tables, participants register with
// what they offer and look for, request meetings, and the organisers publish a schedule of short meetings.
// Instants travel as ISO 8601 UTC; the event's IANA zone names its wall clock.

/** How someone takes part; founders and mentors are the product's own people, the rest are invited guests. */
export const EVENT_PARTICIPANT_KINDS = [
  'founder',
  'mentor',
  'investor',
  'corporate',
] as const;
export type EventParticipantKind = (typeof EVENT_PARTICIPANT_KINDS)[number];

/** draft (organisers only) → open (registration and requests) → scheduled (the schedule is published) → ended. */
export const EVENT_STATUSES = ['draft', 'open', 'scheduled', 'ended'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** 3 = must meet, 2 = would like to, 1 = nice to have; also the weight the scheduler maximises. */
export const MEETING_PRIORITIES = [1, 2, 3] as const;
export type MeetingPriority = (typeof MEETING_PRIORITIES)[number];

/** Who may ask whom for a meeting: `[from, to]` pairs of participant kinds. */
export type RequestRule = [EventParticipantKind, EventParticipantKind];

export interface EventInput {
  titleEn: string;
  titleZh: string;
  description: string;
  /** A place for in-person events; empty when the event is online. */
  venue: string;
  online: boolean;
  timeZone: string;
  /** The first round's start. */
  startsAt: string;
  rounds: number;
  roundMinutes: number;
  breakMinutes: number;
  /** One name per table; their count is the number of tables. */
  tableNames: string[];
  /** Online events: one video link per table (https). */
  tableLinks: string[];
  registrationOpensAt: string;
  registrationClosesAt: string;
  requestRules: RequestRule[];
  /** Requests one participant may send. */
  requestQuota: number;
  /** Registrations wait for an organiser's approval. */
  approvalRequired: boolean;
}

/** What an event needs at creation; the rest has defaults (no venue, no break, founders may ask anyone, 10 requests each, approval on, registration open from now until the start). */
export const EVENT_REQUIRED_FIELDS = [
  'titleEn',
  'titleZh',
  'timeZone',
  'startsAt',
  'rounds',
  'roundMinutes',
  'tableNames',
] as const;

/** `POST /api/events`: the programme (incubator) that hosts it, and its setup. */
export type CreateEventInput = Pick<
  EventInput,
  (typeof EVENT_REQUIRED_FIELDS)[number]
> &
  Partial<EventInput> & { incubatorId: string };

/** `PATCH /api/events/:id`: any part of the setup. */
export type UpdateEventInput = Partial<EventInput>;

export interface EventRoundView {
  index: number;
  start: string;
  end: string;
}

export interface EventView extends EventInput {
  id: string;
  incubatorId: string;
  status: EventStatus;
  /** Start and end of every round, breaks between them. */
  schedule: EventRoundView[];
  participantCount: number;
  /** The viewer's own registration, if any. */
  me: EventParticipantView | null;
  /** The viewer organises it (admins and the hosting programme's managers). */
  canManage: boolean;
  createdAt: string;
}

export interface EventProfileInput {
  kind: EventParticipantKind;
  organisation: string;
  offer: string;
  lookingFor: string;
  sectors: string[];
  stages: string[];
  languages: string[];
  /** Round indexes (0-based) the participant cannot attend. */
  unavailableRounds: number[];
}

export type EventRegistrationStatus = 'pending' | 'approved' | 'declined';

export interface EventParticipantView extends EventProfileInput {
  id: string;
  eventId: string;
  userId: string;
  displayName: string;
  timeZone: string;
  status: EventRegistrationStatus;
  /** Requests this participant has sent and may still send. */
  requestsSent: number;
  requestsLeft: number;
}

export interface DecideRegistrationInput {
  approve: boolean;
}

export type EventRequestStatus =
  | 'pending'
  | 'accepted'
  | 'declined'
  | 'withdrawn';

export interface CreateEventRequestInput {
  toParticipantId: string;
  priority: MeetingPriority;
  message?: string;
}

export interface EventRequestView {
  id: string;
  eventId: string;
  from: {
    participantId: string;
    userId: string;
    displayName: string;
    kind: EventParticipantKind;
    organisation: string;
  };
  to: {
    participantId: string;
    userId: string;
    displayName: string;
    kind: EventParticipantKind;
    organisation: string;
  };
  priority: MeetingPriority;
  message: string;
  status: EventRequestStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface DecideEventRequestInput {
  accept: boolean;
}

export interface EventMeetingView {
  requestId: string;
  round: number;
  table: number;
  tableName: string;
  /** Online events: the table's video link. */
  tableLink: string | null;
  start: string;
  end: string;
  priority: MeetingPriority;
  /** Kept where it is when the scheduler runs again. */
  locked: boolean;
  a: {
    participantId: string;
    userId: string;
    displayName: string;
    organisation: string;
    timeZone: string;
  };
  b: {
    participantId: string;
    userId: string;
    displayName: string;
    organisation: string;
    timeZone: string;
  };
}

/** The organisers' view of the schedule: a draft until published. */
export interface EventScheduleView {
  eventId: string;
  published: boolean;
  meetings: EventMeetingView[];
  /** Accepted requests without a meeting. */
  unscheduled: EventRequestView[];
  /** Sum of the scheduled meetings' priorities, and the most any schedule could reach (keeping the locks). */
  objective: number;
  upperBound: number | null;
  solveMs: number | null;
}

/** `POST /api/event-requests/:id/feedback`: after the meeting, each side says whether to follow up. */
export interface MeetingFeedbackInput {
  followUp: boolean;
  /** Founder–mentor meetings: continue as a mentorship; when both sides choose it, the mentorship request is made. */
  continueAsMentorship?: boolean;
  comment?: string;
}

export interface MeetingFeedbackView {
  requestId: string;
  followUp: boolean;
  continueAsMentorship: boolean;
  comment: string;
  /** The mentorship request both sides' choice made, once they both chose to continue. */
  mentorshipRequestId: string | null;
}

/** `PUT /api/events/:id/meetings/:requestId`: place (or move) an accepted request's meeting by hand. */
export interface PlaceMeetingInput {
  round: number;
  table: number;
  locked: boolean;
}

/** One side of a meeting on the event day. */
export interface LiveSeat {
  participantId: string;
  displayName: string;
  organisation: string;
  checkedIn: boolean;
  noShow: boolean;
}

/** The event day as the console shows it: the round under way (server time decides) and what each table holds. */
export interface EventLiveView {
  eventId: string;
  /** The server's clock when this was read, so every screen counts the round down alike. */
  serverTime: string;
  currentRound: number | null;
  roundStartedAt: string | null;
  roundEndsAt: string | null;
  checkedIn: number;
  participants: number;
  /** The current round's tables (all of them; an empty table has no meeting). */
  tables: { table: number; tableName: string; requestId: string | null; a: LiveSeat | null; b: LiveSeat | null; repaired: boolean }[];
}

/** `event:live` over the socket: something changed on the event day; screens read `GET /api/events/:id/live` again. */
export interface EventLiveSignal {
  eventId: string;
  change: 'round' | 'check_in' | 'no_show' | 'repaired';
  round: number | null;
  roundStartedAt: string | null;
  roundEndsAt: string | null;
  serverTime: string;
}

export interface StartRoundInput {
  round: number;
}

export interface CheckInInput {
  /** Organisers check someone in; participants leave it out to check themselves in. */
  participantId?: string;
}

export interface NoShowInput {
  participantId: string;
}
