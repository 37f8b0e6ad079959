/** ioredis client, or null when the API runs single-node without REDIS_URL. */
export const REDIS = Symbol('REDIS');
