import { codesOf, isIanaTimeZone, type TaxonomyName } from '@torchbridge/contracts';
import { buildDemoData, DEMO_LOGINS, type DemoData } from './demo-data';

const CJK = /[\u4e00-\u9fff]/;
const ISO2 = /^[A-Z]{2}$/;

function expectCodes(taxonomy: TaxonomyName, values: readonly string[]): void {
  const valid = codesOf(taxonomy);
  for (const value of values) {
    expect(valid).toContain(value);
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

describe('buildDemoData', () => {
  let data: DemoData;

  beforeAll(() => {
    data = buildDemoData();
  });

  it('is deterministic', () => {
    expect(buildDemoData()).toEqual(data);
  });

  it('has the expected volumes', () => {
    const stips = data.parks.filter((park) => park.torchNo !== null);
    const hubs = data.parks.filter((park) => park.torchNo === null);
    expect(stips).toHaveLength(54);
    expect(new Set(stips.map((park) => park.torchNo))).toEqual(new Set(Array.from({ length: 54 }, (_, i) => i + 1)));
    expect(hubs).toHaveLength(3);
    expect(data.incubators).toHaveLength(12);
    expect(data.mentors.length).toBeGreaterThanOrEqual(55);
    expect(data.mentors.length).toBeLessThanOrEqual(65);
    expect(data.startups.length).toBeGreaterThanOrEqual(140);
    expect(data.startups.length).toBeLessThanOrEqual(160);
    // One founder per startup, one user per mentor, plus the manager and the admin.
    expect(data.users).toHaveLength(data.startups.length + data.mentors.length + 2);
  });

  it('keeps every unique key unique', () => {
    expect(duplicates(data.users.map((user) => user.email))).toEqual([]);
    expect(duplicates(data.parks.map((park) => park.nameEn.toLowerCase()))).toEqual([]);
    expect(duplicates(data.incubators.map((incubator) => incubator.nameEn.toLowerCase()))).toEqual([]);
    expect(duplicates(data.incubators.map((incubator) => incubator.key))).toEqual([]);
    expect(duplicates(data.startups.map((startup) => startup.nameEn.toLowerCase()))).toEqual([]);
    expect(duplicates(data.mentors.map((mentor) => mentor.userEmail))).toEqual([]);
    expect(duplicates(data.startups.map((startup) => startup.founderEmail))).toEqual([]);
  });

  it('stores e-mails lower-cased and display names within the column limit', () => {
    for (const user of data.users) {
      expect(user.email).toBe(user.email.toLowerCase());
      expect(user.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/);
      expect(user.displayName.length).toBeGreaterThanOrEqual(1);
      expect(user.displayName.length).toBeLessThanOrEqual(100);
      expect(['en', 'zh-CN']).toContain(user.locale);
    }
  });

  it('links every row to something that exists', () => {
    const emails = new Map(data.users.map((user) => [user.email, user]));
    const incubatorKeys = new Set(data.incubators.map((incubator) => incubator.key));
    const torchNos = new Set(data.parks.map((park) => park.torchNo));
    const hubs = new Set(data.parks.map((park) => park.hub));
    for (const incubator of data.incubators) {
      if ('hub' in incubator.park) {
        expect(hubs).toContain(incubator.park.hub);
      } else {
        expect(torchNos).toContain(incubator.park.torchNo);
      }
    }
    for (const mentor of data.mentors) {
      expect(emails.get(mentor.userEmail)?.role).toBe('mentor');
      if (mentor.vettedByEmail !== null) {
        expect(emails.get(mentor.vettedByEmail)?.role).toBe('admin');
      }
    }
    for (const startup of data.startups) {
      expect(incubatorKeys).toContain(startup.incubatorKey);
      expect(emails.get(startup.founderEmail)?.role).toBe('founder');
    }
    expect(data.incubatorManagers).toHaveLength(data.incubators.length);
    for (const link of data.incubatorManagers) {
      expect(incubatorKeys).toContain(link.incubatorKey);
      expect(emails.get(link.userEmail)?.role).toBe('manager');
    }
  });

  it('uses only valid taxonomy codes', () => {
    expectCodes(
      'regions',
      data.parks.map((park) => park.region),
    );
    expectCodes(
      'incubatorKinds',
      data.incubators.map((incubator) => incubator.kind),
    );
    for (const mentor of data.mentors) {
      expectCodes('mentorCategories', [mentor.category]);
      expectCodes('sectors', mentor.sectors);
      expectCodes('stages', mentor.stages);
      expectCodes('topics', mentor.topics);
      expectCodes('languages', mentor.languages);
    }
    for (const startup of data.startups) {
      expectCodes('sectors', startup.sectors);
      expectCodes('stages', [startup.stage]);
      expectCodes('languages', startup.languages);
      expectCodes('marketDirections', [startup.marketDirection]);
      expectCodes('topics', startup.needs);
    }
  });

  it('uses valid time zones and country codes', () => {
    const zones = [
      ...data.users.map((user) => user.timeZone),
      ...data.mentors.map((mentor) => mentor.timeZone),
      ...data.startups.map((startup) => startup.timeZone),
    ];
    for (const zone of zones) {
      expect(isIanaTimeZone(zone)).toBe(true);
    }
    const countries = [
      ...data.parks.map((park) => park.country),
      ...data.incubators.map((incubator) => incubator.country),
      ...data.mentors.map((mentor) => mentor.country),
      ...data.startups.flatMap((startup) => startup.targetMarkets),
    ];
    for (const country of countries) {
      expect(country).toMatch(ISO2);
    }
  });

  it('gives parks and incubators Chinese names', () => {
    for (const row of [...data.parks, ...data.incubators]) {
      expect(row.nameZh).toMatch(CJK);
    }
    expect(data.parks.find((park) => park.torchNo === 1)?.nameZh).toBe('中关村科技园区');
    expect(
      data.parks
        .filter((park) => park.region === 'international')
        .map((park) => park.country)
        .sort(),
    ).toEqual(['DE', 'DE', 'GB']);
  });

  it('keeps mentor profiles within their limits and bilingual', () => {
    for (const mentor of data.mentors) {
      for (const text of [mentor.headlineEn, mentor.bioEn]) {
        expect(text.trim()).not.toBe('');
      }
      expect(mentor.headlineZh).toMatch(CJK);
      expect(mentor.bioZh).toMatch(CJK);
      expect(mentor.sectors.length).toBeGreaterThanOrEqual(1);
      expect(mentor.sectors.length).toBeLessThanOrEqual(3);
      expect(mentor.stages.length).toBeGreaterThanOrEqual(2);
      expect(mentor.stages.length).toBeLessThanOrEqual(4);
      expect(mentor.topics.length).toBeGreaterThanOrEqual(2);
      expect(mentor.topics.length).toBeLessThanOrEqual(5);
      expect(mentor.languages.length).toBeGreaterThanOrEqual(1);
      expect(mentor.conflicts.length).toBeLessThanOrEqual(2);
      expect(mentor.capacity).toBeGreaterThanOrEqual(1);
      expect(mentor.capacity).toBeLessThanOrEqual(5);
      expect(mentor.status === 'paused').toBe(mentor.pausedUntil !== null);
      if (mentor.pausedUntil !== null) {
        expect(mentor.pausedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(mentor.vetting === 'pending').toBe(mentor.vettedAt === null);
    }
  });

  it('has a realistic vetting and location mix', () => {
    const byVetting = (state: string) => data.mentors.filter((mentor) => mentor.vetting === state);
    expect(byVetting('rejected')).toHaveLength(2);
    expect(byVetting('pending')).toHaveLength(6);
    for (const mentor of byVetting('rejected')) {
      expect(mentor.vettingReason?.trim()).toBeTruthy();
    }
    for (const mentor of [...byVetting('approved'), ...byVetting('pending')]) {
      expect(mentor.vettingReason).toBeNull();
    }
    const share = (predicate: (country: string) => boolean) =>
      data.mentors.filter((mentor) => predicate(mentor.country)).length / data.mentors.length;
    const europe = new Set(['DE', 'GB', 'FR', 'NL', 'CH']);
    expect(share((country) => country === 'CN')).toBeGreaterThan(0.45);
    expect(share((country) => europe.has(country))).toBeGreaterThan(0.25);
    expect(data.mentors.some((mentor) => mentor.status === 'paused')).toBe(true);
  });

  it('keeps startups within their limits and bilingual', () => {
    for (const startup of data.startups) {
      expect(startup.nameEn.trim()).not.toBe('');
      expect(startup.pitchEn.trim()).not.toBe('');
      expect(startup.nameZh).toMatch(CJK);
      expect(startup.pitchZh).toMatch(CJK);
      expect(startup.sectors.length).toBeGreaterThanOrEqual(1);
      expect(startup.sectors.length).toBeLessThanOrEqual(2);
      expect(new Set(startup.sectors).size).toBe(startup.sectors.length);
      expect(startup.foundedYear).toBeGreaterThanOrEqual(2012);
      expect(startup.foundedYear).toBeLessThanOrEqual(2026);
      expect(startup.teamSize).toBeGreaterThanOrEqual(2);
      expect(startup.teamSize).toBeLessThanOrEqual(300);
      expect(startup.languages.length).toBeGreaterThanOrEqual(1);
      expect(startup.targetMarkets.length).toBeGreaterThanOrEqual(1);
      expect(startup.needs.length).toBeGreaterThanOrEqual(2);
      expect(startup.needs.length).toBeLessThanOrEqual(4);
      expect(new Set(startup.needs).size).toBe(startup.needs.length);
    }
    const directions = data.startups.map((startup) => startup.marketDirection);
    const count = (code: string) => directions.filter((direction) => direction === code).length;
    expect(count('china-to-europe')).toBeGreaterThan(count('domestic'));
    expect(count('europe-to-china')).toBeGreaterThan(0);
  });

  it('includes the well-known demo logins', () => {
    const user = (email: string) => data.users.find((candidate) => candidate.email === email);
    expect(user(DEMO_LOGINS.admin)?.role).toBe('admin');
    expect(user(DEMO_LOGINS.manager)).toMatchObject({ role: 'manager', displayName: 'Chen Jing 陈静' });

    expect(user(DEMO_LOGINS.founder)).toMatchObject({ role: 'founder', locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    const demoStartup = data.startups.find((startup) => startup.founderEmail === DEMO_LOGINS.founder);
    expect(demoStartup?.sectors).toContain('optoelectronics');
    const demoIncubator = data.incubators.find((incubator) => incubator.key === demoStartup?.incubatorKey);
    expect(demoIncubator?.city).toBe('Shenzhen');
    expect(demoIncubator?.park).toEqual({ torchNo: 36 });

    expect(user(DEMO_LOGINS.mentor)).toMatchObject({ role: 'mentor', locale: 'en', timeZone: 'Europe/Berlin' });
    expect(data.mentors.find((mentor) => mentor.userEmail === DEMO_LOGINS.mentor)).toMatchObject({
      vetting: 'approved',
      status: 'open',
      city: 'Berlin',
    });
  });
});
