import {
  DEFAULT_WORKING_HOURS,
  type AuthResponse,
  type UserView,
} from '@torchbridge/contracts';
import { ApiError } from './api-error';
import {
  createApiClient,
  type ApiClientOptions,
  type FetchLike,
} from './api-client';

interface Call {
  url: string;
  init: RequestInit;
}

function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

const user: UserView = {
  id: 'u1',
  email: 'li.wei@example.cn',
  displayName: 'Li Wei',
  role: 'founder',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  workingHours: DEFAULT_WORKING_HOURS,
  createdAt: '2026-03-29T12:00:00.000Z',
};

function auth(accessToken: string): AuthResponse {
  return { accessToken, expiresIn: 900, user };
}

type Handler = (call: Call) => Response | Promise<Response>;

/** A fetch double that answers from a queue of handlers per "METHOD path" and records every call. */
function fakeFetch(routes: Record<string, Handler[]>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = { url, init };
    calls.push(call);
    const key = `${init.method ?? 'GET'} ${url}`;
    const handler = routes[key]?.shift();
    if (!handler) {
      throw new Error(`unexpected request ${key}`);
    }
    return handler(call);
  };
  return { fetch, calls };
}

function header(call: Call | undefined, name: string): string | undefined {
  const headers = (call?.init.headers ?? {}) as Record<string, string>;
  return headers[name];
}

function setup(
  routes: Record<string, Handler[]>,
  initialToken: string | null = 'old-token',
) {
  const { fetch, calls } = fakeFetch(routes);
  let token = initialToken;
  const onAccessToken = jest.fn((next: AuthResponse) => {
    token = next.accessToken;
  });
  const onSignedOut = jest.fn(() => {
    token = null;
  });
  const options: ApiClientOptions = {
    baseUrl: '/api/',
    fetch,
    getAccessToken: () => token,
    onAccessToken,
    onSignedOut,
  };
  return {
    api: createApiClient(options),
    calls,
    onAccessToken,
    onSignedOut,
    token: () => token,
  };
}

describe('createApiClient', () => {
  it('sends credentials, JSON and the bearer token, and returns the parsed body', async () => {
    const { api, calls } = setup({ 'GET /api/me': [() => json(200, user)] });

    await expect(api.me()).resolves.toEqual(user);

    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.credentials).toBe('include');
    expect(header(calls[0], 'Authorization')).toBe('Bearer old-token');
  });

  it('serialises the body of a PATCH', async () => {
    const { api, calls } = setup({
      'PATCH /api/me': [() => json(200, { ...user, locale: 'en' })],
    });

    const updated = await api.updateMe({ locale: 'en' });

    expect(updated.locale).toBe('en');
    expect(calls[0]?.init.body).toBe(JSON.stringify({ locale: 'en' }));
    expect(header(calls[0], 'Content-Type')).toBe('application/json');
  });

  it('reports a new session from login without sending a bearer token', async () => {
    const { api, calls, onAccessToken } = setup(
      { 'POST /api/auth/login': [() => json(200, auth('fresh'))] },
      null,
    );

    const result = await api.login({
      email: user.email,
      password: 'correct horse battery',
    });

    expect(result.user.displayName).toBe('Li Wei');
    expect(onAccessToken).toHaveBeenCalledWith(auth('fresh'));
    expect(header(calls[0], 'Authorization')).toBeUndefined();
    expect(calls[0]?.init.credentials).toBe('include');
  });

  it('throws an ApiError with status, message and field details for a 400', async () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: [
        {
          field: 'timeZone',
          messages: [
            'timeZone must be an IANA time zone such as Asia/Shanghai or Europe/Berlin',
          ],
        },
      ],
    };
    const { api } = setup({ 'PATCH /api/me': [() => json(400, body)] });

    const error = await api
      .updateMe({ timeZone: 'Mars/Olympus' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('Validation failed');
    expect(apiError.details).toEqual(body.details);
    expect(apiError.messagesFor('timeZone')).toHaveLength(1);
  });

  it('does not retry a 401 from login and keeps the server message', async () => {
    const { api, calls, onSignedOut } = setup({
      'POST /api/auth/login': [
        () =>
          json(401, {
            statusCode: 401,
            error: 'Unauthorized',
            message: 'Email or password is incorrect',
          }),
      ],
    });

    await expect(
      api.login({ email: user.email, password: 'wrong password' }),
    ).rejects.toMatchObject({
      status: 401,
      message: 'Email or password is incorrect',
    });
    expect(calls).toHaveLength(1);
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('reads Retry-After on a 429', async () => {
    const { api } = setup({
      'POST /api/auth/login': [
        () =>
          json(
            429,
            {
              statusCode: 429,
              error: 'Too Many Requests',
              message: 'Slow down',
            },
            { 'retry-after': '42' },
          ),
      ],
    });

    await expect(
      api.login({ email: user.email, password: 'whatever123' }),
    ).rejects.toMatchObject({ status: 429, retryAfterSeconds: 42 });
  });

  it('turns a failed fetch into a network ApiError', async () => {
    const { api } = setup({
      'GET /api/health': [
        () => Promise.reject(new TypeError('Failed to fetch')),
      ],
    });

    const error = (await api.health().catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.isNetworkError).toBe(true);
  });

  it('keeps a non-JSON error body readable', async () => {
    const { api } = setup({
      'GET /api/health': [
        () =>
          new Response('Bad gateway', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'content-type': 'text/plain' },
          }),
      ],
    });

    await expect(api.health()).rejects.toMatchObject({
      status: 502,
      message: 'Bad Gateway',
      body: 'Bad gateway',
    });
  });

  it('refreshes once after a 401 and retries with the new token', async () => {
    const unauthorized = () =>
      json(401, {
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Access token expired',
      });
    const { api, calls, onAccessToken } = setup({
      'GET /api/parks': [unauthorized, () => json(200, [])],
      'POST /api/auth/refresh': [() => json(200, auth('new-token'))],
    });

    await expect(api.parks()).resolves.toEqual([]);

    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'GET /api/parks',
      'POST /api/auth/refresh',
      'GET /api/parks',
    ]);
    expect(header(calls[2], 'Authorization')).toBe('Bearer new-token');
    expect(header(calls[1], 'Authorization')).toBeUndefined();
    expect(calls[1]?.init.credentials).toBe('include');
    expect(onAccessToken).toHaveBeenCalledWith(auth('new-token'));
  });

  it('retries only once: a second 401 is thrown', async () => {
    const unauthorized = () =>
      json(401, { statusCode: 401, error: 'Unauthorized', message: 'nope' });
    const { api, calls } = setup({
      'GET /api/me': [unauthorized, unauthorized],
      'POST /api/auth/refresh': [() => json(200, auth('new-token'))],
    });

    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(3);
  });

  it('shares one refresh between concurrent 401s', async () => {
    const unauthorized = () =>
      json(401, { statusCode: 401, error: 'Unauthorized', message: 'expired' });
    let releaseRefresh: () => void = () => undefined;
    const refreshGate = new Promise<void>((resolve) => {
      releaseRefresh = resolve;
    });
    const { api, calls } = setup({
      'GET /api/me': [unauthorized, () => json(200, user)],
      'GET /api/parks': [unauthorized, () => json(200, [])],
      'POST /api/auth/refresh': [
        async () => {
          await refreshGate;
          return json(200, auth('new-token'));
        },
      ],
    });

    const both = Promise.all([api.me(), api.parks()]);
    // Let both first attempts fail before the single refresh answers.
    await new Promise((resolve) => setTimeout(resolve, 0));
    releaseRefresh();

    await expect(both).resolves.toEqual([user, []]);
    expect(calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
    expect(
      calls
        .filter((c) => c.url !== '/api/auth/refresh')
        .map((c) => header(c, 'Authorization')),
    ).toEqual([
      'Bearer old-token',
      'Bearer old-token',
      'Bearer new-token',
      'Bearer new-token',
    ]);
  });

  it('deduplicates explicit refresh calls (e.g. a double mount on start-up)', async () => {
    const { api, calls } = setup(
      { 'POST /api/auth/refresh': [() => json(200, auth('new-token'))] },
      null,
    );

    const [a, b] = await Promise.all([api.refresh(), api.refresh()]);

    expect(a.accessToken).toBe('new-token');
    expect(b.accessToken).toBe('new-token');
    expect(calls).toHaveLength(1);
  });

  it('signs out and rethrows the original 401 when the silent refresh is refused', async () => {
    const { api, calls, onSignedOut } = setup({
      'GET /api/me': [
        () =>
          json(401, {
            statusCode: 401,
            error: 'Unauthorized',
            message: 'Access token expired',
          }),
      ],
      'POST /api/auth/refresh': [
        () =>
          json(401, {
            statusCode: 401,
            error: 'Unauthorized',
            message: 'Refresh token revoked',
          }),
      ],
    });

    await expect(api.me()).rejects.toMatchObject({
      status: 401,
      message: 'Access token expired',
    });
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(2);
  });

  it('does not sign out when the refresh fails for a network reason', async () => {
    const { api, onSignedOut } = setup({
      'POST /api/auth/refresh': [
        () => Promise.reject(new TypeError('offline')),
      ],
    });

    await expect(api.refresh()).rejects.toMatchObject({ status: 0 });
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('logs out with the bearer token, treats 204 as empty and signs out locally', async () => {
    const { api, calls, onSignedOut, token } = setup({
      'POST /api/auth/logout': [() => new Response(null, { status: 204 })],
    });

    await expect(api.logout()).resolves.toBeUndefined();

    expect(header(calls[0], 'Authorization')).toBe('Bearer old-token');
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(token()).toBeNull();
  });

  it('signs out locally even when logout cannot reach the server', async () => {
    const { api, onSignedOut } = setup({
      'POST /api/auth/logout': [() => Promise.reject(new TypeError('offline'))],
    });

    await expect(api.logout()).rejects.toBeInstanceOf(ApiError);
    expect(onSignedOut).toHaveBeenCalledTimes(1);
  });

  it('calls public routes without a token and without refreshing on 401', async () => {
    const { api, calls } = setup({
      'GET /api/taxonomies': [
        () =>
          json(401, { statusCode: 401, error: 'Unauthorized', message: 'x' }),
      ],
    });

    await expect(api.taxonomies()).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(1);
    expect(header(calls[0], 'Authorization')).toBeUndefined();
  });
});
