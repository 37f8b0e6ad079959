import { SignJWT } from 'jose';
import { call, ErrorReply, registerUser } from '../../../test/http';
import { listRoutes, RouteInfo } from '../../../test/routes';
import { startTestApp, TestApp } from '../../../test/test-app';

describe('access: default deny, token checks, every route declared and documented', () => {
  let t: TestApp;
  let routes: RouteInfo[];

  beforeAll(async () => {
    t = await startTestApp();
    routes = listRoutes(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the application routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(routes).toContainEqual(expect.objectContaining({ method: 'get', path: '/api/me' }));
  });

  it('every route is either @Public() or declares its roles', () => {
    const undeclared = routes.filter((r) => !r.isPublic && !(r.roles && r.roles.length > 0));
    expect(undeclared).toEqual([]);
  });

  it('every protected route answers 401 without a token, with the one error shape', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const path = route.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const reply: ErrorReply = await call(t.url, route.method, path, route.method === 'get' ? {} : { body: {} });
      expect({ route: `${route.method} ${route.path}`, status: reply.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
      expect(Object.keys(reply.body).sort()).toEqual(['code', 'error', 'message', 'statusCode']);
      expect(reply.body.code).toBe('auth.unauthenticated');
    }
  });

  it('documents every route in the OpenAPI document', async () => {
    const doc = await call<{ paths: Record<string, Record<string, unknown>> }>(t.url, 'get', '/api/docs-json');
    expect(doc.status).toBe(200);
    const documented = new Set(
      Object.entries(doc.body.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path.replace(/\{(\w+)\}/g, ':$1')}`)),
    );
    const missing = routes.map((r) => `${r.method} ${r.path}`).filter((r) => !documented.has(r));
    expect(missing).toEqual([]);
  });

  it('rejects tokens signed with another key, with alg none, or for another audience', async () => {
    const user = await registerUser(t.url);
    const [header, payload] = user.accessToken.split('.') as [string, string];
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const otherKey = await new SignJWT({ role: 'admin', sid: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.user.id)
      .setIssuer(t.config.JWT_ISSUER)
      .setAudience(t.config.JWT_AUDIENCE)
      .setExpirationTime('5m')
      .setIssuedAt()
      .sign(new TextEncoder().encode('x'.repeat(40)));
    const wrongAudience = await new SignJWT({ role: 'founder', sid: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.user.id)
      .setIssuer(t.config.JWT_ISSUER)
      .setAudience('someone-else')
      .setExpirationTime('5m')
      .setIssuedAt()
      .sign(new TextEncoder().encode(t.config.JWT_SECRET));
    const expired = await new SignJWT({ role: 'founder', sid: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.user.id)
      .setIssuer(t.config.JWT_ISSUER)
      .setAudience(t.config.JWT_AUDIENCE)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(t.config.JWT_SECRET));
    for (const token of [none, otherKey, wrongAudience, `${header}.${payload}.tampered`]) {
      const reply: ErrorReply = await call(t.url, 'get', '/api/me', { token });
      expect(reply.status).toBe(401);
    }
    const late: ErrorReply = await call(t.url, 'get', '/api/me', { token: expired });
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ code: 'auth.unauthenticated', message: 'Access token has expired' });
  });

  it('answers 403 with the roles a route needs when the caller has another role', async () => {
    const founder = await registerUser(t.url, { role: 'founder' });
    const route = routes.find((r) => !r.isPublic && r.method === 'get' && !r.path.includes(':') && !r.roles?.includes('founder'));
    if (!route?.roles) {
      throw new Error('expected a GET route closed to founders');
    }
    const reply: ErrorReply = await call(t.url, route.method, route.path, { token: founder.accessToken });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'access.role_required', params: { roles: route.roles.join(', ') } });
  });
});
