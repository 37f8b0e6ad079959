/** Query keys of the event screens; a change to one event refreshes everything under its prefix. */
export const eventKeys = {
  all: ['events'] as const,
  list: ['events', 'list'] as const,
  one: (id: string) => ['events', 'one', id] as const,
  /** Participants, requests, schedule and agenda of one event. */
  of: (id: string) => ['events', 'of', id] as const,
  participants: (id: string) => ['events', 'of', id, 'participants'] as const,
  requests: (id: string) => ['events', 'of', id, 'requests'] as const,
  schedule: (id: string) => ['events', 'of', id, 'schedule'] as const,
  agenda: (id: string) => ['events', 'of', id, 'agenda'] as const,
};
