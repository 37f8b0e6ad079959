import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
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
/** After this many failed deliveries an event is set aside (failed_at) and logged, never retried again. */
export const MAX_ATTEMPTS = 8;
const POLL_MS = 1000;
/** A claimed event is invisible to other instances this long; if its claimer dies, another takes it after. */
const LEASE_SECONDS = 60;
const ENQUEUE_TIMEOUT_MS = 5000;
const KEEP_DAYS = 7;

const claimedRow = z.object({ id: z.string(), name: z.string(), payload: z.unknown(), attempts: z.number().int() });
const eventShape = z.object({ id: z.string(), name: z.enum(DOMAIN_EVENT_NAMES), payload: z.record(z.string(), z.unknown()) });

/** A stored row as a typed event; throws for a name this build does not know or a payload that is not an object. */
function toEvent(row: { id: string; name: string; payload: unknown }): StoredEvent {
  // Payloads were written from the typed map by `publish`; the name and the object shape are checked here.
  const parsed = eventShape.safeParse(row);
  if (!parsed.success) {
    throw new Error(`Event #${row.id} "${row.name}" is not an event this version knows, or its payload is not an object`);
  }
  return parsed.data as StoredEvent;
}

/**
 * Delivers outbox events after commit. Woken by NOTIFY (at commit) and by a poll that catches anything missed
 * while no connection listened. Each batch is claimed with a short lease (SKIP LOCKED, committed at once), so
 * several API instances share the work, no transaction stays open while listeners or Redis are awaited, and the
 * events of an instance that dies are taken over when the lease runs out. Single node: listeners run here.
 * Clustered: each event becomes a BullMQ job keyed by its id that any instance's worker runs; the row is marked
 * delivered when the job is queued, and the job carries the same retry budget.
 */
@Injectable()
export class OutboxDispatcher implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
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

  /** The worker may start as soon as any job is registered, so the deliver handler is there from the beginning. */
  onModuleInit(): void {
    if (this.clustered) {
      this.jobs.register(DELIVER_JOB, async (data) => {
        await this.events.deliver(toEvent(claimedRow.parse({ attempts: 0, ...data })));
      });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.poll = setInterval(() => this.kick(), POLL_MS);
    this.poll.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.running;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
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
    const claimed = await sqlRows(
      this.db,
      claimedRow,
      `UPDATE outbox_events SET available_at = now() + make_interval(secs => ${LEASE_SECONDS})
        WHERE id IN (SELECT id FROM outbox_events
                      WHERE dispatched_at IS NULL AND failed_at IS NULL AND available_at <= now()
                      ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id::text AS id, name, payload, attempts`,
    );
    claimed.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
    const done: string[] = [];
    for (const row of claimed) {
      try {
        const event = toEvent(row);
        if (this.clustered) {
          await withTimeout(
            this.jobs.enqueue(DELIVER_JOB, { id: event.id, name: event.name, payload: event.payload }, { jobId: `outbox-${event.id}`, attempts: MAX_ATTEMPTS }),
            ENQUEUE_TIMEOUT_MS,
          );
        } else {
          await this.events.deliver(event);
        }
        done.push(row.id);
      } catch (error) {
        await this.failed(row, error);
      }
    }
    if (done.length) {
      await this.db.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [done]);
    }
    return claimed.length;
  }

  /** Retries with exponential backoff (1 s … 128 s); the last attempt sets the event aside and says so loudly. */
  private async failed(row: z.output<typeof claimedRow>, error: unknown): Promise<void> {
    const message = String((error as Error)?.message ?? error).slice(0, 1000);
    const last = row.attempts + 1 >= MAX_ATTEMPTS;
    if (last) {
      this.logger.error(`Event ${row.name} #${row.id} failed ${MAX_ATTEMPTS} times and is set aside: ${message}`);
    }
    await this.db.query(
      `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2,
              available_at = now() + make_interval(secs => least(300, 2 ^ attempts)),
              failed_at = CASE WHEN $3 THEN now() END
        WHERE id = $1`,
      [row.id, message, last],
    );
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3_600_000) {
      return;
    }
    this.lastCleanup = Date.now();
    // Set-aside events stay until someone looks at them; delivered ones go after a week.
    await this.db.query(`DELETE FROM outbox_events WHERE dispatched_at < now() - make_interval(days => ${KEEP_DAYS})`);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'torchbridge-outbox' });
    let lost = false;
    // pg may both reject the pending query and emit 'error' for one dropped connection: reconnect once per client.
    const reconnect = (why: string) => {
      if (lost) {
        return;
      }
      lost = true;
      if (this.listener === client) {
        this.listener = undefined;
      }
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.logger.warn(`Outbox listener unavailable (${why}); polling until it is back`);
        setTimeout(() => void this.listen(), 2000).unref();
      }
    };
    client.on('notification', () => this.kick());
    client.on('error', (error) => reconnect(error.message));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      reconnect((error as Error).message);
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
