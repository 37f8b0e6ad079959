import { Global, Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.tokens';
import { MemoryRateLimitStore, RATE_LIMIT_STORE, RedisRateLimitStore } from './rate-limit.store';

@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_STORE,
      inject: [REDIS],
      useFactory: (redis: Redis | null) => (redis ? new RedisRateLimitStore(redis) : new MemoryRateLimitStore()),
    },
  ],
  exports: [RATE_LIMIT_STORE],
})
export class RateLimitModule {}
