import type { AuthResponse, ImportReport, MentorCard, MentorDetail, Page, ParkView, StartupCard, StartupDetail } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from '../../database/seed/demo-seed';

async function demoLogin(t: TestApp, email: string): Promise<string> {
  const reply = await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } });
  expect(reply.status).toBe(200);
  return reply.body.accessToken;
}

const MENTOR_PROFILE = {
  category: 'investor',
  headlineEn: 'Hardware VC partner, Munich',
  headlineZh: '慕尼黑硬科技风投合伙人',
  bioEn: 'Backed twelve deep-tech startups entering the EU.',
  bioZh: '投资过十二家进入欧盟市场的硬科技初创企业。',
  sectors: ['semiconductors', 'optoelectronics'],
  stages: ['pilot-production', 'scaling'],
  topics: ['fundraising', 'market-entry-europe'],
  languages: ['de', 'en'],
  timeZone: 'Europe/Berlin',
  country: 'DE',
  city: 'Munich',
  capacity: 2,
  status: 'open',
  conflicts: ['Bavaria Deep Tech Fund II'],
  phone: '+49 89 1234567',
};

describe('directory: search, profiles, vetting, privacy, imports', () => {
  let t: TestApp;
  let founder: string;
  let manager: string;
  let mentorUser: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.app.get(DataSource));
    founder = await demoLogin(t, 'founder@demo.torchbridge.dev');
    manager = await demoLogin(t, 'manager@torchbridge.dev');
    mentorUser = await demoLogin(t, 'mentor@demo.torchbridge.dev');
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows founders only approved mentors who are open', async () => {
    const seen: MentorCard[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<MentorCard> = (await call<Page<MentorCard>>(t.url, 'get', `/api/mentors?limit=17${cursor ? `&cursor=${cursor}` : ''}`, { token: founder })).body;
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(30);
    expect(seen.every((m) => m.vetting === 'approved')).toBe(true);
    expect(seen.every((m) => m.status === 'open' || (m.pausedUntil ?? '') < new Date().toISOString().slice(0, 10))).toBe(true);
    // Keyset pages neither repeat nor skip, and follow the name order.
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    const names = seen.map((m) => m.displayName.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const all = await call<Page<MentorCard>>(t.url, 'get', '/api/mentors?limit=50&vetting=pending', { token: manager });
    expect(all.body.items.length).toBeGreaterThan(0);
    expect(all.body.items.every((m) => m.vetting === 'pending')).toBe(true);
  });

  it('finds mentors by Chinese and English substrings and by filters', async () => {
    const zh = await call<Page<MentorCard>>(t.url, 'get', `/api/mentors?q=${encodeURIComponent('半导')}&limit=50`, { token: founder });
    expect(zh.status).toBe(200);
    expect(zh.body.items.length).toBeGreaterThan(0);
    const filtered = await call<Page<MentorCard>>(t.url, 'get', '/api/mentors?language=de&country=DE&limit=50', { token: founder });
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(filtered.body.items.every((m) => m.languages.includes('de') && m.country === 'DE')).toBe(true);
    const available = await call<Page<MentorCard>>(t.url, 'get', '/api/mentors?available=true&sector=ai,software&limit=50', { token: founder });
    expect(available.body.items.every((m) => m.freePlaces > 0 && m.sectors.some((s) => s === 'ai' || s === 'software'))).toBe(true);
    const literal = await call<Page<MentorCard>>(t.url, 'get', `/api/mentors?q=${encodeURIComponent('%')}`, { token: founder });
    expect(literal.body.items).toEqual([]);
  });

  /** Every page of a mentor search, in the order the API gives them. */
  async function allMentors(query: string): Promise<MentorCard[]> {
    const seen: MentorCard[] = [];
    let cursor: string | null = null;
    do {
      const reply: { status: number; body: Page<MentorCard> } = await call<Page<MentorCard>>(t.url, 'get', `/api/mentors?${query}&limit=7${cursor ? `&cursor=${cursor}` : ''}`, { token: founder });
      expect(reply.status).toBe(200);
      seen.push(...reply.body.items);
      cursor = reply.body.nextCursor;
    } while (cursor);
    return seen;
  }

  it('finds every mentor of a sector by its label in Chinese, English or a synonym', async () => {
    const ai = (await allMentors('sector=ai')).map((m) => m.id).sort();
    expect(ai.length).toBeGreaterThan(5);
    for (const q of ['人工智能', 'artificial intelligence', 'KI', 'machine learning']) {
      const found = (await allMentors(`q=${encodeURIComponent(q)}`)).map((m) => m.id);
      expect({ q, missing: ai.filter((id) => !found.includes(id)) }).toEqual({ q, missing: [] });
    }
    const medical = (await allMentors('sector=medical-devices')).map((m) => m.id).sort();
    const found = (await allMentors(`q=${encodeURIComponent('医疗')}`)).map((m) => m.id);
    expect(medical.filter((id) => !found.includes(id))).toEqual([]);
    // The startup directory reads the same labels.
    const startups = await call<Page<StartupCard>>(t.url, 'get', `/api/startups?q=${encodeURIComponent('人工智能')}&limit=50`, { token: mentorUser });
    expect(startups.body.items.length).toBeGreaterThan(0);
    expect(startups.body.items.every((s) => s.sectors.includes('ai') || `${s.nameEn} ${s.nameZh}`.includes('人工智能'))).toBe(true);
  });

  it('ranks name and tag hits above bio text, and keeps a single character out of longer bio words', async () => {
    const named = await allMentors(`q=${encodeURIComponent('林')}`);
    expect(named.length).toBeGreaterThan(0);
    // 林 inside 柏林 (Berlin) in a bio is not a match while mentors are named 林.
    expect(named.filter((m) => !`${m.displayName} ${m.headlineZh} ${m.city}`.includes('林'))).toEqual([]);
    // Paging by relevance neither repeats nor skips: names first, then the sector's mentors, then headlines and bios.
    const byRelevance = await allMentors(`q=${encodeURIComponent('ai')}`);
    expect(new Set(byRelevance.map((m) => m.id)).size).toBe(byRelevance.length);
    const ranks = byRelevance.map((m) => (m.displayName.toLowerCase().includes('ai') ? 0 : m.sectors.includes('ai') ? 1 : 2));
    expect(ranks).toEqual([...ranks].sort());
    expect(ranks.filter((r) => r === 1).length).toBeGreaterThan(5);
    const bad: ErrorReply = await call(t.url, 'get', `/api/mentors?q=ai&cursor=${Buffer.from(JSON.stringify(['x', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`, { token: founder });
    expect([bad.status, bad.body.code]).toEqual([400, 'cursor.invalid']);
  });

  it('answers 400 naming the field for unknown codes, bad sorts and bad cursors', async () => {
    const cases: [string, string][] = [
      ['/api/mentors?sector=quantum-vibes', 'sector has unknown sectors code(s): quantum-vibes'],
      ['/api/mentors?sort=random()', 'sort must be one of: name, newest, free-places'],
      ['/api/mentors?cursor=abc', 'cursor is not valid'],
      [`/api/mentors?cursor=${Buffer.from(JSON.stringify(['a', 'nope'])).toString('base64url')}`, 'cursor is not valid'],
      [`/api/mentors?sort=free-places&cursor=${Buffer.from(JSON.stringify(['x', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`, 'cursor is not valid'],
      ['/api/startups?region=mars', 'region has unknown regions code(s): mars'],
    ];
    for (const [path, message] of cases) {
      const reply: ErrorReply = await call(t.url, 'get', path, { token: manager });
      expect({ path, status: reply.status }).toEqual({ path, status: 400 });
      expect(reply.body.message).toContain(message);
    }
  });

  it('lets a mentor create a profile that waits for vetting, and a manager approve it', async () => {
    const mentor = await registerUser(t.url, { role: 'mentor', displayName: 'Julia Hoffmann' });
    const bad: ErrorReply = await call(t.url, 'put', '/api/me/mentor-profile', {
      token: mentor.accessToken,
      body: { ...MENTOR_PROFILE, capacity: -1, timeZone: 'Berlin', sectors: ['semiconductors', 'warp-drives'] },
    });
    expect(bad.status).toBe(400);
    expect((bad.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['capacity', 'sectors', 'timeZone']);
    expect((await call(t.url, 'get', '/api/me/mentor-profile', { token: mentor.accessToken })).status).toBe(404);
    const impossible: ErrorReply = await call(t.url, 'put', '/api/me/mentor-profile', {
      token: mentor.accessToken,
      body: { ...MENTOR_PROFILE, status: 'paused', pausedUntil: '2027-13-45' },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.message).toBe('pausedUntil must be a real calendar date (YYYY-MM-DD)');

    const created = await call<MentorDetail>(t.url, 'put', '/api/me/mentor-profile', { token: mentor.accessToken, body: MENTOR_PROFILE });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ displayName: 'Julia Hoffmann', vetting: 'pending', freePlaces: 2, contact: { phone: '+49 89 1234567' } });

    const hidden: ErrorReply = await call(t.url, 'get', `/api/mentors/${created.body.id}`, { token: founder });
    expect(hidden.status).toBe(404);
    const rejectWithoutReason: ErrorReply = await call(t.url, 'post', `/api/mentors/${created.body.id}/vetting`, { token: manager, body: { decision: 'rejected' } });
    expect(rejectWithoutReason.status).toBe(400);
    expect(rejectWithoutReason.body.message).toContain('reason is required when rejecting');
    const approved = await call<MentorDetail>(t.url, 'post', `/api/mentors/${created.body.id}/vetting`, { token: manager, body: { decision: 'approved' } });
    expect(approved.body.vetting).toBe('approved');

    const seenByFounder = await call<MentorDetail>(t.url, 'get', `/api/mentors/${created.body.id}`, { token: founder });
    expect(seenByFounder.status).toBe(200);
    expect(seenByFounder.body.contact).toBeUndefined();
    expect(seenByFounder.body.conflicts).toEqual([]);
    const seenByManager = await call<MentorDetail>(t.url, 'get', `/api/mentors/${created.body.id}`, { token: manager });
    expect(seenByManager.body.contact?.email).toBe(mentor.registration.email);
    // The new name is searchable at once.
    const found = await call<Page<MentorCard>>(t.url, 'get', '/api/mentors?q=hoffmann', { token: founder });
    expect(found.body.items.map((m) => m.id)).toContain(created.body.id);
  });

  it('keeps roles apart: founders cannot vet, list startups or write a mentor profile', async () => {
    expect((await call(t.url, 'post', '/api/mentors/00000000-0000-4000-8000-000000000000/vetting', { token: founder, body: { decision: 'approved' } })).status).toBe(403);
    expect((await call(t.url, 'get', '/api/startups', { token: founder })).status).toBe(403);
    expect((await call(t.url, 'put', '/api/me/mentor-profile', { token: founder, body: MENTOR_PROFILE })).status).toBe(403);
    expect((await call(t.url, 'get', '/api/mentors/not-a-uuid', { token: founder })).status).toBe(400);
  });

  it('lets a founder create their startup, checking the incubator belongs to the park', async () => {
    const parks = (await call<(ParkView & { incubatorCount: number })[]>(t.url, 'get', '/api/parks', { token: founder })).body;
    const withIncubator = parks.filter((p) => p.incubatorCount > 0);
    const [parkA, parkB] = withIncubator as unknown as [ParkView, ParkView];
    const incubators = (await call<{ id: string }[]>(t.url, 'get', `/api/incubators?parkId=${parkA.id}`, { token: founder })).body;
    const incubatorId = (incubators[0] as { id: string }).id;
    const me = await registerUser(t.url, { role: 'founder' });
    const profile = {
      nameEn: 'Hefei Quantum Sensing',
      nameZh: '合肥量子传感',
      incubatorId,
      sectors: ['optoelectronics'],
      stage: 'prototype',
      foundedYear: 2024,
      teamSize: 9,
      languages: ['zh', 'en'],
      timeZone: 'Asia/Shanghai',
      marketDirection: 'china-to-europe',
      targetMarkets: ['DE', 'NL'],
      needs: ['certification', 'market-entry-europe'],
      pitchEn: 'Quantum magnetometers for battery inspection.',
      pitchZh: '用于电池检测的量子磁力计。',
      highTechEnterprise: false,
    };
    const wrongPark: ErrorReply = await call(t.url, 'put', '/api/me/startup', { token: me.accessToken, body: { ...profile, parkId: parkB.id } });
    expect(wrongPark.status).toBe(400);
    expect(wrongPark.body.message).toBe('incubatorId belongs to another science park than parkId');
    expect((await call(t.url, 'get', '/api/me/startup', { token: me.accessToken })).status).toBe(404);

    const created = await call<StartupDetail>(t.url, 'put', '/api/me/startup', { token: me.accessToken, body: { ...profile, parkId: parkA.id } });
    expect(created.status).toBe(200);
    expect(created.body.founders[0]?.contact?.email).toBe(me.registration.email);
    const updated = await call<StartupDetail>(t.url, 'put', '/api/me/startup', { token: me.accessToken, body: { ...profile, stage: 'pilot-production' } });
    expect(updated.body).toMatchObject({ id: created.body.id, stage: 'pilot-production' });

    const byMentor = await call<StartupDetail>(t.url, 'get', `/api/startups/${created.body.id}`, { token: mentorUser });
    expect(byMentor.body.founders[0]?.contact).toBeUndefined();
    const search = await call<Page<StartupCard>>(t.url, 'get', `/api/startups?q=${encodeURIComponent('量子')}&stage=pilot-production`, { token: mentorUser });
    expect(search.body.items.map((s) => s.id)).toContain(created.body.id);

    const other = await registerUser(t.url, { role: 'founder' });
    const clash: ErrorReply = await call(t.url, 'put', '/api/me/startup', { token: other.accessToken, body: { ...profile, nameEn: 'HEFEI quantum sensing' } });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toContain('nameEn');
  });

  it('lets managers add a hub outside China and an incubator in it', async () => {
    const hub = await call<ParkView>(t.url, 'post', '/api/parks', { token: manager, body: { nameEn: 'Paris Saclay', nameZh: '巴黎萨克雷', city: 'Paris', country: 'FR', region: 'international' } });
    expect(hub.status).toBe(201);
    const bad: ErrorReply = await call(t.url, 'post', '/api/incubators', {
      token: manager,
      body: { nameEn: 'X', nameZh: 'X', parkId: '00000000-0000-4000-8000-000000000000', kind: 'private', city: 'Paris', country: 'FR' },
    });
    expect(bad.status).toBe(400);
    const incubator = await call(t.url, 'post', '/api/incubators', {
      token: manager,
      body: { nameEn: 'Station F Sino-French Desk', nameZh: 'F站中法创新中心', parkId: hub.body.id, kind: 'international', city: 'Paris', country: 'FR' },
    });
    expect(incubator.status).toBe(201);
    expect((await call(t.url, 'post', '/api/parks', { token: founder, body: {} })).status).toBe(403);

    const managerId = ((await call<{ id: string }>(t.url, 'get', '/api/me', { token: manager })).body).id;
    const appointed = await call<{ managers: { displayName: string }[] }>(t.url, 'post', `/api/incubators/${(incubator.body as { id: string }).id}/managers`, {
      token: manager,
      body: { userId: managerId },
    });
    expect(appointed.body.managers.map((m) => m.displayName)).toEqual(['Chen Jing 陈静']);
    const founderId = ((await call<{ id: string }>(t.url, 'get', '/api/me', { token: founder })).body).id;
    const notStaff: ErrorReply = await call(t.url, 'post', `/api/incubators/${(incubator.body as { id: string }).id}/managers`, { token: manager, body: { userId: founderId } });
    expect(notStaff.status).toBe(400);
    expect(notStaff.body.message).toBe('userId must name a community manager account');
  });

  it("keeps a manager to the incubators they run: appointments and startup imports elsewhere are refused", async () => {
    const park = (await call<ParkView>(t.url, 'post', '/api/parks', { token: manager, body: { nameEn: 'Lyon Biodistrict', city: 'Lyon', country: 'FR', region: 'international' } })).body;
    const outsider = await registerUser(t.url, { role: 'founder' });
    await t.app.get(DataSource).query(`UPDATE users SET role = 'manager' WHERE id = $1`, [outsider.user.id]);
    const other = (await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email: outsider.registration.email, password: outsider.registration.password } })).body.accessToken;
    const created = await call<{ id: string; managers: { userId: string }[] }>(t.url, 'post', '/api/incubators', {
      token: other,
      body: { nameEn: 'Lyon Sino-French Lab', nameZh: '里昂中法实验室', parkId: park.id, kind: 'international', city: 'Lyon', country: 'FR' },
    });
    // Whoever adds an incubator runs it.
    expect(created.body.managers.map((m) => m.userId)).toEqual([outsider.user.id]);
    const demoIncubator = ((await call<{ id: string; nameEn: string }[]>(t.url, 'get', '/api/incubators', { token: manager })).body).find((i) => i.nameEn !== 'Lyon Sino-French Lab') as { id: string; nameEn: string };
    const selfAppointed: ErrorReply = await call(t.url, 'post', `/api/incubators/${demoIncubator.id}/managers`, { token: other, body: { userId: outsider.user.id } });
    expect([selfAppointed.status, selfAppointed.body.code]).toEqual([403, 'access.forbidden']);
    expect((await call(t.url, 'post', `/api/incubators/${created.body.id}/managers`, { token: manager, body: { userId: outsider.user.id } })).status).toBe(403);

    const csv = [
      'nameEn,nameZh,incubator,sectors,stage,foundedYear,teamSize,languages,timeZone,marketDirection,needs,pitchEn,pitchZh',
      `Rhone Optics,罗纳光学,Lyon Sino-French Lab,optoelectronics,prototype,2023,4,zh;fr,Europe/Paris,china-to-europe,certification,Lenses.,镜头。`,
      `Saone Sensors,索恩传感,${demoIncubator.nameEn},optoelectronics,prototype,2023,4,zh;fr,Europe/Paris,china-to-europe,certification,Sensors.,传感器。`,
    ].join('\n');
    const preview = await call<ImportReport>(t.url, 'post', '/api/imports', { token: other, body: { kind: 'startups', csv } });
    expect(preview.body).toMatchObject({ totalRows: 2, goodRows: 1 });
    expect(preview.body.errors).toEqual([{ line: 3, field: 'incubator', message: `incubator "${demoIncubator.nameEn}" is not one you manage` }]);
  });

  it('imports mentors from CSV: a report per row, nothing written until confirmed, then only good rows', async () => {
    const header = 'email,displayName,category,headlineEn,headlineZh,bioEn,bioZh,sectors,stages,topics,languages,timeZone,country,city,capacity';
    const csv = [
      header,
      'anna.schmidt@import.test,Anna Schmidt,executive,Ex-Bosch plant manager,前博世工厂经理,Scaled two EV lines.,主导过两条电动车产线的量产。,nev;smart-manufacturing,pilot-production;scaling,manufacturing-quality,de;en,Europe/Berlin,DE,Stuttgart,3',
      'bad.row@import.test,Bad Row,wizard,Head,头衔,Bio,简介,ai,idea,pitching,en,Mars/Base,DE,Berlin,-2',
      '"liu.yang@import.test","Liu Yang 刘洋",technopreneur,"Founder, sold to Xiaomi",创业者，公司被小米收购,Built IoT modules.,做过物联网模组。,ai;communication-equipment,prototype,fundraising;pitching,zh;en,Asia/Shanghai,CN,Shenzhen,2',
      'anna.schmidt@import.test,Anna Again,executive,H,头,B,简,nev,scaling,esg,de,Europe/Berlin,DE,Berlin,1',
    ].join('\n');
    const preview = await call<ImportReport>(t.url, 'post', '/api/imports', { token: manager, body: { kind: 'mentors', csv, fileName: 'mentors.csv' } });
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ status: 'pending', totalRows: 4, goodRows: 2, written: null });
    const errorFields = preview.body.errors.map((e) => `${e.line}:${e.field}`).sort();
    expect(errorFields).toEqual(['3:capacity', '3:category', '3:timeZone', '5:email']);
    const before = await call<Page<MentorCard>>(t.url, 'get', '/api/mentors?q=anna schmidt&vetting=pending', { token: manager });
    expect(before.body.items).toEqual([]);

    const confirms = await Promise.all([0, 1].map(() => call<ImportReport>(t.url, 'post', `/api/imports/${preview.body.id}/confirm`, { token: manager })));
    expect(confirms.map((c) => c.status).sort()).toEqual([200, 409]);
    const imported = await call<Page<MentorCard>>(t.url, 'get', `/api/mentors?vetting=pending&q=${encodeURIComponent('刘洋')}`, { token: manager });
    expect(imported.body.items).toHaveLength(1);
    const again = await call<ImportReport>(t.url, 'post', '/api/imports', { token: manager, body: { kind: 'mentors', csv } });
    expect(again.body.goodRows).toBe(0);
    expect(again.body.errors).toContainEqual({ line: 2, field: 'email', message: 'email already exists in the directory' });
  });

  it('rejects a CSV without the required columns or with a broken quote', async () => {
    const missing: ErrorReply = await call(t.url, 'post', '/api/imports', { token: manager, body: { kind: 'startups', csv: 'nameEn,nameZh\nA,甲' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('csv is missing column(s): incubator, sectors');
    const broken: ErrorReply = await call(t.url, 'post', '/api/imports', { token: manager, body: { kind: 'mentors', csv: 'email\n"open' } });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('csv line 2: a quoted field is not closed');
  });
});
