import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CacheModule } from './common/cache/cache.module';
import { DomainEvents } from './common/events/domain-events';
import { OutboxDispatcher } from './common/events/outbox-dispatcher';
import { JobsModule } from './common/jobs/jobs.module';
import { MailModule } from './common/mail/mail.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RedisModule } from './common/redis/redis.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { AccessModule } from './modules/access';
import { AccessGuard, AuthModule } from './modules/auth';
import { BookingsModule } from './modules/bookings';
import { EventsModule } from './modules/events';
import { DirectoryModule } from './modules/directory/directory.module';
import { HealthModule } from './modules/health/health.module';
import { ChatModule } from './modules/chat/chat.module';
import { MatchingModule } from './modules/matching/matching.module';
import { MentorshipsModule } from './modules/mentorships/mentorships.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { UsersModule } from './modules/users';
import { RealtimeModule } from './realtime/realtime.module';

@Global()
@Module({})
class CoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, DomainEvents, OutboxDispatcher],
      exports: [APP_CONFIG, DomainEvents, OutboxDispatcher],
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
        MailModule,
        AccessModule,
        AuthModule,
        UsersModule,
        HealthModule,
        DirectoryModule,
        MentorshipsModule,
        NotificationsModule,
        MatchingModule,
        ChatModule,
        BookingsModule,
        EventsModule,
        RealtimeModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
