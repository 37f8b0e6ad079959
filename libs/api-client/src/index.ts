export * from './lib/api-error';
export * from './lib/api-client';
export * from './lib/directory-types';
export * from './lib/matching-types';
export * from './lib/chat-client';
