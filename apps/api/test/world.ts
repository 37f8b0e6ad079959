import type { AuthResponse, AvailabilityInput, BookingView, ConversationView, CohortRunView, EventParticipantView, EventRequestView, EventView, ImportReport, MentorDetail, MentorshipView, NotificationView, OfficeHoursView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { eventually } from './eventually';
import { call, registerUser } from './http';
import type { TestApp } from './test-app';

/** Every kind of caller the security suites try, relative to the world's own startup and mentorship. */
export const CALLERS = ['anonymous', 'founderOwn', 'founderStranger', 'mentorPartner', 'mentorStranger', 'managerSame', 'managerOther', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedIn = Exclude<Caller, 'anonymous'>;

export interface Person {
  id: string;
  token: string;
  email: string;
  password: string;
}

/**
 * A small programme on real rows. Incubator A holds the founder's startup, in an active mentorship with the partner
 * mentor (with its conversation, a milestone and a notification), in a cohort run and a group conversation run by
 * A's manager. Incubator B holds the stranger founder's startup and has its own manager. The stranger mentor is
 * approved and works with nobody.
 */
export interface World {
  people: Record<SignedIn, Person>;
  ids: {
    park: string;
    incubator: string;
    otherIncubator: string;
    startup: string;
    otherStartup: string;
    mentor: string;
    otherMentor: string;
    request: string;
    mentorship: string;
    milestone: string;
    conversation: string;
    group: string;
    cohortRun: string;
    notification: string;
    import: string;
    /** A requested session of the founder with the partner mentor, two days ahead. */
    booking: string;
    /** Office hours of the partner mentor with seats free, three days ahead. */
    officeHours: string;
    /** An open matchmaking event of incubator A (its manager organises it), twenty days ahead. */
    event: string;
    /** The partner mentor's registration for it (approved, as is the founder's). */
    eventParticipant: string;
    /** The founder's pending meeting request to the partner mentor at the event. */
    eventRequest: string;
  };
}

export const STARTUP_PROFILE = {
  sectors: ['smart-manufacturing'],
  stage: 'prototype',
  foundedYear: 2024,
  teamSize: 3,
  languages: ['zh', 'en'],
  timeZone: 'Asia/Shanghai',
  marketDirection: 'china-to-europe',
  targetMarkets: ['DE'],
  needs: ['certification'],
  pitchEn: 'Lenses.',
  pitchZh: '镜头。',
  highTechEnterprise: false,
};

export const MENTOR_PROFILE = {
  category: 'executive',
  headlineEn: 'Optics lead',
  headlineZh: '光学负责人',
  bioEn: 'Jena optics.',
  bioZh: '耶拿光学。',
  sectors: ['smart-manufacturing'],
  stages: ['prototype'],
  topics: ['certification'],
  languages: ['zh', 'en'],
  timeZone: 'Europe/Berlin',
  country: 'DE',
  city: 'Jena',
  capacity: 50,
  status: 'open',
  conflicts: [],
};

/** Open every day, all day, in UTC, no notice, no buffers: any half hour ahead is bookable. */
export const OPEN_HOURS: AvailabilityInput = {
  timeZone: 'UTC',
  rules: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 })),
  overrides: [],
  blackouts: [],
  sessionLengths: [30, 60],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  horizonDays: 60,
  maxPerDay: null,
  maxPerWeek: null,
  meetingLink: 'https://meeting.tencent.com/dm/torchbridge',
  meetingPlace: null,
  autoConfirm: false,
};

const HOUR = 3_600_000;

/** A whole hour `hours` from now (UTC), so it sits on every half-hour grid. */
export function hoursAhead(hours: number): Date {
  return new Date(Math.ceil(Date.now() / HOUR) * HOUR + hours * HOUR);
}

/** An open event's setup: approval off, founders and mentors may ask each other, a quota that tests do not reach. */
export const EVENT_SETUP = {
  titleEn: 'China–EU Innovation Day',
  titleZh: '中欧创新日',
  timeZone: 'Europe/Berlin',
  startsAt: hoursAhead(24 * 20).toISOString(),
  rounds: 6,
  roundMinutes: 15,
  breakMinutes: 5,
  tableNames: ['T1', 'T2', 'T3'],
  approvalRequired: false,
  requestQuota: 100,
  requestRules: [
    ['founder', 'mentor'],
    ['mentor', 'founder'],
  ],
};

export const EVENT_PROFILE = { organisation: 'Taihu Optics', offer: 'Lens modules', lookingFor: 'EU certification advice', sectors: ['smart-manufacturing'], stages: ['prototype'], languages: ['zh', 'en'], unavailableRounds: [] };

/** A one-mentor CSV import with an email no other import uses. */
export const mentorCsv = (tag: string): string =>
  [
    'email,displayName,category,headlineEn,headlineZh,bioEn,bioZh,sectors,stages,topics,languages,timeZone,country,city,capacity',
    `mentor-${tag}@import.test,Imported Mentor,executive,Plant lead,工厂负责人,Scaled two lines.,主导过两条产线。,nev,scaling,manufacturing-quality,de;en,Europe/Berlin,DE,Stuttgart,3`,
  ].join('\n');

const first = (rows: { id: string }[]): string => {
  const id = rows[0]?.id;
  if (!id) {
    throw new Error('No row returned');
  }
  return id;
};

async function expectOk<T>(reply: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const r = await reply;
  if (r.status >= 300) {
    throw new Error(`${what} failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
  return r.body;
}

/** Registers a person; managers and admins are appointed (promoted, then signed in again for a token with the role). */
async function person(t: TestApp, db: DataSource, role: 'founder' | 'mentor' | 'manager' | 'admin'): Promise<Person> {
  const r = await registerUser(t.url, { role: role === 'mentor' ? 'mentor' : 'founder' });
  const base = { id: r.user.id, email: r.registration.email, password: r.registration.password };
  if (role !== 'manager' && role !== 'admin') {
    return { ...base, token: r.accessToken };
  }
  await db.query(`UPDATE users SET role = $2 WHERE id = $1`, [r.user.id, role]);
  const login = await expectOk(call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email: base.email, password: base.password } }), 'login');
  return { ...base, token: login.accessToken };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const db = t.app.get(DataSource);
  const park = first(await db.query(`INSERT INTO parks (name_en, city, country, region) VALUES ('Wuxi Park', 'Wuxi', 'CN', 'eastern') RETURNING id`));
  const incubator = async (name: string) =>
    first(await db.query(`INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ($1, $1, $2, 'university-science-park', 'Wuxi', 'CN') RETURNING id`, [name, park]));
  const incubatorA = await incubator('Wuxi Incubator');
  const incubatorB = await incubator('Taihu Incubator');
  const people: Record<SignedIn, Person> = {
    founderOwn: await person(t, db, 'founder'),
    founderStranger: await person(t, db, 'founder'),
    mentorPartner: await person(t, db, 'mentor'),
    mentorStranger: await person(t, db, 'mentor'),
    managerSame: await person(t, db, 'manager'),
    managerOther: await person(t, db, 'manager'),
    admin: await person(t, db, 'admin'),
  };
  await db.query(`INSERT INTO incubator_managers (incubator_id, user_id) VALUES ($1, $2), ($3, $4)`, [incubatorA, people.managerSame.id, incubatorB, people.managerOther.id]);
  const startup = async (who: Person, nameEn: string, incubatorId: string) =>
    (await expectOk(call<{ id: string }>(t.url, 'put', '/api/me/startup', { token: who.token, body: { ...STARTUP_PROFILE, nameEn, nameZh: nameEn, incubatorId } }), 'startup')).id;
  const mentor = async (who: Person) => {
    const id = (await expectOk(call<MentorDetail>(t.url, 'put', '/api/me/mentor-profile', { token: who.token, body: MENTOR_PROFILE }), 'mentor profile')).id;
    await db.query(`UPDATE mentor_profiles SET vetting = 'approved' WHERE id = $1`, [id]);
    return id;
  };
  const ownStartup = await startup(people.founderOwn, 'Taihu Optics', incubatorA);
  const otherStartup = await startup(people.founderStranger, 'Lakeside Drones', incubatorB);
  const ownMentor = await mentor(people.mentorPartner);
  const otherMentor = await mentor(people.mentorStranger);
  const request = await expectOk(
    call<{ id: string }>(t.url, 'post', '/api/mentorship-requests', { token: people.founderOwn.token, body: { mentorId: ownMentor, message: 'Help with optics certification?' } }),
    'request',
  );
  const mentorship = await expectOk(call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${request.id}/accept`, { token: people.mentorPartner.token }), 'accept');
  const withMilestone = await expectOk(
    call<MentorshipView>(t.url, 'post', `/api/mentorships/${mentorship.id}/milestones`, { token: people.founderOwn.token, body: { code: 'pilot-production' } }),
    'milestone',
  );
  const conversation = first(await db.query(`SELECT id FROM conversations WHERE mentorship_id = $1`, [mentorship.id]));
  const cohortRun = await expectOk(
    call<CohortRunView>(t.url, 'post', '/api/cohort-runs', {
      token: people.managerSame.token,
      body: { name: 'Spring cohort', startupIds: [ownStartup], mentorIds: [ownMentor, otherMentor], mode: 'optimal' },
    }),
    'cohort run',
  );
  const group = await expectOk(
    call<ConversationView>(t.url, 'post', '/api/conversations', {
      token: people.managerSame.token,
      body: { title: 'Spring cohort', memberIds: [people.founderOwn.id, people.mentorPartner.id] },
    }),
    'group',
  );
  for (const who of [people.mentorPartner, people.mentorStranger]) {
    await expectOk(call(t.url, 'put', '/api/me/availability', { token: who.token, body: OPEN_HOURS }), 'availability');
  }
  const booking = await expectOk(
    call<BookingView>(t.url, 'post', '/api/bookings', { token: people.founderOwn.token, body: { mentorshipId: mentorship.id, start: hoursAhead(48).toISOString(), lengthMinutes: 30 } }),
    'booking',
  );
  const officeHours = await expectOk(
    call<OfficeHoursView>(t.url, 'post', '/api/office-hours', { token: people.mentorPartner.token, body: { title: 'Open hour', start: hoursAhead(72).toISOString(), lengthMinutes: 60, seats: 5 } }),
    'office hours',
  );
  const event = await expectOk(call<EventView>(t.url, 'post', '/api/events', { token: people.managerSame.token, body: { ...EVENT_SETUP, incubatorId: incubatorA } }), 'event');
  await expectOk(call(t.url, 'post', `/api/events/${event.id}/open`, { token: people.managerSame.token }), 'open event');
  await expectOk(
    call<EventParticipantView>(t.url, 'post', `/api/events/${event.id}/registrations`, { token: people.founderOwn.token, body: { ...EVENT_PROFILE, kind: 'founder' } }),
    'founder registration',
  );
  const mentorAtEvent = await expectOk(
    call<EventParticipantView>(t.url, 'post', `/api/events/${event.id}/registrations`, { token: people.mentorPartner.token, body: { ...EVENT_PROFILE, kind: 'mentor' } }),
    'mentor registration',
  );
  const eventRequest = await expectOk(
    call<EventRequestView>(t.url, 'post', `/api/events/${event.id}/requests`, { token: people.founderOwn.token, body: { toParticipantId: mentorAtEvent.id, priority: 3 } }),
    'event request',
  );
  const preview = await expectOk(call<ImportReport>(t.url, 'post', '/api/imports', { token: people.managerSame.token, body: { kind: 'mentors', csv: mentorCsv('world') } }), 'import');
  const notification = await eventually(async () => {
    const list = await call<NotificationView[]>(t.url, 'get', '/api/notifications', { token: people.founderOwn.token });
    const found = list.body.find((n) => n.kind === 'request.accepted');
    if (!found) {
      throw new Error('The accepted request has not been notified yet');
    }
    return found;
  });
  return {
    people,
    ids: {
      park,
      incubator: incubatorA,
      otherIncubator: incubatorB,
      startup: ownStartup,
      otherStartup,
      mentor: ownMentor,
      otherMentor,
      request: request.id,
      mentorship: mentorship.id,
      milestone: withMilestone.milestones?.[0]?.id ?? '',
      conversation,
      group: group.id,
      cohortRun: cohortRun.id,
      notification: notification.id,
      import: preview.id,
      booking: booking.id,
      officeHours: officeHours.id,
      event: event.id,
      eventParticipant: mentorAtEvent.id,
      eventRequest: eventRequest.id,
    },
  };
}

/** Resources made afresh for one request that changes them (accepting, ending, withdrawing…), all in incubator A. */
export class Fresh {
  private n = 0;

  constructor(
    private readonly t: TestApp,
    private readonly world: World,
  ) {}

  private get db(): DataSource {
    return this.t.app.get(DataSource);
  }

  /** A new startup of the world's founder in incubator A. */
  async startup(): Promise<string> {
    const id = first(
      await this.db.query(
        `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone, market_direction, needs, pitch_en, pitch_zh)
         VALUES ($1, $1, $2, '{smart-manufacturing}', 'prototype', 2024, 3, '{zh,en}', 'Asia/Shanghai', 'china-to-europe', '{certification}', 'Lenses.', '镜头。') RETURNING id`,
        [`Fresh Startup ${++this.n} ${Date.now()}`, this.world.ids.incubator],
      ),
    );
    await this.db.query(`INSERT INTO startup_founders (startup_id, user_id) VALUES ($1, $2)`, [id, this.world.people.founderOwn.id]);
    return id;
  }

  /** A pending request from a new startup of the founder to the partner mentor; `proposed` leaves it unconfirmed. */
  async pendingRequest(options: { proposed?: boolean } = {}): Promise<string> {
    const startupId = await this.startup();
    return first(
      await this.db.query(
        `INSERT INTO mentorship_requests (startup_id, founder_id, mentor_id, message, expires_at, founder_confirmed_at)
         VALUES ($1, $2, $3, 'Fresh request', now() + interval '7 days', ${options.proposed ? 'NULL' : 'now()'}) RETURNING id`,
        [startupId, this.world.people.founderOwn.id, this.world.ids.mentor],
      ),
    );
  }

  /** An active mentorship between a new startup of the founder and the partner mentor, opened the real way. */
  async mentorship(): Promise<string> {
    const requestId = await this.pendingRequest();
    const reply = await call<MentorshipView>(this.t.url, 'post', `/api/mentorship-requests/${requestId}/accept`, { token: this.world.people.mentorPartner.token });
    return (await expectOk(Promise.resolve(reply), 'fresh mentorship')).id;
  }

  async endedMentorship(): Promise<string> {
    const id = await this.mentorship();
    await expectOk(call(this.t.url, 'post', `/api/mentorships/${id}/end`, { token: this.world.people.founderOwn.token, body: { outcome: 'completed' } }), 'end');
    return id;
  }

  /** A milestone in a new mentorship, proposed by one side (the other side may agree to it). */
  async milestone(proposer: 'founderOwn' | 'mentorPartner', agreed = false): Promise<{ mentorship: string; milestone: string }> {
    const mentorship = await this.mentorship();
    const proposed = await expectOk(
      call<MentorshipView>(this.t.url, 'post', `/api/mentorships/${mentorship}/milestones`, { token: this.world.people[proposer].token, body: { code: 'pilot-production' } }),
      'fresh milestone',
    );
    const milestone = proposed.milestones?.[0]?.id ?? '';
    if (agreed) {
      const other = proposer === 'founderOwn' ? 'mentorPartner' : 'founderOwn';
      await expectOk(call(this.t.url, 'post', `/api/mentorships/${mentorship}/milestones/${milestone}/agree`, { token: this.world.people[other].token }), 'agree');
    }
    return { mentorship, milestone };
  }

  /** A group of A's manager with the founder, the partner mentor and one more person who can be removed. */
  async group(): Promise<{ group: string; extra: string }> {
    const extra = await registerUser(this.t.url, { role: 'founder' });
    const group = await expectOk(
      call<ConversationView>(this.t.url, 'post', '/api/conversations', {
        token: this.world.people.managerSame.token,
        body: { title: `Fresh group ${++this.n}`, memberIds: [this.world.people.founderOwn.id, this.world.people.mentorPartner.id, extra.user.id] },
      }),
      'fresh group',
    );
    return { group: group.id, extra: extra.user.id };
  }

  async cohortRun(): Promise<string> {
    const run = await expectOk(
      call<CohortRunView>(this.t.url, 'post', '/api/cohort-runs', {
        token: this.world.people.managerSame.token,
        body: { name: `Fresh cohort ${++this.n}`, startupIds: [await this.startup()], mentorIds: [this.world.ids.otherMentor], mode: 'optimal' },
      }),
      'fresh cohort run',
    );
    return run.id;
  }

  async import(): Promise<string> {
    const csv = mentorCsv(`fresh-${++this.n}-${Date.now()}`);
    const preview = await expectOk(call<ImportReport>(this.t.url, 'post', '/api/imports', { token: this.world.people.managerSame.token, body: { kind: 'mentors', csv } }), 'fresh import');
    return preview.id;
  }

  /**
   * A session of the world's founder with the partner mentor, written straight to the table at an hour no other
   * fresh session holds: `future` starts in some days, `ended` started and ended hours ago.
   */
  async booking(status: 'requested' | 'confirmed', when: 'future' | 'ended' = 'future'): Promise<string> {
    const n = ++this.n;
    const start = when === 'future' ? hoursAhead(24 * 20 + n) : hoursAhead(-(24 * 20 + n));
    const mentorship = await this.db.query(`SELECT startup_id, mentor_id FROM mentorships WHERE id = $1`, [this.world.ids.mentorship]);
    return first(
      await this.db.query(
        `INSERT INTO bookings (kind, status, mentorship_id, mentor_id, mentor_user_id, founder_user_id, startup_id, starts_at, ends_at, block, length_minutes, booked_time_zone)
         VALUES ('mentorship', $1, $2, $3, $4, $5, $6, $7, $7::timestamptz + interval '30 minutes', tstzrange($7, $7::timestamptz + interval '30 minutes'), 30, 'Asia/Shanghai')
         RETURNING id`,
        [status, this.world.ids.mentorship, mentorship[0]?.mentor_id, this.world.people.mentorPartner.id, this.world.people.founderOwn.id, mentorship[0]?.startup_id, start],
      ),
    );
  }

  /** A start for a new session of the world's founder that nothing else holds. */
  freeStart(): string {
    return hoursAhead(24 * 40 + ++this.n).toISOString();
  }

  /** Office hours of the partner mentor at an hour of their own. */
  async officeHours(): Promise<string> {
    const reply = await call<OfficeHoursView>(this.t.url, 'post', '/api/office-hours', {
      token: this.world.people.mentorPartner.token,
      body: { title: `Fresh office hours ${++this.n}`, start: hoursAhead(24 * 50 + this.n).toISOString(), lengthMinutes: 30, seats: 3 },
    });
    return (await expectOk(Promise.resolve(reply), 'fresh office hours')).id;
  }

  /** A new open event of incubator A, set up as the world's. */
  async event(): Promise<string> {
    const reply = await call<EventView>(this.t.url, 'post', '/api/events', {
      token: this.world.people.managerSame.token,
      body: { ...EVENT_SETUP, titleEn: `Fresh event ${++this.n}`, incubatorId: this.world.ids.incubator },
    });
    const id = (await expectOk(Promise.resolve(reply), 'fresh event')).id;
    await expectOk(call(this.t.url, 'post', `/api/events/${id}/open`, { token: this.world.people.managerSame.token }), 'open fresh event');
    return id;
  }

  /** A new person approved at the world's event, as a founder (with a startup) or a mentor; their participant id. */
  async eventParticipant(kind: 'founder' | 'mentor'): Promise<string> {
    const person = await registerUser(this.t.url, { role: kind });
    if (kind === 'founder') {
      const startup = first(
        await this.db.query(
          `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone, market_direction, needs, pitch_en, pitch_zh)
           VALUES ($1, $1, $2, '{smart-manufacturing}', 'prototype', 2024, 3, '{zh}', 'Asia/Shanghai', 'china-to-europe', '{certification}', 'Lenses.', '镜头。') RETURNING id`,
          [`Event Startup ${++this.n} ${Date.now()}`, this.world.ids.incubator],
        ),
      );
      await this.db.query(`INSERT INTO startup_founders (startup_id, user_id) VALUES ($1, $2)`, [startup, person.user.id]);
    }
    const reply = await call<EventParticipantView>(this.t.url, 'post', `/api/events/${this.world.ids.event}/registrations`, {
      token: person.accessToken,
      body: { ...EVENT_PROFILE, kind },
    });
    return (await expectOk(Promise.resolve(reply), 'fresh participant')).id;
  }

  /** A pending meeting request at the world's event: from a new founder to the partner mentor, or from the world's founder to a new mentor. */
  async eventRequest(direction: 'toPartner' | 'fromFounder'): Promise<string> {
    const stranger = await this.eventParticipant(direction === 'toPartner' ? 'founder' : 'mentor');
    const [from, to] = direction === 'toPartner' ? [stranger, this.world.ids.eventParticipant] : [await this.founderParticipant(), stranger];
    return first(await this.db.query(`INSERT INTO event_requests (event_id, from_participant_id, to_participant_id, priority) VALUES ($1, $2, $3, 2) RETURNING id`, [this.world.ids.event, from, to]));
  }

  /** An accepted request between two new people at the world's event, with a round and table no other such request was given. */
  async acceptedEventRequest(): Promise<{ requestId: string; round: number; table: number }> {
    const [from, to] = [await this.eventParticipant('founder'), await this.eventParticipant('mentor')];
    const requestId = first(
      await this.db.query(`INSERT INTO event_requests (event_id, from_participant_id, to_participant_id, priority, status) VALUES ($1, $2, $3, 2, 'accepted') RETURNING id`, [
        this.world.ids.event,
        from,
        to,
      ]),
    );
    const slot = ++this.n;
    return { requestId, round: slot % EVENT_SETUP.rounds, table: Math.floor(slot / EVENT_SETUP.rounds) % EVENT_SETUP.tableNames.length };
  }

  /** A new event whose schedule is published, with this founder or mentor of the world registered for it. */
  async publishedEvent(who: 'founderOwn' | 'mentorPartner'): Promise<string> {
    const id = await this.event();
    const kind = who === 'founderOwn' ? 'founder' : 'mentor';
    await expectOk(call(this.t.url, 'post', `/api/events/${id}/registrations`, { token: this.world.people[who].token, body: { ...EVENT_PROFILE, kind } }), 'registration');
    await expectOk(call(this.t.url, 'post', `/api/events/${id}/publish`, { token: this.world.people.managerSame.token }), 'publish');
    return id;
  }

  /** A meeting of the world's founder and partner mentor at a new event that took place yesterday; its request id. */
  async heldEventMeeting(): Promise<string> {
    const id = await this.event();
    const founder = await expectOk(
      call<EventParticipantView>(this.t.url, 'post', `/api/events/${id}/registrations`, { token: this.world.people.founderOwn.token, body: { ...EVENT_PROFILE, kind: 'founder' } }),
      'founder registration',
    );
    const mentor = await expectOk(
      call<EventParticipantView>(this.t.url, 'post', `/api/events/${id}/registrations`, { token: this.world.people.mentorPartner.token, body: { ...EVENT_PROFILE, kind: 'mentor' } }),
      'mentor registration',
    );
    const requestId = first(
      await this.db.query(`INSERT INTO event_requests (event_id, from_participant_id, to_participant_id, priority, status) VALUES ($1, $2, $3, 3, 'accepted') RETURNING id`, [id, founder.id, mentor.id]),
    );
    await this.db.query(`INSERT INTO event_meetings (event_id, request_id, round, table_index) VALUES ($1, $2, 0, 0)`, [id, requestId]);
    await this.db.query(`UPDATE events SET status = 'scheduled', starts_at = now() - interval '1 day' WHERE id = $1`, [id]);
    return requestId;
  }

  /** A meeting of the current round at a new event whose day is under way; its event, request and founder's participant. */
  async liveEventMeeting(): Promise<{ eventId: string; requestId: string; participantId: string }> {
    const requestId = await this.heldEventMeeting();
    const rows: { event_id: string; from_participant_id: string }[] = await this.db.query(`SELECT event_id, from_participant_id FROM event_requests WHERE id = $1`, [requestId]);
    await this.db.query(`UPDATE events SET current_round = 0, round_started_at = now() WHERE id = $1`, [rows[0]?.event_id]);
    return { eventId: rows[0]?.event_id ?? '', requestId, participantId: rows[0]?.from_participant_id ?? '' };
  }

  private async founderParticipant(): Promise<string> {
    return first(await this.db.query(`SELECT id FROM event_participants WHERE event_id = $1 AND user_id = $2`, [this.world.ids.event, this.world.people.founderOwn.id]));
  }

  /** A notification of the world's founder (a request of theirs was declined). */
  async notification(): Promise<string> {
    const requestId = await this.pendingRequest();
    await expectOk(call(this.t.url, 'post', `/api/mentorship-requests/${requestId}/decline`, { token: this.world.people.mentorPartner.token, body: { reason: 'No free time' } }), 'decline');
    return eventually(async () => {
      const rows: { id: string }[] = await this.db.query(`SELECT n.id FROM notifications n WHERE n.user_id = $1 AND n.payload->>'requestId' = $2`, [this.world.people.founderOwn.id, requestId]);
      return first(rows);
    });
  }
}
