import { DEFAULT_WEIGHTS, MentorFacts, scorePair, StartupFacts, topMentors } from './score';

const startup: StartupFacts = {
  id: 's1',
  nameEn: 'Shenzhen Lumos Photonics',
  nameZh: '深圳光睿光电',
  sectors: ['optoelectronics', 'semiconductors'],
  stage: 'pilot-production',
  needs: ['certification', 'market-entry-europe', 'fundraising'],
  languages: ['zh', 'en'],
  timeZone: 'Asia/Shanghai',
  marketDirection: 'china-to-europe',
  country: 'CN',
  pastMentorIds: new Set(['m-past']),
};

const berlin: MentorFacts = {
  id: 'm1',
  sectors: ['optoelectronics'],
  stages: ['pilot-production', 'scaling'],
  topics: ['certification', 'market-entry-europe'],
  languages: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  country: 'DE',
  capacity: 3,
  activeMentees: 1,
  conflicts: [],
};

describe('scorePair', () => {
  it('explains a strong cross-border fit with one reason per criterion', () => {
    const result = scorePair(startup, berlin, DEFAULT_WEIGHTS, { date: '2026-07-15' });
    if (!result.eligible) {
      throw new Error('expected an eligible pair');
    }
    const codes = result.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['sector', 'stage', 'needs', 'language', 'overlap', 'market', 'load']));
    expect(result.reasons.find((r) => r.code === 'sector')?.params).toEqual({ sectors: ['optoelectronics'] });
    expect(result.reasons.find((r) => r.code === 'overlap')?.params).toEqual({ minutes: 180 });
    expect(result.score).toBeGreaterThan(70);
    expect(Number.isInteger(result.score)).toBe(true);
  });

  it('gives fewer overlap points in winter, when Shanghai and Berlin are 7 hours apart', () => {
    const summer = scorePair(startup, berlin, DEFAULT_WEIGHTS, { date: '2026-07-15' });
    const winter = scorePair(startup, berlin, DEFAULT_WEIGHTS, { date: '2026-01-15' });
    const points = (r: typeof summer) => (r.eligible ? r.reasons.find((x) => x.code === 'overlap')?.points : undefined);
    expect(points(summer)).toBe(10);
    expect(points(winter)).toBeCloseTo(6.7, 1);
  });

  it('excludes pairs without a shared language, with a conflict of interest, or a past pairing', () => {
    expect(scorePair(startup, { ...berlin, languages: ['de'] }, DEFAULT_WEIGHTS, { date: '2026-07-15' })).toEqual({ eligible: false, exclusion: 'no-shared-language' });
    expect(scorePair(startup, { ...berlin, conflicts: ['shenzhen lumos photonics'] }, DEFAULT_WEIGHTS, { date: '2026-07-15' })).toEqual({
      eligible: false,
      exclusion: 'conflict-of-interest',
    });
    expect(scorePair(startup, { ...berlin, id: 'm-past' }, DEFAULT_WEIGHTS, { date: '2026-07-15' })).toEqual({ eligible: false, exclusion: 'past-pairing' });
    expect(scorePair(startup, { ...berlin, id: 'm-past' }, DEFAULT_WEIGHTS, { date: '2026-07-15', allowRepeat: true }).eligible).toBe(true);
    expect(scorePair(startup, { ...berlin, activeMentees: 3 }, DEFAULT_WEIGHTS, { date: '2026-07-15' })).toEqual({ eligible: false, exclusion: 'no-free-place' });
  });

  it('prefers a Europe-based mentor for a China→Europe startup', () => {
    const shanghai = { ...berlin, id: 'm2', timeZone: 'Asia/Shanghai', country: 'CN', languages: ['zh', 'en'] as MentorFacts['languages'] };
    const a = scorePair(startup, berlin, DEFAULT_WEIGHTS, { date: '2026-07-15' });
    const b = scorePair(startup, shanghai, DEFAULT_WEIGHTS, { date: '2026-07-15' });
    expect(a.eligible && a.reasons.some((r) => r.code === 'market')).toBe(true);
    expect(b.eligible && b.reasons.some((r) => r.code === 'market')).toBe(false);
  });
});

describe('topMentors', () => {
  it('returns the k best, best first, with stable ties', () => {
    const mentors = ['m5', 'm3', 'm4', 'm1', 'm2'].map((id) => ({ ...berlin, id }));
    const weak = { ...berlin, id: 'm0', sectors: [], topics: [] } as MentorFacts;
    const top = topMentors(startup, [weak, ...mentors], DEFAULT_WEIGHTS, { date: '2026-07-15' }, 3);
    expect(top.map((t) => t.mentor.id)).toEqual(['m1', 'm2', 'm3']);
  });
});
