import type {
  EventMeetingView,
  EventParticipantView,
  EventRequestView,
  EventScheduleView,
  EventView,
} from '@torchbridge/contracts';

export const EVENT_ID = 'e0e0e0e0-0000-4000-8000-000000000001';

/** A Berlin evening event of 3 rounds at 2 tables, open for registration. */
export function makeEvent(overrides: Partial<EventView> = {}): EventView {
  return {
    id: EVENT_ID,
    incubatorId: 'c0c0c0c0-0000-4000-8000-000000000001',
    titleEn: 'Berlin Hardware Night',
    titleZh: '柏林硬件之夜',
    description: 'Founders meet mentors and investors.',
    venue: 'Factory Berlin, Rheinsberger Str. 76',
    online: false,
    timeZone: 'Europe/Berlin',
    startsAt: '2026-12-10T17:00:00.000Z',
    rounds: 3,
    roundMinutes: 15,
    breakMinutes: 5,
    tableNames: ['Spree', 'Havel'],
    tableLinks: [],
    registrationOpensAt: '2026-11-01T09:00:00.000Z',
    registrationClosesAt: '2026-12-09T17:00:00.000Z',
    requestRules: [
      ['founder', 'mentor'],
      ['founder', 'investor'],
      ['mentor', 'founder'],
    ],
    requestQuota: 5,
    approvalRequired: true,
    status: 'open',
    schedule: [
      {
        index: 0,
        start: '2026-12-10T17:00:00.000Z',
        end: '2026-12-10T17:15:00.000Z',
      },
      {
        index: 1,
        start: '2026-12-10T17:20:00.000Z',
        end: '2026-12-10T17:35:00.000Z',
      },
      {
        index: 2,
        start: '2026-12-10T17:40:00.000Z',
        end: '2026-12-10T17:55:00.000Z',
      },
    ],
    participantCount: 3,
    me: null,
    canManage: false,
    createdAt: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

export function makeParticipant(
  overrides: Partial<EventParticipantView> = {},
): EventParticipantView {
  return {
    id: 'a0a0a0a0-0000-4000-8000-000000000001',
    eventId: EVENT_ID,
    userId: '7d0c6a52-5f7e-4a4c-9b1e-2f1f0a3c9e11',
    displayName: 'Li Wei',
    timeZone: 'Asia/Shanghai',
    status: 'approved',
    requestsSent: 0,
    requestsLeft: 5,
    kind: 'founder',
    organisation: 'Lumen Cells',
    offer: 'Solid-state cells',
    lookingFor: 'EU automotive buyers',
    sectors: ['nev'],
    stages: ['prototype'],
    languages: ['zh', 'en'],
    unavailableRounds: [],
    ...overrides,
  };
}

export const ANNA = makeParticipant({
  id: 'a0a0a0a0-0000-4000-8000-000000000002',
  userId: 'b1b1b1b1-0000-4000-8000-000000000002',
  displayName: 'Anna Schmidt',
  timeZone: 'Europe/Berlin',
  kind: 'mentor',
  organisation: 'Bosch Ventures',
  offer: 'Supplier introductions',
  lookingFor: 'Battery startups',
  sectors: ['nev'],
});

export const MARK = makeParticipant({
  id: 'a0a0a0a0-0000-4000-8000-000000000003',
  userId: 'b1b1b1b1-0000-4000-8000-000000000003',
  displayName: 'Mark Weber',
  timeZone: 'Europe/Berlin',
  kind: 'investor',
  organisation: 'Rhein Capital',
  offer: 'Seed funding',
  lookingFor: 'Robotics',
  sectors: ['smart-manufacturing'],
});

export const OTHER_FOUNDER = makeParticipant({
  id: 'a0a0a0a0-0000-4000-8000-000000000004',
  userId: 'b1b1b1b1-0000-4000-8000-000000000004',
  displayName: 'Zhou Min',
  kind: 'founder',
  organisation: 'Qilin Robotics',
});

type Side = EventRequestView['from'];

export function side(p: EventParticipantView): Side {
  return {
    participantId: p.id,
    userId: p.userId,
    displayName: p.displayName,
    kind: p.kind,
    organisation: p.organisation,
  };
}

export function makeRequest(
  overrides: Partial<EventRequestView> = {},
): EventRequestView {
  return {
    id: 'f0f0f0f0-0000-4000-8000-000000000001',
    eventId: EVENT_ID,
    from: side(makeParticipant()),
    to: side(ANNA),
    priority: 3,
    message: 'Keen to talk about certification.',
    status: 'pending',
    createdAt: '2026-11-20T09:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

export function makeMeeting(
  overrides: Partial<EventMeetingView> = {},
): EventMeetingView {
  const founder = makeParticipant();
  return {
    requestId: 'f0f0f0f0-0000-4000-8000-000000000001',
    round: 0,
    table: 0,
    tableName: 'Spree',
    tableLink: null,
    start: '2026-12-10T17:00:00.000Z',
    end: '2026-12-10T17:15:00.000Z',
    priority: 3,
    locked: false,
    a: {
      participantId: founder.id,
      userId: founder.userId,
      displayName: founder.displayName,
      organisation: founder.organisation,
      timeZone: founder.timeZone,
    },
    b: {
      participantId: ANNA.id,
      userId: ANNA.userId,
      displayName: ANNA.displayName,
      organisation: ANNA.organisation,
      timeZone: ANNA.timeZone,
    },
    ...overrides,
  };
}

export function makeSchedule(
  overrides: Partial<EventScheduleView> = {},
): EventScheduleView {
  return {
    eventId: EVENT_ID,
    published: false,
    meetings: [],
    unscheduled: [],
    objective: 0,
    upperBound: null,
    solveMs: null,
    ...overrides,
  };
}
