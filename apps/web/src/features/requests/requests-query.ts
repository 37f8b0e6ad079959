/** Every request list; invalidated whenever a request is sent or answered. */
export const REQUESTS_QUERY_KEY = ['mentorship-requests'] as const;
