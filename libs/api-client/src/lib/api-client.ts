import type {
  AuthResponse,
  HealthResponse,
  ImportReport,
  IncubatorView,
  LoginRequest,
  MentorCard,
  MentorDetail,
  Page,
  ParkView,
  RegisterRequest,
  StartupCard,
  StartupDetail,
  TAXONOMIES,
  UpdateMeRequest,
  UserView,
} from '@torchbridge/contracts';
import { ApiError, NETWORK_ERROR_STATUS, errorFromResponse } from './api-error';
import {
  toQueryString,
  type CreateIncubatorInput,
  type CreateParkInput,
  type ImportRequest,
  type MentorProfileInput,
  type MentorQuery,
  type StartupProfileInput,
  type StartupQuery,
  type VettingDecision,
} from './directory-types';

/** A park as listed by `GET /api/parks`. */
export type ParkListItem = ParkView & { incubatorCount: number };

/** The code lists served by `GET /api/taxonomies`. */
export type Taxonomies = typeof TAXONOMIES;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** Prefix of every route, e.g. `/api` (same origin) or `https://torchbridge.example/api`. */
  baseUrl: string;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** The current access token, or null when signed out. The client never stores it. */
  getAccessToken: () => string | null;
  /** Called with every freshly issued session (register, login, explicit or silent refresh). */
  onAccessToken: (auth: AuthResponse) => void;
  /** Called when the session is gone: logout, or a refresh the server refused. */
  onSignedOut: () => void;
}

export interface ApiClient {
  register(body: RegisterRequest): Promise<AuthResponse>;
  login(body: LoginRequest): Promise<AuthResponse>;
  /** Exchanges the refresh cookie for a new access token; concurrent calls share one request. */
  refresh(): Promise<AuthResponse>;
  logout(): Promise<void>;
  me(): Promise<UserView>;
  updateMe(body: UpdateMeRequest): Promise<UserView>;
  taxonomies(): Promise<Taxonomies>;
  parks(): Promise<ParkListItem[]>;
  health(): Promise<HealthResponse>;
  /** One page of mentors; pass the previous page's `nextCursor` as `cursor` for the next. */
  listMentors(query?: MentorQuery): Promise<Page<MentorCard>>;
  mentor(id: string): Promise<MentorDetail>;
  /** The signed-in mentor's profile; 404 until they have created one. */
  myMentorProfile(): Promise<MentorDetail>;
  /** Creates (vetting pending) or updates the signed-in mentor's profile. */
  saveMentorProfile(body: MentorProfileInput): Promise<MentorDetail>;
  vetMentor(id: string, body: VettingDecision): Promise<MentorDetail>;
  listStartups(query?: StartupQuery): Promise<Page<StartupCard>>;
  startup(id: string): Promise<StartupDetail>;
  /** The signed-in founder's startup; 404 until they have created one. */
  myStartup(): Promise<StartupDetail>;
  saveStartup(body: StartupProfileInput): Promise<StartupDetail>;
  createPark(body: CreateParkInput): Promise<ParkListItem>;
  incubators(parkId?: string): Promise<IncubatorView[]>;
  createIncubator(body: CreateIncubatorInput): Promise<IncubatorView>;
  /** Checks a CSV and returns a per-row report; nothing is written until `confirmImport`. */
  previewImport(body: ImportRequest): Promise<ImportReport>;
  /** Writes the good rows of a checked import; 409 when it was already confirmed. */
  confirmImport(id: string): Promise<ImportReport>;
  getImport(id: string): Promise<ImportReport>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

interface RequestSpec {
  method: Method;
  path: string;
  body?: unknown;
  /** Send the bearer token when there is one. */
  bearer: boolean;
  /** Try one silent refresh and retry after a 401. Off for /auth/* routes, which answer 401 by design. */
  retryOn401: boolean;
}

/** Statuses from /auth/refresh that mean the refresh cookie is no longer any good. */
const SESSION_GONE = new Set([400, 401, 403]);

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) {
    return undefined;
  }
  const text = await response.text();
  if (!text) {
    return undefined;
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch: FetchLike =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let refreshInFlight: Promise<AuthResponse> | null = null;

  async function send(
    spec: RequestSpec,
    token: string | null,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (spec.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (spec.bearer && token) {
      headers['Authorization'] = `Bearer ${token}`;
    }
    try {
      return await doFetch(`${baseUrl}${spec.path}`, {
        method: spec.method,
        headers,
        credentials: 'include',
        ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      });
    } catch (cause) {
      throw new ApiError({
        status: NETWORK_ERROR_STATUS,
        message:
          cause instanceof Error ? cause.message : 'Network request failed',
      });
    }
  }

  async function parse<T>(response: Response): Promise<T> {
    const body = await readBody(response);
    if (!response.ok) {
      throw errorFromResponse(response, body);
    }
    return body as T;
  }

  function refresh(): Promise<AuthResponse> {
    if (!refreshInFlight) {
      refreshInFlight = (async () => {
        try {
          const response = await send(
            {
              method: 'POST',
              path: '/auth/refresh',
              body: {},
              bearer: false,
              retryOn401: false,
            },
            null,
          );
          const auth = await parse<AuthResponse>(response);
          options.onAccessToken(auth);
          return auth;
        } catch (error) {
          if (error instanceof ApiError && SESSION_GONE.has(error.status)) {
            options.onSignedOut();
          }
          throw error;
        } finally {
          refreshInFlight = null;
        }
      })();
    }
    return refreshInFlight;
  }

  async function request<T>(spec: RequestSpec): Promise<T> {
    const token = spec.bearer ? options.getAccessToken() : null;
    const response = await send(spec, token);
    if (response.status !== 401 || !spec.retryOn401) {
      return parse<T>(response);
    }
    const unauthorized = await parse<never>(response).catch(
      (error: unknown) => error,
    );
    const current = options.getAccessToken();
    let retryToken: string;
    if (current && current !== token) {
      // Another call already refreshed while this one was in flight: reuse its token.
      retryToken = current;
    } else {
      try {
        retryToken = (await refresh()).accessToken;
      } catch {
        throw unauthorized;
      }
    }
    return parse<T>(await send(spec, retryToken));
  }

  function issue(path: string, body: unknown): Promise<AuthResponse> {
    return request<AuthResponse>({
      method: 'POST',
      path,
      body,
      bearer: false,
      retryOn401: false,
    }).then((auth) => {
      options.onAccessToken(auth);
      return auth;
    });
  }

  const authed = { bearer: true, retryOn401: true } as const;
  const get = <T>(path: string) =>
    request<T>({ method: 'GET', path, ...authed });
  const sendJson = <T>(method: Method, path: string, body: unknown) =>
    request<T>({ method, path, body, ...authed });
  // Ids come from the API, but encoding keeps a malformed one from reaching another route.
  const pathId = (id: string) => encodeURIComponent(id);

  return {
    register: (body) => issue('/auth/register', body),
    login: (body) => issue('/auth/login', body),
    refresh,
    async logout() {
      try {
        await request<void>({
          method: 'POST',
          path: '/auth/logout',
          body: {},
          bearer: true,
          retryOn401: false,
        });
      } finally {
        // The local session ends even when the server could not be reached.
        options.onSignedOut();
      }
    },
    me: () => request<UserView>({ method: 'GET', path: '/me', ...authed }),
    updateMe: (body) =>
      request<UserView>({ method: 'PATCH', path: '/me', body, ...authed }),
    taxonomies: () =>
      request<Taxonomies>({
        method: 'GET',
        path: '/taxonomies',
        bearer: false,
        retryOn401: false,
      }),
    parks: () =>
      request<ParkListItem[]>({ method: 'GET', path: '/parks', ...authed }),
    health: () =>
      request<HealthResponse>({
        method: 'GET',
        path: '/health',
        bearer: false,
        retryOn401: false,
      }),
    listMentors: (query = {}) =>
      get<Page<MentorCard>>(`/mentors${toQueryString(query)}`),
    mentor: (id) => get<MentorDetail>(`/mentors/${pathId(id)}`),
    myMentorProfile: () => get<MentorDetail>('/me/mentor-profile'),
    saveMentorProfile: (body) =>
      sendJson<MentorDetail>('PUT', '/me/mentor-profile', body),
    vetMentor: (id, body) =>
      sendJson<MentorDetail>('POST', `/mentors/${pathId(id)}/vetting`, body),
    listStartups: (query = {}) =>
      get<Page<StartupCard>>(`/startups${toQueryString(query)}`),
    startup: (id) => get<StartupDetail>(`/startups/${pathId(id)}`),
    myStartup: () => get<StartupDetail>('/me/startup'),
    saveStartup: (body) => sendJson<StartupDetail>('PUT', '/me/startup', body),
    createPark: (body) => sendJson<ParkListItem>('POST', '/parks', body),
    incubators: (parkId) =>
      get<IncubatorView[]>(`/incubators${toQueryString({ parkId })}`),
    createIncubator: (body) =>
      sendJson<IncubatorView>('POST', '/incubators', body),
    previewImport: (body) => sendJson<ImportReport>('POST', '/imports', body),
    confirmImport: (id) =>
      sendJson<ImportReport>('POST', `/imports/${pathId(id)}/confirm`, {}),
    getImport: (id) => get<ImportReport>(`/imports/${pathId(id)}`),
  };
}
