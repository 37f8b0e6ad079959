import type { AuthResponse, CohortRunView, MentorshipRequestView, MentorshipView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from '../../database/seed/demo-seed';

describe('cohort matching', () => {
  let t: TestApp;
  let db: DataSource;
  let manager: string;
  let startupIds: string[];
  let mentorIds: string[];

  const login = async (email: string) =>
    (await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } })).body.accessToken;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await seedDemo(db);
    manager = await login('manager@torchbridge.dev');
    startupIds = ((await db.query(`SELECT id FROM startups ORDER BY name_en LIMIT 40`)) as { id: string }[]).map((r) => r.id);
    mentorIds = ((await db.query(`SELECT id FROM mentor_profiles WHERE vetting = 'approved' ORDER BY display_name LIMIT 15`)) as { id: string }[]).map((r) => r.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const create = <T = CohortRunView>(body: Record<string, unknown>) => call<T>(t.url, 'post', '/api/cohort-runs', { token: manager, body: { name: 'Spring cohort', startupIds, mentorIds, mode: 'optimal', ...body } });

  it('finds a proven-optimal assignment under capacities, with reasons for each pair', async () => {
    const run = await create({});
    expect(run.status).toBe(201);
    const { result } = run.body;
    expect(result.certified).toBe(true);
    expect(result.objective).toBe(result.optimalObjective);
    expect(result.objective).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
    expect(new Set(result.pairs.map((p) => p.startupId)).size).toBe(result.pairs.length);
    const free: { id: string; free: number }[] = await db.query(`SELECT id, capacity - active_mentees AS free FROM mentor_profiles WHERE id = ANY($1::uuid[])`, [mentorIds]);
    for (const { id, free: places } of free) {
      expect(result.pairs.filter((p) => p.mentorId === id).length).toBeLessThanOrEqual(places);
    }
    expect(result.pairs.every((p) => p.reasons.length > 0)).toBe(true);
    expect(result.pairs.length + result.unmatchedStartupIds.length).toBe(startupIds.length);
  });

  it('offers a stable mode with no blocking pair and reports the score it gives up', async () => {
    const run = await create({ mode: 'stable' });
    expect(run.body.result.blockingPairs).toBe(0);
    expect(run.body.result.objective).toBeLessThanOrEqual(run.body.result.optimalObjective);
  });

  it('keeps pinned pairs, drops forbidden ones, and explains pins that cannot hold', async () => {
    const first = (await create({})).body;
    const pair = first.result.pairs[0] as CohortRunView['result']['pairs'][number];
    const rerun = await call<CohortRunView>(t.url, 'put', `/api/cohort-runs/${first.id}`, {
      token: manager,
      body: { mode: 'optimal', forbids: [{ startupId: pair.startupId, mentorId: pair.mentorId }] },
    });
    expect(rerun.status).toBe(200);
    expect(rerun.body.result.pairs.some((p) => p.startupId === pair.startupId && p.mentorId === pair.mentorId)).toBe(false);
    expect(rerun.body.result.certified).toBe(true);

    const unmatched = rerun.body.result.unmatchedStartupIds[0];
    const other = first.result.pairs.find((p) => p.mentorId !== pair.mentorId);
    if (unmatched && other) {
      const pinned = await call<CohortRunView>(t.url, 'put', `/api/cohort-runs/${first.id}`, { token: manager, body: { mode: 'optimal', pins: [{ startupId: other.startupId, mentorId: other.mentorId }] } });
      expect(pinned.body.result.pairs.find((p) => p.startupId === other.startupId)).toMatchObject({ mentorId: other.mentorId, pinned: true });
    }
    const outside: ErrorReply = await call(t.url, 'put', `/api/cohort-runs/${first.id}`, {
      token: manager,
      body: { mode: 'optimal', pins: [{ startupId: '00000000-0000-4000-8000-000000000000', mentorId: pair.mentorId }] },
    });
    expect(outside.status).toBe(400);
    expect(outside.body.message).toBe('pins[0] names a startup or mentor outside this cohort');
  });

  it('refuses a pin on a pair that shares no language, naming the pin', async () => {
    const rows: { s: string; m: string }[] = await db.query(
      `SELECT s.id AS s, mp.id AS m FROM startups s, mentor_profiles mp
        WHERE s.id = ANY($1::uuid[]) AND mp.id = ANY($2::uuid[]) AND NOT (s.languages && mp.languages) LIMIT 1`,
      [startupIds, mentorIds],
    );
    const pair = rows[0];
    if (!pair) {
      throw new Error('demo data should hold a pair without a shared language');
    }
    const reply: ErrorReply = await create({ pins: [{ startupId: pair.s, mentorId: pair.m }] });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/^pins\[0\] cannot be kept: .+ because they share no language$/);
  });

  it('publishes a draft as requests the founder confirms and the mentor accepts', async () => {
    const run = (await create({ name: 'Publish me' })).body;
    const published = await call<CohortRunView>(t.url, 'post', `/api/cohort-runs/${run.id}/publish`, { token: manager });
    expect(published.body.status).toBe('published');
    expect((await call(t.url, 'post', `/api/cohort-runs/${run.id}/publish`, { token: manager })).status).toBe(409);
    expect((await call(t.url, 'put', `/api/cohort-runs/${run.id}`, { token: manager, body: { mode: 'stable' } })).status).toBe(409);

    const pair = run.result.pairs[0] as CohortRunView['result']['pairs'][number];
    const people: { founder: string; mentor: string }[] = await db.query(
      `SELECT f.email AS founder, mu.email AS mentor FROM startup_founders sf JOIN users f ON f.id = sf.user_id,
              mentor_profiles mp JOIN users mu ON mu.id = mp.user_id
        WHERE sf.startup_id = $1 AND mp.id = $2 LIMIT 1`,
      [pair.startupId, pair.mentorId],
    );
    const founder = await login((people[0] as { founder: string }).founder);
    const mentor = await login((people[0] as { mentor: string }).mentor);
    const sent = await call<MentorshipRequestView[]>(t.url, 'get', '/api/mentorship-requests', { token: founder });
    const proposal = sent.body.find((r) => r.cohortRunId === run.id) as MentorshipRequestView;
    expect(proposal).toMatchObject({ status: 'pending', founderConfirmed: false });
    const early: ErrorReply = await call(t.url, 'post', `/api/mentorship-requests/${proposal.id}/accept`, { token: mentor });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('The programme proposed this pair; the founder has not confirmed it yet');
    expect((await call(t.url, 'post', `/api/mentorship-requests/${proposal.id}/confirm`, { token: founder })).status).toBe(200);
    const accepted = await call<MentorshipView>(t.url, 'post', `/api/mentorship-requests/${proposal.id}/accept`, { token: mentor });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('active');
  });

  it("keeps runs to the manager's programme: another incubator's manager neither matches its startups nor sees its runs", async () => {
    const run = (await create({ name: 'Demo incubators only' })).body;
    const outsider = await registerUser(t.url, { role: 'founder' });
    await db.query(`UPDATE users SET role = 'manager' WHERE id = $1`, [outsider.user.id]);
    const other = (await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email: outsider.registration.email, password: outsider.registration.password } })).body.accessToken;

    const refused: ErrorReply = await call(t.url, 'post', '/api/cohort-runs', { token: other, body: { name: 'Not mine', startupIds, mentorIds, mode: 'optimal' } });
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([403, 'access.forbidden', [expect.objectContaining({ field: 'startupIds' })]]);
    expect((await call<CohortRunView[]>(t.url, 'get', '/api/cohort-runs', { token: other })).body).toEqual([]);
    for (const [method, path, body] of [['get', '', undefined], ['put', '', { mode: 'stable' }], ['post', '/publish', undefined]] as const) {
      const reply: ErrorReply = await call(t.url, method, `/api/cohort-runs/${run.id}${path}`, { token: other, body });
      expect([method, path, reply.status, reply.body.code]).toEqual([method, path, 404, 'cohort.not_found']);
    }
    // The programme's own manager still sees it, among their runs.
    expect((await call<CohortRunView[]>(t.url, 'get', '/api/cohort-runs', { token: manager })).body.map((r) => r.id)).toContain(run.id);
  });
});
