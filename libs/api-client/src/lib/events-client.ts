import type {
  CreateEventInput,
  CreateEventRequestInput,
  EventMeetingView,
  EventParticipantView,
  EventProfileInput,
  EventRequestView,
  EventScheduleView,
  EventView,
  PlaceMeetingInput,
  UpdateEventInput,
} from '@torchbridge/contracts';

/** Matchmaking events: setup, registration, meeting requests, the scheduler and each participant's agenda. */
export interface EventsApi {
  /** Events to come: every open one and the drafts the viewer organises. */
  listEvents(): Promise<EventView[]>;
  event(id: string): Promise<EventView>;
  createEvent(body: CreateEventInput): Promise<EventView>;
  updateEvent(id: string, body: UpdateEventInput): Promise<EventView>;
  openEvent(id: string): Promise<EventView>;
  registerForEvent(
    id: string,
    body: EventProfileInput,
  ): Promise<EventParticipantView>;
  /** Approved participants; organisers also get every pending and declined registration. */
  eventParticipants(id: string): Promise<EventParticipantView[]>;
  decideRegistration(
    id: string,
    participantId: string,
    approve: boolean,
  ): Promise<EventParticipantView>;
  /** 409 `event.quota_reached` once the quota is spent. */
  requestEventMeeting(
    id: string,
    body: CreateEventRequestInput,
  ): Promise<EventRequestView>;
  eventRequests(id: string): Promise<EventRequestView[]>;
  decideEventRequest(
    requestId: string,
    accept: boolean,
  ): Promise<EventRequestView>;
  withdrawEventRequest(requestId: string): Promise<EventRequestView>;
  runEventScheduler(id: string): Promise<EventScheduleView>;
  eventSchedule(id: string): Promise<EventScheduleView>;
  /** 409 `event.meeting_clash` when a person or the table is already taken in that round. */
  placeEventMeeting(
    id: string,
    requestId: string,
    body: PlaceMeetingInput,
  ): Promise<EventScheduleView>;
  removeEventMeeting(id: string, requestId: string): Promise<EventScheduleView>;
  publishEventSchedule(id: string): Promise<EventScheduleView>;
  /** The viewer's meetings at a published event, in round order. */
  eventAgenda(id: string): Promise<EventMeetingView[]>;
}

/** What the event endpoints need from the client's transport. */
export interface EventsTransport {
  get<T>(path: string): Promise<T>;
  sendJson<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
  ): Promise<T>;
}

// Ids come from the API, but encoding keeps a malformed one from reaching another route.
const pathId = (id: string) => encodeURIComponent(id);

export function eventEndpoints({ get, sendJson }: EventsTransport): EventsApi {
  const at = (id: string, rest = '') => `/events/${pathId(id)}${rest}`;
  return {
    listEvents: () => get<EventView[]>('/events'),
    event: (id) => get<EventView>(at(id)),
    createEvent: (body) => sendJson<EventView>('POST', '/events', body),
    updateEvent: (id, body) => sendJson<EventView>('PATCH', at(id), body),
    openEvent: (id) => sendJson<EventView>('POST', at(id, '/open'), {}),
    registerForEvent: (id, body) =>
      sendJson<EventParticipantView>('POST', at(id, '/registrations'), body),
    eventParticipants: (id) =>
      get<EventParticipantView[]>(at(id, '/participants')),
    decideRegistration: (id, participantId, approve) =>
      sendJson<EventParticipantView>(
        'POST',
        at(id, `/participants/${pathId(participantId)}/decision`),
        { approve },
      ),
    requestEventMeeting: (id, body) =>
      sendJson<EventRequestView>('POST', at(id, '/requests'), body),
    eventRequests: (id) => get<EventRequestView[]>(at(id, '/requests')),
    decideEventRequest: (requestId, accept) =>
      sendJson<EventRequestView>(
        'POST',
        `/event-requests/${pathId(requestId)}/decision`,
        { accept },
      ),
    withdrawEventRequest: (requestId) =>
      sendJson<EventRequestView>(
        'POST',
        `/event-requests/${pathId(requestId)}/withdraw`,
        {},
      ),
    runEventScheduler: (id) =>
      sendJson<EventScheduleView>('POST', at(id, '/schedule'), {}),
    eventSchedule: (id) => get<EventScheduleView>(at(id, '/schedule')),
    placeEventMeeting: (id, requestId, body) =>
      sendJson<EventScheduleView>(
        'PUT',
        at(id, `/meetings/${pathId(requestId)}`),
        body,
      ),
    removeEventMeeting: (id, requestId) =>
      sendJson<EventScheduleView>(
        'DELETE',
        at(id, `/meetings/${pathId(requestId)}`),
        undefined,
      ),
    publishEventSchedule: (id) =>
      sendJson<EventScheduleView>('POST', at(id, '/publish'), {}),
    eventAgenda: (id) => get<EventMeetingView[]>(at(id, '/agenda')),
  };
}
