import { DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CacheModule } from './common/cache/cache.module';
import { DomainEvents } from './common/events/domain-events';
import { AccessGuard } from './common/guards/access.guard';
import { JobsModule } from './common/jobs/jobs.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RedisModule } from './common/redis/redis.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { AuthModule } from './modules/auth/auth.module';
import { DirectoryModule } from './modules/directory/directory.module';
import { HealthModule } from './modules/health/health.module';
import { ChatModule } from './modules/chat/chat.module';
import { MatchingModule } from './modules/matching/matching.module';
import { MentorshipsModule } from './modules/mentorships/mentorships.module';
import { UsersModule } from './modules/users/users.module';
import { RealtimeModule } from './realtime/realtime.module';

@Global()
@Module({})
class CoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, DomainEvents],
      exports: [APP_CONFIG, DomainEvents],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config),
        LoggerModule.forRoot({
          // Express 5 route syntax; the default '*' is logged as a legacy pattern at every boot.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req: IncomingMessage) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
            },
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
                '*.password',
                '*.refreshToken',
                '*.accessToken',
              ],
              censor: '[redacted]',
            },
            customProps: () => ({ service: 'torchbridge-api' }),
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
            ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
          },
        }),
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: config.DATABASE_URL,
            poolSize: config.DATABASE_POOL_SIZE,
            // Migrations run in createApp under an advisory lock, never implicitly here.
            migrationsRun: false,
          }),
        ),
        RedisModule,
        RateLimitModule,
        CacheModule,
        JobsModule,
        AuthModule,
        UsersModule,
        HealthModule,
        DirectoryModule,
        MentorshipsModule,
        MatchingModule,
        ChatModule,
        RealtimeModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
