export { EventInputError, MAX_PRIORITY } from './types';
export type {
  EventInstance,
  EventLock,
  EventMeeting,
  EventParticipant,
  EventRequest,
  EventSchedule,
  EventStats,
} from './types';
export { MAX_ROUNDS, buildEventModel } from './model';
export type { EventModel } from './model';
export { eventUpperBound } from './bound';
export type { EventBound } from './bound';
export { scheduleEvent } from './scheduler';
export type { ScheduleEventOptions } from './scheduler';
export { verifyEventSchedule } from './verify';
export type { EventScheduleCheck } from './verify';
export { parseEventJson } from './json';
