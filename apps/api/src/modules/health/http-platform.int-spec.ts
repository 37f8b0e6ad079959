import type { HealthResponse, ParkView } from '@torchbridge/contracts';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';

describe('HTTP platform: health, error bodies, limits, docs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database up and Redis disabled in single-node mode', async () => {
    const reply = await call<HealthResponse>(t.url, 'get', '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'ok', mode: 'single-node', database: { status: 'up' }, redis: { status: 'disabled' } });
  });

  it('answers 413 with the error shape for an oversized body', async () => {
    const reply: ErrorReply = await call(t.url, 'post', '/api/auth/login', {
      body: { email: 'a@example.test', password: 'x'.repeat(400_000) },
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toEqual({ statusCode: 413, error: 'Payload Too Large', code: 'request.too_large', message: 'Request body is too large' });
  });

  it('answers 400 for malformed JSON without a stack trace', async () => {
    const reply: ErrorReply = await call(t.url, 'post', '/api/auth/login', { raw: '{"email": ' });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ statusCode: 400, error: 'Bad Request', code: 'request.malformed_json', message: 'Request body is not valid JSON' });
    expect(JSON.stringify(reply.body)).not.toMatch(/at \w+ \(/);
  });

  it('answers 404 in the same shape for unknown API routes', async () => {
    const reply: ErrorReply = await call(t.url, 'get', '/api/nowhere');
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('echoes no framework banner and sets security headers', async () => {
    const reply = await call(t.url, 'get', '/api/health');
    expect(reply.headers.get('x-powered-by')).toBeNull();
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves taxonomies publicly with both languages', async () => {
    const reply = await call<{ sectors: { code: string; label: { en: string; zh: string } }[] }>(t.url, 'get', '/api/taxonomies');
    expect(reply.status).toBe(200);
    expect(reply.body.sectors).toContainEqual({ code: 'semiconductors', label: { en: 'Semiconductors & IC', zh: '半导体与集成电路' } });
  });

  it('lists parks to signed-in people only', async () => {
    expect((await call(t.url, 'get', '/api/parks')).status).toBe(401);
    const user = await registerUser(t.url);
    const reply = await call<ParkView[]>(t.url, 'get', '/api/parks', { token: user.accessToken });
    expect(reply.status).toBe(200);
    expect(Array.isArray(reply.body)).toBe(true);
  });
});
