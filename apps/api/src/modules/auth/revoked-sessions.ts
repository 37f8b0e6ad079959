import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DomainEvents } from '../../common/events/domain-events';
import { REDIS } from '../../common/redis/redis.tokens';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { col, sqlRows } from '../../database/sql';

/** Instances' clocks may disagree a little about when an access token expires. */
const CLOCK_MARGIN_SECONDS = 60;

/** Ended sign-ins (`sid`) whose access tokens may still be unexpired. */
export interface RevokedSessionStore {
  add(sessionId: string, ttlSeconds: number): Promise<void>;
  has(sessionId: string): Promise<boolean>;
}

export class MemoryRevokedSessionStore implements RevokedSessionStore {
  private readonly until = new Map<string, number>();

  async add(sessionId: string, ttlSeconds: number): Promise<void> {
    const now = Date.now();
    this.until.set(sessionId, now + ttlSeconds * 1000);
    if (this.until.size > 1000) {
      for (const [id, end] of this.until) {
        if (end <= now) {
          this.until.delete(id);
        }
      }
    }
  }

  async has(sessionId: string): Promise<boolean> {
    const end = this.until.get(sessionId);
    return end !== undefined && end > Date.now();
  }
}

/** One key per ended sign-in, expiring with the last access token it could have issued: one EXISTS per request. */
export class RedisRevokedSessionStore implements RevokedSessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async add(sessionId: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.prefix + sessionId, '1', 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async has(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.prefix + sessionId)) === 1;
  }
}

/**
 * The sign-ins that have ended, checked on every authenticated request and socket handshake so an access token
 * stops working the moment its sign-in ends, on every instance. Logout and refresh-token reuse write here
 * themselves right after their commit; the `session.ended` event writes again (idempotent) for any other source.
 */
@Injectable()
export class RevokedSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RevokedSessions.name);
  private readonly store: RevokedSessionStore;
  /** Seconds an entry must outlive its revocation: as long as an access token issued just before can live. */
  private readonly ttlSeconds: number;
  private unsubscribe?: () => void;

  constructor(
    @Inject(REDIS) redis: Redis | null,
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {
    this.store = redis ? new RedisRevokedSessionStore(redis, `${config.REDIS_PREFIX}revoked:`) : new MemoryRevokedSessionStore();
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_MARGIN_SECONDS;
  }

  /** Reloads sign-ins ended within an access token's lifetime, so a restart (or an emptied Redis) forgets none. */
  async onModuleInit(): Promise<void> {
    this.unsubscribe = this.events.on('session.ended', ({ sessionId }) => this.revoke(sessionId));
    const recent = await sqlRows(
      this.db,
      z.object({ family_id: col.id, age: col.int }),
      `SELECT family_id, extract(epoch FROM now() - max(revoked_at))::int AS age
         FROM refresh_tokens WHERE revoked_at > now() - make_interval(secs => $1) GROUP BY family_id`,
      [this.ttlSeconds],
    );
    await Promise.all(recent.map((row) => this.store.add(row.family_id, this.ttlSeconds - row.age)));
    if (recent.length > 0) {
      this.logger.log(`Reloaded ${recent.length} recently ended sign-ins`);
    }
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  revoke(sessionId: string): Promise<void> {
    return this.store.add(sessionId, this.ttlSeconds);
  }

  isRevoked(sessionId: string): Promise<boolean> {
    return this.store.has(sessionId);
  }
}
