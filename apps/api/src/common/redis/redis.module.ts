import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS } from './redis.tokens';

export function createRedis(url: string, name: string, options: { autoPipelining?: boolean } = {}): Redis {
  const client = new Redis(url, {
    connectionName: name,
    enableAutoPipelining: options.autoPipelining ?? false,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
  });
  const logger = new Logger('Redis');
  client.on('error', (error: Error) => logger.warn(`${name}: ${error.message}`));
  return client;
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null => (config.REDIS_URL ? createRedis(config.REDIS_URL, 'torchbridge-api') : null),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') {
      await this.redis.quit().catch(() => this.redis?.disconnect());
    }
  }
}
