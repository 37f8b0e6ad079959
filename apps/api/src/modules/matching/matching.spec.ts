import { HttpException } from '@nestjs/common';
import type { MentorCard } from '@torchbridge/contracts';
import type { MentorFacts } from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { MemoryVersionedCache } from '../../common/cache/versioned-cache';
import { DomainEvents, type Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import type { AccessService } from '../access';
import type { ProfilesService, StartupProfileFacts } from '../directory';
import type { MentorshipPair, MentorshipRequestsService, MentorshipsService } from '../mentorships';
import { CohortMatcher } from './cohort-matcher';
import { CohortService } from './cohort.service';
import { RecommendationsService } from './recommendations.service';
import type { WeightsService } from './weights.service';

const S1 = '00000000-0000-4000-8000-0000000000a1';
const S2 = '00000000-0000-4000-8000-0000000000a2';
const M1 = '00000000-0000-4000-8000-0000000000b1';
const M2 = '00000000-0000-4000-8000-0000000000b2';
const FOUNDER: AuthUser = { id: '00000000-0000-4000-8000-0000000000c1', role: 'founder' } as AuthUser;

const startup = (id: string, nameEn: string): StartupProfileFacts => ({
  id,
  nameEn,
  nameZh: nameEn,
  sectors: ['ai'],
  stage: 'prototype',
  needs: ['fundraising'],
  languages: ['en', 'zh'],
  timeZone: 'Asia/Shanghai',
  marketDirection: 'china-to-europe',
  country: 'CN',
});

const mentor = (id: string): MentorFacts => ({
  id,
  sectors: ['ai'],
  stages: ['prototype'],
  topics: ['fundraising'],
  languages: ['en'],
  timeZone: 'Europe/Berlin',
  country: 'DE',
  capacity: 2,
  activeMentees: 0,
  conflicts: [],
});

const card = (id: string): MentorCard => ({
  id,
  userId: `user-of-${id}`,
  displayName: id,
  headlineEn: '',
  headlineZh: '',
  category: 'investor',
  sectors: ['ai'],
  stages: ['prototype'],
  topics: ['fundraising'],
  languages: ['en'],
  timeZone: 'Europe/Berlin',
  country: 'DE',
  city: 'Berlin',
  capacity: 2,
  freePlaces: 2,
  status: 'open',
  pausedUntil: null,
  vetting: 'approved',
});

const WEIGHTS = { sector: 25, stage: 15, needs: 25, language: 10, overlap: 10, market: 10, load: 5 };

function fakes(pairs: MentorshipPair[], founderStartup: StartupProfileFacts | null = startup(S1, 'Alpha')) {
  let directoryVersion = 0;
  const calls = { openMentors: 0, founderStartupFacts: 0 };
  const profiles = {
    startupFacts: async (ids: string[]) => [startup(S1, 'Alpha'), startup(S2, 'Beta')].filter((s) => ids.includes(s.id)),
    mentorFacts: async (ids: string[]) => [M1, M2].filter((id) => ids.includes(id)).map((id) => ({ facts: mentor(id), displayName: id })),
    founderStartupFacts: async () => {
      calls.founderStartupFacts++;
      return founderStartup ?? undefined;
    },
    openMentors: async () => {
      calls.openMentors++;
      return [M1, M2].map((id) => ({ facts: mentor(id), card: card(id) }));
    },
    version: async () => String(directoryVersion),
    founderIds: async (ids: string[]) => new Map(ids.map((id) => [id, [`founder-of-${id}`, 'shared-founder']])),
    mentorCards: async (ids: string[]) => new Map(ids.map((id) => [id, { id, userId: `user-of-${id}`, displayName: id, timeZone: 'UTC' }])),
  } as unknown as ProfilesService;
  const mentorships = {
    pairs: async (startupIds: string[], mentorIds?: string[]) => pairs.filter((p) => startupIds.includes(p.startupId) && (!mentorIds || mentorIds.includes(p.mentorId))),
  } as unknown as MentorshipsService;
  const weights = { get: async () => WEIGHTS, version: async () => '0' } as unknown as WeightsService;
  return { profiles, mentorships, weights, calls, bump: () => directoryVersion++ };
}

function codeOf(error: unknown): { status: number; code: unknown; message: unknown } {
  const response = (error as HttpException).getResponse() as { code: unknown; message: unknown };
  return { status: (error as HttpException).getStatus(), code: response.code, message: response.message };
}

describe('cohort matching over other modules', () => {
  it('never proposes an active pair again and skips past pairs unless repeats are allowed', async () => {
    const f = fakes([
      { startupId: S1, mentorId: M1, status: 'active' },
      { startupId: S2, mentorId: M1, status: 'completed' },
    ]);
    const matcher = new CohortMatcher(f.profiles, f.mentorships, f.weights);
    const strict = await matcher.match([S1, S2], [M1, M2], { mode: 'optimal' });
    expect(strict.pairs.some((p) => p.mentorId === M1)).toBe(false);
    const repeat = await matcher.match([S1, S2], [M1, M2], { mode: 'optimal', allowRepeat: true });
    expect(repeat.pairs.find((p) => p.startupId === S2)?.mentorId).toBeDefined();
    expect(repeat.pairs.some((p) => p.startupId === S1 && p.mentorId === M1)).toBe(false);

    const pinned = await matcher.match([S1, S2], [M1, M2], { mode: 'optimal', pins: [{ startupId: S1, mentorId: M1 }] }).catch((e: unknown) => e);
    expect(codeOf(pinned)).toMatchObject({ status: 400, code: 'field.invalid', message: expect.stringMatching(/^pins\[0\] cannot be kept: Alpha and .+ because they are already working together$/) });
  });

  it('names an unknown startup', async () => {
    const f = fakes([]);
    const error = await new CohortMatcher(f.profiles, f.mentorships, f.weights).match([S1, M1], [M1], { mode: 'optimal' }).catch((e: unknown) => e);
    expect(codeOf(error)).toMatchObject({ status: 400, message: `startupIds has an unknown startup: ${M1}` });
  });
});

describe('recommendations over other modules', () => {
  const service = (f: ReturnType<typeof fakes>) => new RecommendationsService(new MemoryVersionedCache(0), f.profiles, f.mentorships, f.weights);

  it('leaves out mentors the startup has worked with, and reloads mentors and the startup only when the directory changes', async () => {
    const f = fakes([{ startupId: S1, mentorId: M1, status: 'ended' }]);
    const recommendations = service(f);
    expect((await recommendations.recommend(FOUNDER, {})).map((r) => r.mentor.id)).toEqual([M2]);
    expect((await recommendations.recommend(FOUNDER, { allowRepeat: true })).map((r) => r.mentor.id).sort()).toEqual([M1, M2]);
    expect(f.calls).toEqual({ openMentors: 1, founderStartupFacts: 1 });
    f.bump();
    await recommendations.recommend(FOUNDER, {});
    expect(f.calls).toEqual({ openMentors: 2, founderStartupFacts: 2 });
  });

  it('asks a founder without a startup to create one', async () => {
    const f = fakes([], null);
    const recommendations = service(f);
    for (const attempt of [1, 2]) {
      const error = await recommendations.recommend(FOUNDER, {}).catch((e: unknown) => e);
      expect(codeOf(error)).toMatchObject({ status: 404, code: 'recommendations.startup_required' });
      // A missing startup is asked for again, so the founder's new startup is found at once.
      expect(f.calls.founderStartupFacts).toBe(attempt);
    }
  });
});

describe('cohort group source', () => {
  it("holds the run's name and its founders and mentors, once each", async () => {
    const f = fakes([]);
    const runner: Queryable = { query: async () => [{ name: 'Spring cohort', startup_ids: [S1, S2], mentor_ids: [M1, M2], created_by: '00000000-0000-4000-8000-0000000000a1' }] };
    const cohorts = new CohortService({} as DataSource, {} as CohortMatcher, f.profiles, {} as MentorshipRequestsService, new DomainEvents(), {} as AccessService);
    const group = await cohorts.group(runner, '00000000-0000-4000-8000-0000000000d1');
    expect(group?.title).toBe('Spring cohort');
    expect(group?.userIds.sort()).toEqual([`founder-of-${S1}`, `founder-of-${S2}`, 'shared-founder', `user-of-${M1}`, `user-of-${M2}`].sort());
    expect(await cohorts.group({ query: async () => [] }, 'x')).toBeUndefined();
  });
});
