import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import { MemoryRateLimitStore, RATE_LIMIT_STORE, RateLimitStore, RedisRateLimitStore } from './rate-limit.store';
import { RateLimitThrottlerStorage, routeBudgets } from './route-budget';

function createStore(redis: Redis | null, config: AppConfig): RateLimitStore {
  return redis ? new RedisRateLimitStore(redis, `${config.REDIS_PREFIX}rl:`) : new MemoryRateLimitStore();
}

@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig) => ({
        ...routeBudgets(config),
        storage: new RateLimitThrottlerStorage(createStore(redis, config)),
      }),
    }),
  ],
  providers: [{ provide: RATE_LIMIT_STORE, inject: [REDIS, APP_CONFIG], useFactory: createStore }],
  exports: [RATE_LIMIT_STORE],
})
export class RateLimitModule {}
