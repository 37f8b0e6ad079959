import type { AuthResponse, BookingView, CohortRunView, EventView, MentorDetail, MentorshipView, OutboxMailView, StartupDetail } from '@torchbridge/contracts';
import { buildRegistration } from '@torchbridge/testing';
import { randomUUID } from 'node:crypto';
import { call, Reply } from '../../test/http';
import { listRoutes } from '../../test/routes';
import { startTestApp, TestApp } from '../../test/test-app';
import { MailService } from '../common/mail/mail.service';
import { buildWorld, Caller, CALLERS, EVENT_PROFILE, EVENT_SETUP, Fresh, hoursAhead, MENTOR_PROFILE, mentorCsv, OPEN_HOURS, SignedIn, STARTUP_PROFILE, World } from '../../test/world';

/**
 * Every route × every kind of caller against a real programme (test/world.ts): the founder of the world's startup
 * (incubator A) and a founder of incubator B, the startup's mentor and a mentor who works with nobody, A's manager
 * and B's manager, an admin, and nobody signed in. Each row declares who succeeds and who is told "not found"
 * (a resource whose existence is private to them); every other signed-in caller is refused with 403 and the
 * anonymous caller with 401. A route without a row fails the first test.
 */
type Outcome = 'ok' | 401 | 403 | 404;

interface Request {
  /** Path parameters by name. */
  params?: Record<string, string>;
  body?: unknown;
  /** A token of its own, for a request that ends the sign-in that sends it. */
  token?: string;
}

interface Row {
  /** Callers who succeed (2xx); `everyone` for any signed-in caller. Public routes succeed for the anonymous caller too. */
  ok: readonly SignedIn[] | 'everyone';
  /** Callers told the resource does not exist. */
  hidden?: readonly SignedIn[];
  /** Default path parameters and body, from the world. */
  request?: (w: World, who: Caller) => Request;
  /** Fresh resources for a caller expected to succeed at something that changes them. */
  fresh?: (f: Fresh, w: World, who: Caller) => Promise<Request>;
  /** Who sees the world's resource in the answer (lists, contact details), among those who succeed. */
  sees?: { callers: readonly SignedIn[]; in: (body: unknown, w: World) => boolean };
}

const STAFF = ['managerSame', 'managerOther', 'admin'] as const;
const FOUNDERS = ['founderOwn', 'founderStranger'] as const;
const MENTORS = ['mentorPartner', 'mentorStranger'] as const;
const PARTIES = ['founderOwn', 'mentorPartner'] as const;
const STRANGER_PARTIES = ['founderStranger', 'mentorStranger'] as const;

let unique = 0;
const tag = () => `${Date.now().toString(36)}${++unique}`;

const freshSignIn = async (t: TestApp, w: World, who: Caller): Promise<string | undefined> => {
  if (who === 'anonymous') {
    return undefined;
  }
  const p = w.people[who];
  return (await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email: p.email, password: p.password } })).body.accessToken;
};

let outboxMail: string | undefined;

/** A mail with an attachment in the person's dev outbox; its id. */
async function mailTo(t: TestApp, person: { id: string; email: string; token: string }): Promise<string> {
  await t.app.get(MailService).send({ to: person.email, toUserId: person.id, subject: `Mail ${tag()}`, text: 'x', attachments: [{ filename: 'invite.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar' }] });
  const mails = await call<OutboxMailView[]>(t.url, 'get', '/api/dev/outbox', { token: person.token });
  return mails.body[0]?.id ?? randomUUID();
}

const MATRIX: (t: () => TestApp) => Record<string, Row> = (t) => ({
  // Identity.
  'post /api/auth/register': { ok: 'everyone', request: () => ({ body: { ...buildRegistration(), tokenDelivery: 'body' } }) },
  'post /api/auth/login': { ok: 'everyone', request: (w) => ({ body: { email: w.people.mentorStranger.email, password: w.people.mentorStranger.password, tokenDelivery: 'body' } }) },
  'post /api/auth/refresh': {
    ok: 'everyone',
    fresh: async (_f, w) => {
      const p = w.people.mentorStranger;
      const login = await call<AuthResponse>(t().url, 'post', '/api/auth/login', { body: { email: p.email, password: p.password, tokenDelivery: 'body' } });
      return { body: { refreshToken: login.body.refreshToken, tokenDelivery: 'body' } };
    },
  },
  // Signing out ends the sign-in that sends it, so each caller signs out a sign-in of its own.
  'post /api/auth/logout': { ok: 'everyone', request: () => ({ body: {} }), fresh: async (_f, w, who) => ({ body: {}, token: await freshSignIn(t(), w, who) }) },
  'get /api/me': { ok: 'everyone' },
  'patch /api/me': { ok: 'everyone', request: () => ({ body: { locale: 'en' } }) },
  'get /api/health': { ok: 'everyone' },

  // Directory: parks and incubators are public to every signed-in person; only staff add them.
  'get /api/taxonomies': { ok: 'everyone' },
  'get /api/parks': { ok: 'everyone' },
  'get /api/parks/:id': { ok: 'everyone', request: (w) => ({ params: { id: w.ids.park } }) },
  'post /api/parks': { ok: STAFF, request: () => ({ body: { nameEn: `Park ${tag()}`, city: 'Berlin', country: 'DE', region: 'international' } }) },
  'get /api/incubators': { ok: 'everyone' },
  'post /api/incubators': { ok: STAFF, request: (w) => ({ body: { nameEn: `Incubator ${tag()}`, nameZh: '孵化器', parkId: w.ids.park, kind: 'private', city: 'Wuxi', country: 'CN' } }) },
  // Another incubator's manager may not appoint anyone to A (incubators are public, so 403 rather than 404).
  'post /api/incubators/:id/managers': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.incubator }, body: { userId: w.people.managerSame.id } }) },

  // Mentors: one pool every programme vets; contact details for the mentor, their mentees and staff.
  'get /api/mentors': { ok: 'everyone' },
  'get /api/mentors/:id': {
    ok: 'everyone',
    request: (w) => ({ params: { id: w.ids.mentor } }),
    sees: { callers: ['founderOwn', 'mentorPartner', ...STAFF], in: (body) => (body as MentorDetail).contact !== undefined },
  },
  'post /api/mentors/:id/vetting': { ok: STAFF, request: (w) => ({ params: { id: w.ids.mentor }, body: { decision: 'approved' } }) },
  'get /api/me/mentor-profile': { ok: MENTORS },
  'put /api/me/mentor-profile': { ok: MENTORS, request: () => ({ body: MENTOR_PROFILE }) },

  // Startups: mentors and staff search them; founders' contacts for the team, its active mentor and its programme's staff.
  'get /api/startups': { ok: [...MENTORS, ...STAFF] },
  'get /api/startups/:id': {
    ok: 'everyone',
    request: (w) => ({ params: { id: w.ids.startup } }),
    sees: { callers: ['founderOwn', 'mentorPartner', 'managerSame', 'admin'], in: (body) => (body as StartupDetail).founders.some((f) => f.contact !== undefined) },
  },
  'get /api/me/startup': { ok: FOUNDERS },
  'put /api/me/startup': {
    ok: FOUNDERS,
    request: (w, who) => ({
      body:
        who === 'founderStranger'
          ? { ...STARTUP_PROFILE, nameEn: 'Lakeside Drones', nameZh: 'Lakeside Drones', incubatorId: w.ids.otherIncubator }
          : { ...STARTUP_PROFILE, nameEn: 'Taihu Optics', nameZh: 'Taihu Optics', incubatorId: w.ids.incubator },
    }),
  },

  // Imports are staff work; their reports are shared among staff.
  'post /api/imports': { ok: STAFF, request: () => ({ body: { kind: 'mentors', csv: mentorCsv(tag()) } }) },
  'get /api/imports/:id': { ok: STAFF, request: (w) => ({ params: { id: w.ids.import } }) },
  'post /api/imports/:id/confirm': { ok: STAFF, request: (w) => ({ params: { id: w.ids.import } }), fresh: async (f) => ({ params: { id: await f.import() } }) },

  // Requests: the founder team and the mentor; staff of the startup's programme read them.
  'post /api/mentorship-requests': { ok: FOUNDERS, request: (w) => ({ body: { mentorId: w.ids.otherMentor, message: 'Could you help with certification?' } }) },
  'get /api/mentorship-requests': { ok: [...FOUNDERS, ...MENTORS] },
  'get /api/mentorship-requests/:id': { ok: [...PARTIES, 'managerSame', 'admin'], hidden: [...STRANGER_PARTIES, 'managerOther'], request: (w) => ({ params: { id: w.ids.request } }) },
  'post /api/mentorship-requests/:id/accept': {
    ok: ['mentorPartner'],
    hidden: ['mentorStranger'],
    request: (w) => ({ params: { id: w.ids.request } }),
    fresh: async (f) => ({ params: { id: await f.pendingRequest() } }),
  },
  'post /api/mentorship-requests/:id/decline': {
    ok: ['mentorPartner'],
    hidden: ['mentorStranger'],
    request: (w) => ({ params: { id: w.ids.request }, body: { reason: 'No free time' } }),
    fresh: async (f) => ({ params: { id: await f.pendingRequest() }, body: { reason: 'No free time' } }),
  },
  'post /api/mentorship-requests/:id/confirm': {
    ok: ['founderOwn'],
    hidden: ['founderStranger'],
    request: (w) => ({ params: { id: w.ids.request } }),
    fresh: async (f) => ({ params: { id: await f.pendingRequest({ proposed: true }) } }),
  },
  'post /api/mentorship-requests/:id/withdraw': {
    ok: ['founderOwn'],
    hidden: ['founderStranger'],
    request: (w) => ({ params: { id: w.ids.request } }),
    fresh: async (f) => ({ params: { id: await f.pendingRequest() } }),
  },

  // Mentorships: the parties act on them; staff of the startup's programme read them.
  'get /api/mentorships': {
    ok: 'everyone',
    sees: { callers: [...PARTIES, 'managerSame', 'admin'], in: (body, w) => (body as MentorshipView[]).some((m) => m.id === w.ids.mentorship) },
  },
  'get /api/mentorships/:id': { ok: [...PARTIES, 'managerSame', 'admin'], hidden: [...STRANGER_PARTIES, 'managerOther'], request: (w) => ({ params: { id: w.ids.mentorship } }) },
  'post /api/mentorships/:id/end': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.mentorship }, body: { outcome: 'completed' } }),
    fresh: async (f) => ({ params: { id: await f.mentorship() }, body: { outcome: 'completed' } }),
  },
  'post /api/mentorships/:id/milestones': { ok: PARTIES, hidden: STRANGER_PARTIES, request: (w) => ({ params: { id: w.ids.mentorship }, body: { code: 'certification' } }) },
  'post /api/mentorships/:id/milestones/:milestoneId/agree': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.mentorship, milestoneId: w.ids.milestone } }),
    // Each side agrees to what the other proposed.
    fresh: async (f, _w, who) => {
      const m = await f.milestone(who === 'founderOwn' ? 'mentorPartner' : 'founderOwn');
      return { params: { id: m.mentorship, milestoneId: m.milestone } };
    },
  },
  'post /api/mentorships/:id/milestones/:milestoneId/achieve': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.mentorship, milestoneId: w.ids.milestone } }),
    fresh: async (f) => {
      const m = await f.milestone('founderOwn', true);
      return { params: { id: m.mentorship, milestoneId: m.milestone } };
    },
  },
  'post /api/mentorships/:id/feedback': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.mentorship }, body: { rating: 5 } }),
    fresh: async (f) => ({ params: { id: await f.endedMentorship() }, body: { rating: 5, comment: 'Very helpful' } }),
  },

  // Notifications: one's own only (admins included).
  'get /api/notifications': { ok: 'everyone' },
  'get /api/notifications/unread-count': { ok: 'everyone' },
  'post /api/notifications/read-all': { ok: 'everyone' },
  'post /api/notifications/:id/read': {
    ok: ['founderOwn'],
    hidden: ['founderStranger', ...MENTORS, ...STAFF],
    request: (w) => ({ params: { id: w.ids.notification } }),
    fresh: async (f) => ({ params: { id: await f.notification() } }),
  },

  // Matching: founders get recommendations; staff set the programme's weights (shared by every programme).
  'get /api/recommendations': { ok: FOUNDERS },
  'get /api/programme/weights': { ok: STAFF },
  'put /api/programme/weights': {
    ok: STAFF,
    request: () => ({ body: { sector: 25, stage: 15, needs: 20, language: 15, overlap: 10, market: 10, load: 5 } }),
  },

  // Cohort runs belong to the programme of their startups: B's manager neither runs A's startups nor sees A's runs.
  'post /api/cohort-runs': {
    ok: ['managerSame', 'admin'],
    request: (w) => ({ body: { name: `Cohort ${tag()}`, startupIds: [w.ids.startup], mentorIds: [w.ids.mentor, w.ids.otherMentor], mode: 'optimal' } }),
  },
  'get /api/cohort-runs': {
    ok: STAFF,
    sees: { callers: ['managerSame', 'admin'], in: (body, w) => (body as CohortRunView[]).some((r) => r.id === w.ids.cohortRun) },
  },
  'get /api/cohort-runs/:id': { ok: ['managerSame', 'admin'], hidden: ['managerOther'], request: (w) => ({ params: { id: w.ids.cohortRun } }) },
  'put /api/cohort-runs/:id': { ok: ['managerSame', 'admin'], hidden: ['managerOther'], request: (w) => ({ params: { id: w.ids.cohortRun }, body: { mode: 'stable' } }) },
  'post /api/cohort-runs/:id/publish': {
    ok: ['managerSame', 'admin'],
    hidden: ['managerOther'],
    request: (w) => ({ params: { id: w.ids.cohortRun } }),
    fresh: async (f) => ({ params: { id: await f.cohortRun() } }),
  },

  // Session booking: availability is the mentor's own; slots are open to every signed-in person; a session belongs to
  // its founder and mentor alone (staff see nothing of anyone's calendar); office hours are listed to all.
  'get /api/me/availability': { ok: MENTORS },
  'put /api/me/availability': { ok: MENTORS, request: () => ({ body: OPEN_HOURS }) },
  'get /api/mentors/:mentorId/slots': { ok: 'everyone', request: (w) => ({ params: { mentorId: w.ids.mentor } }) },
  'post /api/bookings': {
    ok: ['founderOwn'],
    hidden: ['founderStranger'],
    request: (w) => ({ body: { mentorshipId: w.ids.mentorship, start: hoursAhead(24 * 30).toISOString(), lengthMinutes: 30 } }),
    fresh: async (f, w) => ({ body: { mentorshipId: w.ids.mentorship, start: f.freeStart(), lengthMinutes: 30 } }),
  },
  'get /api/bookings': {
    ok: 'everyone',
    sees: { callers: PARTIES, in: (body, w) => (body as BookingView[]).some((b) => b.id === w.ids.booking) },
  },
  'get /api/bookings/:id': { ok: PARTIES, hidden: [...STRANGER_PARTIES, ...STAFF], request: (w) => ({ params: { id: w.ids.booking } }) },
  'post /api/bookings/:id/confirm': {
    ok: ['mentorPartner'],
    hidden: ['mentorStranger'],
    request: (w) => ({ params: { id: w.ids.booking } }),
    fresh: async (f) => ({ params: { id: await f.booking('requested') } }),
  },
  'post /api/bookings/:id/reschedule': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.booking }, body: { start: hoursAhead(24 * 31).toISOString() } }),
    fresh: async (f) => ({ params: { id: await f.booking('requested') }, body: { start: f.freeStart() } }),
  },
  'post /api/bookings/:id/cancel': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.booking }, body: {} }),
    fresh: async (f) => ({ params: { id: await f.booking('confirmed') }, body: { reason: 'Plans changed' } }),
  },
  'post /api/bookings/:id/no-show': {
    ok: ['mentorPartner'],
    hidden: ['mentorStranger'],
    request: (w) => ({ params: { id: w.ids.booking } }),
    fresh: async (f) => ({ params: { id: await f.booking('confirmed', 'ended') } }),
  },
  'post /api/bookings/:id/complete': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.booking } }),
    fresh: async (f) => ({ params: { id: await f.booking('confirmed', 'ended') } }),
  },
  'put /api/bookings/:id/note': { ok: PARTIES, hidden: STRANGER_PARTIES, request: (w) => ({ params: { id: w.ids.booking }, body: { note: 'Bring the test report' } }) },
  'post /api/bookings/:id/feedback': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.booking }, body: { rating: 5, comment: 'Clear next steps' } }),
    fresh: async (f) => ({ params: { id: await f.booking('confirmed', 'ended') }, body: { rating: 5, comment: 'Clear next steps' } }),
  },
  'post /api/office-hours': {
    ok: MENTORS,
    request: () => ({ body: { title: `Office hours ${tag()}`, start: hoursAhead(24 * 45 + unique).toISOString(), lengthMinutes: 30, seats: 3 } }),
    fresh: async () => ({ body: { title: `Office hours ${tag()}`, start: hoursAhead(24 * 45 + unique).toISOString(), lengthMinutes: 30, seats: 3 } }),
  },
  'get /api/office-hours': { ok: 'everyone' },
  'post /api/office-hours/:id/seats': { ok: FOUNDERS, request: (w) => ({ params: { id: w.ids.officeHours } }) },
  'post /api/office-hours/:id/cancel': {
    ok: ['mentorPartner'],
    hidden: ['mentorStranger'],
    request: (w) => ({ params: { id: w.ids.officeHours }, body: {} }),
    fresh: async (f) => ({ params: { id: await f.officeHours() }, body: { reason: 'Travelling' } }),
  },

  // Matchmaking events: the hosting programme's managers (and admins) organise; founders and mentors register and
  // ask each other for meetings; a request is answered by its receiver and taken back by its sender, and does not
  // exist for anyone else.
  'post /api/events': { ok: ['managerSame', 'admin'], request: (w) => ({ body: { ...EVENT_SETUP, titleEn: `Event ${tag()}`, incubatorId: w.ids.incubator } }) },
  'get /api/events': {
    ok: 'everyone',
    sees: { callers: [...FOUNDERS, ...MENTORS, ...STAFF], in: (body, w) => (body as EventView[]).some((e) => e.id === w.ids.event) },
  },
  'get /api/events/:id': { ok: 'everyone', request: (w) => ({ params: { id: w.ids.event } }) },
  'patch /api/events/:id': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event }, body: { description: 'Bring business cards' } }) },
  'post /api/events/:id/open': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event } }) },
  'post /api/events/:id/registrations': {
    ok: [...FOUNDERS, ...MENTORS],
    request: (w) => ({ params: { id: w.ids.event }, body: { ...EVENT_PROFILE, kind: 'founder' } }),
    fresh: async (f, _w, who) => ({ params: { id: await f.event() }, body: { ...EVENT_PROFILE, kind: who.startsWith('founder') ? 'founder' : 'mentor' } }),
  },
  'get /api/events/:id/participants': { ok: 'everyone', request: (w) => ({ params: { id: w.ids.event } }) },
  'post /api/events/:id/participants/:participantId/decision': {
    ok: ['managerSame', 'admin'],
    request: (w) => ({ params: { id: w.ids.event, participantId: w.ids.eventParticipant }, body: { approve: true } }),
  },
  'post /api/events/:id/requests': {
    ok: PARTIES,
    request: (w) => ({ params: { id: w.ids.event }, body: { toParticipantId: w.ids.eventParticipant, priority: 2 } }),
    fresh: async (f, w, who) => ({ params: { id: w.ids.event }, body: { toParticipantId: await f.eventParticipant(who === 'founderOwn' ? 'mentor' : 'founder'), priority: 2 } }),
  },
  'get /api/events/:id/requests': { ok: 'everyone', request: (w) => ({ params: { id: w.ids.event } }) },
  'post /api/events/:id/schedule': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event } }) },
  'get /api/events/:id/schedule': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event } }) },
  'put /api/events/:id/meetings/:requestId': {
    ok: ['managerSame', 'admin'],
    request: (w) => ({ params: { id: w.ids.event, requestId: w.ids.eventRequest }, body: { round: 0, table: 0, locked: true } }),
    fresh: async (f, w) => {
      const m = await f.acceptedEventRequest();
      return { params: { id: w.ids.event, requestId: m.requestId }, body: { round: m.round, table: m.table, locked: true } };
    },
  },
  'delete /api/events/:id/meetings/:requestId': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event, requestId: w.ids.eventRequest } }) },
  'post /api/events/:id/publish': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event } }), fresh: async (f) => ({ params: { id: await f.event() } }) },
  'get /api/events/:id/agenda.ics': {
    ok: PARTIES,
    request: (w) => ({ params: { id: w.ids.event } }),
    fresh: async (f, _w, who) => ({ params: { id: await f.publishedEvent(who === 'founderOwn' ? 'founderOwn' : 'mentorPartner') } }),
  },
  'get /api/events/:id/table-plan.csv': { ok: ['managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event } }) },
  'post /api/events/:id/live/round': {
    ok: ['managerSame', 'admin'],
    request: (w) => ({ params: { id: w.ids.event }, body: { round: 0 } }),
    fresh: async (f) => ({ params: { id: await f.publishedEvent('founderOwn') }, body: { round: 0 } }),
  },
  'get /api/events/:id/live': { ok: [...PARTIES, 'managerSame', 'admin'], request: (w) => ({ params: { id: w.ids.event } }) },
  'post /api/events/:id/live/check-in': {
    ok: PARTIES,
    request: (w) => ({ params: { id: w.ids.event }, body: {} }),
    fresh: async (f, _w, who) => ({ params: { id: await f.publishedEvent(who === 'founderOwn' ? 'founderOwn' : 'mentorPartner') }, body: {} }),
  },
  'post /api/events/:id/meetings/:requestId/no-show': {
    ok: ['managerSame', 'admin'],
    request: (w) => ({ params: { id: w.ids.event, requestId: w.ids.eventRequest }, body: { participantId: w.ids.eventParticipant } }),
    fresh: async (f) => {
      const m = await f.liveEventMeeting();
      return { params: { id: m.eventId, requestId: m.requestId }, body: { participantId: m.participantId } };
    },
  },
  'get /api/events/:id/agenda': {
    ok: PARTIES,
    request: (w) => ({ params: { id: w.ids.event } }),
    fresh: async (f, _w, who) => ({ params: { id: await f.publishedEvent(who === 'founderOwn' ? 'founderOwn' : 'mentorPartner') } }),
  },
  'post /api/event-requests/:id/decision': {
    ok: ['mentorPartner'],
    hidden: ['founderOwn', 'founderStranger', 'mentorStranger'],
    request: (w) => ({ params: { id: w.ids.eventRequest }, body: { accept: true } }),
    fresh: async (f) => ({ params: { id: await f.eventRequest('toPartner') }, body: { accept: true } }),
  },
  'post /api/event-requests/:id/feedback': {
    ok: PARTIES,
    hidden: STRANGER_PARTIES,
    request: (w) => ({ params: { id: w.ids.eventRequest }, body: { followUp: true } }),
    fresh: async (f) => ({ params: { id: await f.heldEventMeeting() }, body: { followUp: true, comment: 'Good talk' } }),
  },
  'post /api/event-requests/:id/withdraw': {
    ok: ['founderOwn'],
    hidden: ['founderStranger', 'mentorPartner', 'mentorStranger'],
    request: (w) => ({ params: { id: w.ids.eventRequest } }),
    fresh: async (f) => ({ params: { id: await f.eventRequest('fromFounder') } }),
  },

  // Chat: members read a conversation ("not a member" otherwise, as the socket events say); groups are managed by
  // their managers and admins, and a conversation does not exist for those who may neither read nor manage it.
  'get /api/conversations': { ok: 'everyone' },
  'post /api/conversations': { ok: STAFF, request: (w) => ({ body: { title: `Group ${tag()}`, memberIds: [w.people.founderOwn.id] } }) },
  'get /api/conversations/:id/messages': { ok: PARTIES, request: (w) => ({ params: { id: w.ids.conversation } }) },
  'post /api/conversations/:id/members': {
    ok: ['managerSame', 'admin'],
    hidden: ['managerOther'],
    request: (w) => ({ params: { id: w.ids.group }, body: { userIds: [w.people.founderOwn.id] } }),
    fresh: async (f, w) => ({ params: { id: (await f.group()).group }, body: { userIds: [w.people.founderStranger.id] } }),
  },
  'delete /api/conversations/:id/members/:userId': {
    ok: ['managerSame', 'admin'],
    hidden: ['founderStranger', 'mentorStranger', 'managerOther'],
    // Members who may not manage the group may leave it, but not remove its manager.
    request: (w) => ({ params: { id: w.ids.group, userId: w.people.managerSame.id } }),
    fresh: async (f) => {
      const g = await f.group();
      return { params: { id: g.group, userId: g.extra } };
    },
  },

  // The dev outbox: one's own mail, everyone's for an admin; anyone else's mail does not exist for the caller.
  'get /api/dev/outbox': { ok: 'everyone' },
  'get /api/dev/outbox/:id/attachments/:index': {
    ok: ['founderOwn', 'admin'],
    hidden: ['founderStranger', ...MENTORS, 'managerSame', 'managerOther'],
    // The founder is asked first and mails themself; the callers after them ask for that mail.
    request: () => ({ params: { id: outboxMail ?? randomUUID(), index: '0' } }),
    fresh: async (_f, w) => {
      outboxMail = await mailTo(t(), w.people.founderOwn);
      return { params: { id: outboxMail, index: '0' } };
    },
  },

  // Calendars: one's own feed; the feed itself is public to whoever holds its token; a session's invite is its people's.
  'get /api/calendar/feed': { ok: 'everyone' },
  'post /api/calendar/feed/rotate': { ok: 'everyone' },
  'get /api/calendar/feed/:token.ics': {
    ok: 'everyone',
    fresh: async (_f, w) => {
      const feed = await call<{ url: string }>(t().url, 'get', '/api/calendar/feed', { token: w.people.founderOwn.token });
      return { params: { token: /\/feed\/([\w-]+)\.ics$/.exec(feed.body.url)?.[1] ?? 'missing' } };
    },
  },
  'get /api/bookings/:id/ics': { ok: PARTIES, hidden: [...STRANGER_PARTIES, ...STAFF], request: (w) => ({ params: { id: w.ids.booking } }) },
});

function expected(row: Row, who: Caller, isPublic: boolean): Outcome {
  if (who === 'anonymous') {
    return isPublic ? 'ok' : 401;
  }
  if (row.ok === 'everyone' || row.ok.includes(who)) {
    return 'ok';
  }
  return row.hidden?.includes(who) ? 404 : 403;
}

const outcomeOf = (status: number): Outcome | number => (status >= 200 && status < 300 ? 'ok' : status);

describe('access matrix: every route for every kind of caller', () => {
  let t: TestApp;
  let world: World;
  let fresh: Fresh;
  let matrix: Record<string, Row>;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    fresh = new Fresh(t, world);
    matrix = MATRIX(() => t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('has a row for every route the application serves, and no row for a route it does not', () => {
    const routes = listRoutes(t.app).map((r) => `${r.method} ${r.path}`).sort();
    expect({ missing: routes.filter((r) => !(r in matrix)), stale: Object.keys(matrix).filter((r) => !routes.includes(r)) }).toEqual({ missing: [], stale: [] });
  });

  it('answers each caller as the matrix intends: success, 401, 403 or "not found"', async () => {
    const unintended: string[] = [];
    let cells = 0;
    for (const route of listRoutes(t.app)) {
      const key = `${route.method} ${route.path}`;
      const row = matrix[key];
      if (!row) {
        continue;
      }
      for (const who of CALLERS) {
        const want = expected(row, who, route.isPublic);
        const base = row.request?.(world, who) ?? {};
        const req = want === 'ok' && row.fresh ? { ...base, ...(await row.fresh(fresh, world, who)) } : base;
        const path = route.path.replace(/:(\w+)/g, (_, name: string) => req.params?.[name] ?? randomUUID());
        const token = req.token ?? (who === 'anonymous' ? undefined : world.people[who].token);
        const reply: Reply = await call(t.url, route.method, path, { token, body: req.body });
        cells++;
        const got = outcomeOf(reply.status);
        if (got !== want) {
          unintended.push(`${key} as ${who}: expected ${want}, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 160)}`);
        } else if (row.sees && got === 'ok' && who !== 'anonymous') {
          const sees = row.sees.in(reply.body, world);
          if (sees !== row.sees.callers.includes(who)) {
            unintended.push(`${key} as ${who}: ${sees ? 'sees' : 'does not see'} the world's resource`);
          }
        }
      }
    }
    process.stdout.write(`access matrix: ${Object.keys(matrix).length} routes × ${CALLERS.length} callers = ${cells} cells checked\n`);
    expect(unintended).toEqual([]);
  }, 120_000);
});
