export * from './lib/api-error';
export * from './lib/api-client';
export * from './lib/query-string';
export * from './lib/chat-client';
export * from './lib/booking-client';
export * from './lib/events-client';
