import { Global, Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS } from '../redis/redis.tokens';
import { MemoryVersionedCache, RedisVersionedCache, VERSIONED_CACHE } from './versioned-cache';

@Global()
@Module({
  providers: [
    {
      provide: VERSIONED_CACHE,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig) =>
        redis ? new RedisVersionedCache(redis, config.QUERY_CACHE_SECONDS, config.REDIS_PREFIX) : new MemoryVersionedCache(config.QUERY_CACHE_SECONDS),
    },
  ],
  exports: [VERSIONED_CACHE],
})
export class CacheModule {}
