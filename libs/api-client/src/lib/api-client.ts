import type {
  AuthResponse,
  CohortRunView,
  CohortSettingsInput,
  CreateCohortRunInput,
  CreateIncubatorInput,
  CreateParkInput,
  CreateRequestInput,
  DeclineRequestInput,
  EndMentorshipInput,
  FeedbackInput,
  ImportRequest,
  MentorProfileInput,
  MentorQuery,
  ProposeMilestoneInput,
  RecommendationQuery,
  RequestBox,
  StartupProfileInput,
  StartupQuery,
  VettingDecision,
  ConversationView,
  CreateGroupConversationInput,
  MatchWeights,
  MessageView,
  MentorshipRequestView,
  MentorshipView,
  NotificationCount,
  NotificationView,
  RecommendationView,
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
  bookingEndpoints,
  dispositionFileName,
  type BookingApi,
  type Download,
} from './booking-client';
import { eventEndpoints, type EventsApi } from './events-client';
import { toQueryString } from './query-string';

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

export interface ApiClient extends BookingApi, EventsApi {
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
  /** The best mentors for the signed-in founder's startup; 404 until the startup profile exists. */
  recommendations(query?: RecommendationQuery): Promise<RecommendationView[]>;
  /** Asks a mentor; 409 when the mentor is paused or full, or the startup already has 3 pending requests. */
  createRequest(body: CreateRequestInput): Promise<MentorshipRequestView>;
  listRequests(box?: RequestBox): Promise<MentorshipRequestView[]>;
  getRequest(id: string): Promise<MentorshipRequestView>;
  /** The mentor accepts: opens the mentorship. */
  acceptRequest(id: string): Promise<MentorshipView>;
  declineRequest(
    id: string,
    reason: DeclineRequestInput['reason'],
  ): Promise<MentorshipRequestView>;
  withdrawRequest(id: string): Promise<MentorshipRequestView>;
  /** The founder confirms a pair a cohort run proposed, so the mentor can accept it. */
  confirmRequest(id: string): Promise<MentorshipRequestView>;
  listMentorships(): Promise<MentorshipView[]>;
  /** One mentorship with its milestones and feedback. */
  mentorship(id: string): Promise<MentorshipView>;
  endMentorship(id: string, body: EndMentorshipInput): Promise<MentorshipView>;
  proposeMilestone(
    id: string,
    body: ProposeMilestoneInput,
  ): Promise<MentorshipView>;
  /** Only the side that did not propose the milestone may agree. */
  agreeMilestone(id: string, milestoneId: string): Promise<MentorshipView>;
  achieveMilestone(id: string, milestoneId: string): Promise<MentorshipView>;
  /** Once per person, after the mentorship has closed. */
  leaveFeedback(id: string, body: FeedbackInput): Promise<MentorshipView>;
  /** My latest 100 notifications, newest first. */
  notifications(): Promise<NotificationView[]>;
  unreadNotifications(): Promise<NotificationCount>;
  markNotificationRead(id: string): Promise<NotificationCount>;
  markAllNotificationsRead(): Promise<NotificationCount>;
  matchWeights(): Promise<MatchWeights>;
  /** 400 unless the seven weights add up to 100. */
  saveMatchWeights(body: MatchWeights): Promise<MatchWeights>;
  createCohortRun(body: CreateCohortRunInput): Promise<CohortRunView>;
  listCohortRuns(): Promise<CohortRunView[]>;
  cohortRun(id: string): Promise<CohortRunView>;
  /** Solves a draft again with new pins, forbidden pairs or mode; 409 once published. */
  rerunCohortRun(id: string, body: CohortSettingsInput): Promise<CohortRunView>;
  /** Turns every pair into a request the founder confirms. */
  publishCohortRun(id: string): Promise<CohortRunView>;
  /** My conversations with members (and their read marks), last message and unread count. */
  conversations(): Promise<ConversationView[]>;
  /** A page of history before a sequence number (newest page when `before` is left out), in seq order. */
  conversationMessages(
    id: string,
    page?: { before?: number; limit?: number },
  ): Promise<MessageView[]>;
  /** Managers: a group conversation, e.g. for a cohort run (created once per run; asking again returns it). */
  createGroupConversation(
    body: CreateGroupConversationInput,
  ): Promise<ConversationView>;
  addConversationMembers(
    id: string,
    userIds: string[],
  ): Promise<ConversationView>;
  /** Managers remove a member; anyone may pass their own id to leave. */
  removeConversationMember(id: string, userId: string): Promise<void>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

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

  const authed = { bearer: true, retryOn401: true } as const;

  /** The answer to a request, after one silent refresh and retry when a 401 allows it. */
  async function respond(spec: RequestSpec): Promise<Response> {
    const token = spec.bearer ? options.getAccessToken() : null;
    const response = await send(spec, token);
    if (response.status !== 401 || !spec.retryOn401) {
      return response;
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
    return send(spec, retryToken);
  }

  async function request<T>(spec: RequestSpec): Promise<T> {
    return parse<T>(await respond(spec));
  }

  async function download(path: string): Promise<Download> {
    const response = await respond({ method: 'GET', path, ...authed });
    if (!response.ok) {
      throw errorFromResponse(response, await readBody(response));
    }
    return {
      blob: await response.blob(),
      fileName: dispositionFileName(
        response.headers.get('content-disposition'),
      ),
    };
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
    recommendations: (query = {}) =>
      get<RecommendationView[]>(`/recommendations${toQueryString(query)}`),
    createRequest: (body) =>
      sendJson<MentorshipRequestView>('POST', '/mentorship-requests', body),
    listRequests: (box) =>
      get<MentorshipRequestView[]>(
        `/mentorship-requests${toQueryString({ box })}`,
      ),
    getRequest: (id) =>
      get<MentorshipRequestView>(`/mentorship-requests/${pathId(id)}`),
    acceptRequest: (id) =>
      sendJson<MentorshipView>(
        'POST',
        `/mentorship-requests/${pathId(id)}/accept`,
        {},
      ),
    declineRequest: (id, reason) =>
      sendJson<MentorshipRequestView>(
        'POST',
        `/mentorship-requests/${pathId(id)}/decline`,
        { reason } satisfies DeclineRequestInput,
      ),
    withdrawRequest: (id) =>
      sendJson<MentorshipRequestView>(
        'POST',
        `/mentorship-requests/${pathId(id)}/withdraw`,
        {},
      ),
    confirmRequest: (id) =>
      sendJson<MentorshipRequestView>(
        'POST',
        `/mentorship-requests/${pathId(id)}/confirm`,
        {},
      ),
    listMentorships: () => get<MentorshipView[]>('/mentorships'),
    mentorship: (id) => get<MentorshipView>(`/mentorships/${pathId(id)}`),
    endMentorship: (id, body) =>
      sendJson<MentorshipView>('POST', `/mentorships/${pathId(id)}/end`, body),
    proposeMilestone: (id, body) =>
      sendJson<MentorshipView>(
        'POST',
        `/mentorships/${pathId(id)}/milestones`,
        body,
      ),
    agreeMilestone: (id, milestoneId) =>
      sendJson<MentorshipView>(
        'POST',
        `/mentorships/${pathId(id)}/milestones/${pathId(milestoneId)}/agree`,
        {},
      ),
    achieveMilestone: (id, milestoneId) =>
      sendJson<MentorshipView>(
        'POST',
        `/mentorships/${pathId(id)}/milestones/${pathId(milestoneId)}/achieve`,
        {},
      ),
    leaveFeedback: (id, body) =>
      sendJson<MentorshipView>(
        'POST',
        `/mentorships/${pathId(id)}/feedback`,
        body,
      ),
    notifications: () => get<NotificationView[]>('/notifications'),
    unreadNotifications: () =>
      get<NotificationCount>('/notifications/unread-count'),
    markNotificationRead: (id) =>
      sendJson<NotificationCount>(
        'POST',
        `/notifications/${pathId(id)}/read`,
        {},
      ),
    markAllNotificationsRead: () =>
      sendJson<NotificationCount>('POST', '/notifications/read-all', {}),
    matchWeights: () => get<MatchWeights>('/programme/weights'),
    saveMatchWeights: (body) =>
      sendJson<MatchWeights>('PUT', '/programme/weights', body),
    createCohortRun: (body) =>
      sendJson<CohortRunView>('POST', '/cohort-runs', body),
    listCohortRuns: () => get<CohortRunView[]>('/cohort-runs'),
    cohortRun: (id) => get<CohortRunView>(`/cohort-runs/${pathId(id)}`),
    rerunCohortRun: (id, body) =>
      sendJson<CohortRunView>('PUT', `/cohort-runs/${pathId(id)}`, body),
    publishCohortRun: (id) =>
      sendJson<CohortRunView>('POST', `/cohort-runs/${pathId(id)}/publish`, {}),
    conversations: () => get<ConversationView[]>('/conversations'),
    conversationMessages: (id, page = {}) =>
      get<MessageView[]>(
        `/conversations/${pathId(id)}/messages${toQueryString({ before: page.before, limit: page.limit })}`,
      ),
    createGroupConversation: (body) =>
      sendJson<ConversationView>('POST', '/conversations', body),
    addConversationMembers: (id, userIds) =>
      sendJson<ConversationView>(
        'POST',
        `/conversations/${pathId(id)}/members`,
        { userIds },
      ),
    removeConversationMember: (id, userId) =>
      request<void>({
        method: 'DELETE',
        path: `/conversations/${pathId(id)}/members/${pathId(userId)}`,
        ...authed,
      }),
    ...bookingEndpoints({ get, sendJson, download }),
    ...eventEndpoints({ get, sendJson }),
  };
}
