import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOMAIN_EVENT_NAMES } from '@torchbridge/contracts';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { sqlRows } from '../../database/sql';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { REDIS } from '../redis/redis.tokens';
import { DomainEvents, OUTBOX_CHANNEL, StoredEvent } from './domain-events';

const DELIVER_JOB = 'outbox.deliver';
const BATCH = 100;
const MAX_ATTEMPTS = 8;
const POLL_MS = 1000;
const KEEP_DAYS = 7;

const outboxRow = z.object({
  id: z.string(),
  name: z.enum(DOMAIN_EVENT_NAMES),
  payload: z.record(z.string(), z.unknown()),
});

/**
 * Delivers outbox events after commit. Woken by NOTIFY (at commit) and by a poll that catches anything missed
 * while no connection listened. Rows are claimed with SKIP LOCKED, so several API instances share the work and
 * each event is taken by one. Single node: listeners run here, and the event is marked delivered only after they
 * succeed. Clustered: the event becomes a BullMQ job (deduplicated by event id) that any instance's worker runs.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private listener?: Client;
  private poll?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private lastCleanup = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(REDIS) private readonly redis: unknown,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get clustered(): boolean {
    return this.redis !== null && this.redis !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.clustered) {
      this.jobs.register(DELIVER_JOB, async (data) => {
        await this.events.deliver(outboxRow.parse(data) as StoredEvent);
      });
    }
    await this.listen();
    this.poll = setInterval(() => this.kick(), POLL_MS);
    this.poll.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Delivers everything pending now; resolves when the outbox has nothing more that is due. */
  async drain(): Promise<void> {
    this.kick();
    while (this.running) {
      await this.running;
    }
  }

  private kick(): void {
    if (this.stopped) {
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped && (await this.dispatchBatch()) === BATCH) {
        // A full batch means more may be waiting.
      }
      await this.cleanup();
    } catch (error) {
      if (!this.stopped) {
        this.logger.error(`Dispatch failed: ${(error as Error).message}`);
      }
    }
  }

  private async dispatchBatch(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await sqlRows(
        tx,
        outboxRow,
        `SELECT id::text AS id, name, payload FROM outbox_events
          WHERE dispatched_at IS NULL AND available_at <= now()
          ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      const done: string[] = [];
      for (const row of rows) {
        try {
          if (this.clustered) {
            await this.jobs.enqueue(DELIVER_JOB, { ...row }, { jobId: `outbox-${row.id}` });
          } else {
            // Payloads were written from the typed map by `publish`; the name is checked above.
            await this.events.deliver(row as StoredEvent);
          }
          done.push(row.id);
        } catch (error) {
          await tx.query(
            `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2,
                    available_at = now() + make_interval(secs => least(300, 2 ^ attempts)),
                    dispatched_at = CASE WHEN attempts + 1 >= ${MAX_ATTEMPTS} THEN now() END
              WHERE id = $1`,
            [row.id, String((error as Error).message ?? error).slice(0, 1000)],
          );
        }
      }
      if (done.length) {
        await tx.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [done]);
      }
      return rows.length;
    });
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3_600_000) {
      return;
    }
    this.lastCleanup = Date.now();
    await this.db.query(`DELETE FROM outbox_events WHERE dispatched_at < now() - make_interval(days => ${KEEP_DAYS})`);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'torchbridge-outbox' });
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      this.logger.warn(`Outbox listener lost its connection (${error.message}); polling until it is back`);
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.relisten();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`Outbox listener could not connect (${(error as Error).message}); polling meanwhile`);
      await client.end().catch(() => undefined);
      this.relisten();
    }
  }

  private relisten(): void {
    if (this.stopped) {
      return;
    }
    setTimeout(() => void this.listen(), 2000).unref();
  }
}
