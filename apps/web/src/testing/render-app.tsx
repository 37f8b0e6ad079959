import { ApiError, type ApiClient } from '@torchbridge/api-client';
import {
  DEFAULT_WORKING_HOURS,
  type AuthResponse,
  type Locale,
  type UserView,
} from '@torchbridge/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { App } from '../app/app';
import { createSessionStore } from '../lib/auth/session-store';
import { createI18n } from '../lib/i18n/i18n';
import { FakeChat } from './fake-chat';

export type MockApi = jest.Mocked<ApiClient>;

export function makeUser(overrides: Partial<UserView> = {}): UserView {
  return {
    id: '7d0c6a52-5f7e-4a4c-9b1e-2f1f0a3c9e11',
    email: 'li.wei@example.cn',
    displayName: 'Li Wei',
    role: 'founder',
    locale: 'en',
    timeZone: 'Asia/Shanghai',
    workingHours: DEFAULT_WORKING_HOURS,
    createdAt: '2026-03-29T12:00:00.000Z',
    ...overrides,
  };
}

export function authFor(user: UserView): AuthResponse {
  return { accessToken: `token-for-${user.id}`, expiresIn: 900, user };
}

export function unauthorized(message = 'Refresh token missing'): ApiError {
  return new ApiError({ status: 401, error: 'Unauthorized', message });
}

function notStubbed(method: string): () => Promise<never> {
  return () =>
    Promise.reject(
      new Error(`api.${method} was called but the test did not stub it`),
    );
}

/** An API client whose every method is a jest mock; by default nobody is signed in (refresh answers 401). */
export function mockApi(overrides: Partial<ApiClient> = {}): MockApi {
  const impl: ApiClient = {
    register: notStubbed('register'),
    login: notStubbed('login'),
    refresh: () => Promise.reject(unauthorized()),
    logout: () => Promise.resolve(),
    me: notStubbed('me'),
    updateMe: notStubbed('updateMe'),
    taxonomies: notStubbed('taxonomies'),
    parks: notStubbed('parks'),
    health: notStubbed('health'),
    listMentors: notStubbed('listMentors'),
    mentor: notStubbed('mentor'),
    myMentorProfile: notStubbed('myMentorProfile'),
    saveMentorProfile: notStubbed('saveMentorProfile'),
    vetMentor: notStubbed('vetMentor'),
    listStartups: notStubbed('listStartups'),
    startup: notStubbed('startup'),
    myStartup: notStubbed('myStartup'),
    saveStartup: notStubbed('saveStartup'),
    createPark: notStubbed('createPark'),
    incubators: notStubbed('incubators'),
    createIncubator: notStubbed('createIncubator'),
    previewImport: notStubbed('previewImport'),
    confirmImport: notStubbed('confirmImport'),
    getImport: notStubbed('getImport'),
    recommendations: notStubbed('recommendations'),
    createRequest: notStubbed('createRequest'),
    listRequests: notStubbed('listRequests'),
    getRequest: notStubbed('getRequest'),
    acceptRequest: notStubbed('acceptRequest'),
    declineRequest: notStubbed('declineRequest'),
    withdrawRequest: notStubbed('withdrawRequest'),
    confirmRequest: notStubbed('confirmRequest'),
    listMentorships: notStubbed('listMentorships'),
    mentorship: notStubbed('mentorship'),
    endMentorship: notStubbed('endMentorship'),
    proposeMilestone: notStubbed('proposeMilestone'),
    agreeMilestone: notStubbed('agreeMilestone'),
    achieveMilestone: notStubbed('achieveMilestone'),
    leaveFeedback: notStubbed('leaveFeedback'),
    notifications: () => Promise.resolve([]),
    unreadNotifications: () => Promise.resolve({ unread: 0 }),
    markNotificationRead: notStubbed('markNotificationRead'),
    markAllNotificationsRead: notStubbed('markAllNotificationsRead'),
    matchWeights: notStubbed('matchWeights'),
    saveMatchWeights: notStubbed('saveMatchWeights'),
    createCohortRun: notStubbed('createCohortRun'),
    listCohortRuns: notStubbed('listCohortRuns'),
    cohortRun: notStubbed('cohortRun'),
    rerunCohortRun: notStubbed('rerunCohortRun'),
    publishCohortRun: notStubbed('publishCohortRun'),
    conversations: () => Promise.resolve([]),
    conversationMessages: () => Promise.resolve([]),
    createGroupConversation: notStubbed('createGroupConversation'),
    addConversationMembers: notStubbed('addConversationMembers'),
    removeConversationMember: notStubbed('removeConversationMember'),
    myAvailability: notStubbed('myAvailability'),
    saveAvailability: notStubbed('saveAvailability'),
    mentorSlots: notStubbed('mentorSlots'),
    createBooking: notStubbed('createBooking'),
    listBookings: () => Promise.resolve([]),
    booking: notStubbed('booking'),
    confirmBooking: notStubbed('confirmBooking'),
    rescheduleBooking: notStubbed('rescheduleBooking'),
    cancelBooking: notStubbed('cancelBooking'),
    markBookingNoShow: notStubbed('markBookingNoShow'),
    completeBooking: notStubbed('completeBooking'),
    leaveBookingFeedback: notStubbed('leaveBookingFeedback'),
    saveBookingNote: notStubbed('saveBookingNote'),
    bookingInvite: notStubbed('bookingInvite'),
    officeHours: () => Promise.resolve([]),
    createOfficeHours: notStubbed('createOfficeHours'),
    takeOfficeHoursSeat: notStubbed('takeOfficeHoursSeat'),
    cancelOfficeHours: notStubbed('cancelOfficeHours'),
    calendarFeed: notStubbed('calendarFeed'),
    rotateCalendarFeed: notStubbed('rotateCalendarFeed'),
    // No SMTP in tests either, and nothing sent yet: the outbox is empty.
    outbox: () => Promise.resolve([]),
    outboxAttachment: notStubbed('outboxAttachment'),
    listEvents: notStubbed('listEvents'),
    event: notStubbed('event'),
    createEvent: notStubbed('createEvent'),
    updateEvent: notStubbed('updateEvent'),
    openEvent: notStubbed('openEvent'),
    registerForEvent: notStubbed('registerForEvent'),
    eventParticipants: notStubbed('eventParticipants'),
    decideRegistration: notStubbed('decideRegistration'),
    requestEventMeeting: notStubbed('requestEventMeeting'),
    eventRequests: notStubbed('eventRequests'),
    decideEventRequest: notStubbed('decideEventRequest'),
    withdrawEventRequest: notStubbed('withdrawEventRequest'),
    runEventScheduler: notStubbed('runEventScheduler'),
    eventSchedule: notStubbed('eventSchedule'),
    placeEventMeeting: notStubbed('placeEventMeeting'),
    removeEventMeeting: notStubbed('removeEventMeeting'),
    publishEventSchedule: notStubbed('publishEventSchedule'),
    eventAgenda: notStubbed('eventAgenda'),
    ...overrides,
  };
  // Wraps each method (already a mock or not) so every call is recorded and can be re-stubbed per test.
  const mocked: Partial<Record<keyof ApiClient, jest.Mock>> = {};
  for (const key of Object.keys(impl) as (keyof ApiClient)[]) {
    const method = impl[key] as (...args: unknown[]) => unknown;
    mocked[key] = jest.fn((...args: unknown[]) => method(...args));
  }
  return mocked as MockApi;
}

/** An API client for someone whose refresh cookie is still valid, as after a page reload. */
export function signedInApi(
  user: UserView,
  overrides: Partial<ApiClient> = {},
): MockApi {
  return mockApi({
    refresh: () => Promise.resolve(authFor(user)),
    ...overrides,
  });
}

export interface RenderAppOptions {
  api?: MockApi;
  route?: string;
  locale?: Locale;
  /** The realtime client the app gets; a quiet fake unless the test drives one. */
  chat?: FakeChat;
}

export function renderApp({
  api = mockApi(),
  route = '/',
  locale = 'en',
  chat = new FakeChat(),
}: RenderAppOptions = {}) {
  const session = createSessionStore();
  const i18n = createI18n(locale);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[route]}>
      <App
        services={{ api, session, createChat: chat.factory }}
        i18n={i18n}
        queryClient={queryClient}
      />
    </MemoryRouter>,
  );
  return { ...view, user, api, session, i18n, chat };
}
