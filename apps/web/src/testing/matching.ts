import type {
  CohortRunView,
  MentorshipRequestView,
  MentorshipView,
  RecommendationView,
} from '@torchbridge/contracts';
import { makeMentor } from './directory';

export const FOUNDER_USER_ID = '7d0c6a52-5f7e-4a4c-9b1e-2f1f0a3c9e11';
export const MENTOR_USER_ID = 'a1e0c9d4-0000-4000-8000-0000000000a1';

/** Anna recommended to a Shanghai founder with every kind of reason. */
export function makeRecommendation(
  overrides: Partial<RecommendationView> = {},
): RecommendationView {
  return {
    mentor: makeMentor(),
    score: 87,
    reasons: [
      { code: 'sector', points: 18.8, params: { sectors: ['semiconductors'] } },
      {
        code: 'needs',
        points: 16.7,
        params: { topics: ['certification', 'fundraising'], of: 3 },
      },
      { code: 'language', points: 10, params: { languages: ['zh', 'en'] } },
      { code: 'overlap', points: 10, params: { minutes: 180 } },
      {
        code: 'market',
        points: 10,
        params: { direction: 'china-to-europe', country: 'DE' },
      },
      { code: 'stage', points: 15, params: { stage: 'prototype' } },
      { code: 'load', points: 3.3, params: { free: 2, capacity: 3 } },
    ],
    ...overrides,
  };
}

const PARTIES = {
  startup: {
    id: '5ca1ab1e-0000-4000-8000-000000000001',
    nameEn: 'Lumen Photonics',
    nameZh: '流明光电',
    timeZone: 'Asia/Shanghai',
  },
  mentor: {
    id: 'a1e0c9d4-0000-4000-8000-000000000001',
    userId: MENTOR_USER_ID,
    displayName: 'Anna Schmidt',
    timeZone: 'Europe/Berlin',
  },
};

export function makeRequest(
  overrides: Partial<MentorshipRequestView> = {},
): MentorshipRequestView {
  return {
    id: 'e0e0e0e0-0000-4000-8000-000000000001',
    status: 'pending',
    message: 'We need CE certification for our lidar optics.',
    declineReason: null,
    cohortRunId: null,
    founderConfirmed: true,
    createdAt: '2026-03-27T12:00:00.000Z',
    expiresAt: '2026-04-03T12:00:00.000Z',
    decidedAt: null,
    ...PARTIES,
    founder: { id: FOUNDER_USER_ID, displayName: 'Li Wei' },
    ...overrides,
  };
}

export function makeMentorship(
  overrides: Partial<MentorshipView> = {},
): MentorshipView {
  return {
    id: 'f0f0f0f0-0000-4000-8000-000000000001',
    status: 'active',
    startedAt: '2026-03-20T08:00:00.000Z',
    endedAt: null,
    endReason: null,
    conversationId: null,
    ...PARTIES,
    milestones: [],
    feedback: [],
    ...overrides,
  };
}

export function makeCohortRun(
  overrides: Partial<CohortRunView> = {},
): CohortRunView {
  return {
    id: 'c0c0c0c0-0000-4000-8000-000000000001',
    name: 'Spring 2027 cohort',
    mode: 'optimal',
    status: 'draft',
    startupIds: [PARTIES.startup.id, '5ca1ab1e-0000-4000-8000-000000000002'],
    mentorIds: [PARTIES.mentor.id],
    pins: [],
    forbids: [],
    createdAt: '2026-03-29T10:00:00.000Z',
    publishedAt: null,
    result: {
      pairs: [
        {
          startupId: PARTIES.startup.id,
          startupNameEn: 'Lumen Photonics',
          startupNameZh: '流明光电',
          mentorId: PARTIES.mentor.id,
          mentorName: 'Anna Schmidt',
          score: 81,
          reasons: [
            { code: 'language', points: 10, params: { languages: ['en'] } },
          ],
          pinned: false,
        },
      ],
      unmatchedStartupIds: ['5ca1ab1e-0000-4000-8000-000000000002'],
      objective: 81,
      optimalObjective: 81,
      certified: true,
      candidatePairs: 2,
      blockingPairs: null,
      solveMs: 3,
    },
    ...overrides,
  };
}
