import type { AuthResponse, MatchWeights, RecommendationView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from '../../database/seed/demo-seed';

describe('recommendations and weights', () => {
  let t: TestApp;
  let founder: string;
  let manager: string;

  const login = async (email: string) =>
    (await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email, password: DEMO_PASSWORD } })).body.accessToken;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.app.get(DataSource));
    founder = await login('founder@demo.torchbridge.dev');
    manager = await login('manager@torchbridge.dev');
  });
  afterAll(async () => {
    await t.close();
  });

  it('recommends approved mentors with a free place and a shared language, best first, with reasons', async () => {
    const reply = await call<RecommendationView[]>(t.url, 'get', '/api/recommendations?limit=8', { token: founder });
    expect(reply.status).toBe(200);
    expect(reply.body).toHaveLength(8);
    const scores = reply.body.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of reply.body) {
      expect(r.mentor.vetting).toBe('approved');
      expect(r.mentor.freePlaces).toBeGreaterThan(0);
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.reasons.find((x) => x.code === 'language')?.params['languages']).toEqual(expect.arrayContaining([expect.any(String)]));
    }
  });

  it('tells a founder without a startup what to do, and keeps mentors out', async () => {
    const newcomer = await registerUser(t.url, { role: 'founder' });
    const reply: ErrorReply = await call(t.url, 'get', '/api/recommendations', { token: newcomer.accessToken });
    expect(reply.status).toBe(404);
    expect(reply.body.message).toBe('Create your startup profile to get recommendations');
    const mentor = await login('mentor@demo.torchbridge.dev');
    expect((await call(t.url, 'get', '/api/recommendations', { token: mentor })).status).toBe(403);
  });

  it('lets managers change the weights, which must add up to 100, and the ranking follows', async () => {
    const defaults = await call<MatchWeights>(t.url, 'get', '/api/programme/weights', { token: manager });
    expect(Object.values(defaults.body).reduce((a, b) => a + b, 0)).toBe(100);
    const bad: ErrorReply = await call(t.url, 'put', '/api/programme/weights', { token: manager, body: { ...defaults.body, sector: 90 } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^weights must add up to 100 points/);
    const negative: ErrorReply = await call(t.url, 'put', '/api/programme/weights', { token: manager, body: { ...defaults.body, load: -5 } });
    expect(negative.status).toBe(400);
    expect(negative.body.message).toContain('load must not be negative');

    const languageOnly = { sector: 0, stage: 0, needs: 0, language: 100, overlap: 0, market: 0, load: 0 };
    expect((await call(t.url, 'put', '/api/programme/weights', { token: manager, body: languageOnly })).status).toBe(200);
    const reply = await call<RecommendationView[]>(t.url, 'get', '/api/recommendations?limit=5', { token: founder });
    for (const r of reply.body) {
      expect(r.reasons.map((x) => x.code)).toEqual(['language']);
    }
    await call(t.url, 'put', '/api/programme/weights', { token: manager, body: defaults.body });
  });
});
