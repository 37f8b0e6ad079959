import { Logger } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type Redis from 'ioredis';

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface EnqueueOptions {
  delayMs?: number;
  /** A job with the same id is queued only once. */
  jobId?: string;
  /** Repeat every N milliseconds. */
  everyMs?: number;
  /** Tries before a job is given up (BullMQ; exponential backoff from 1 s). Default 3. */
  attempts?: number;
}

/** Background work; BullMQ on Redis when clustered, an in-process runner otherwise. */
export interface JobQueue {
  register(name: string, handler: JobHandler): void;
  enqueue(name: string, payload: Record<string, unknown>, options?: EnqueueOptions): Promise<void>;
  close(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

export class InProcessJobQueue implements JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, JobHandler>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  register(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  async enqueue(name: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
    const key = options.jobId ?? `${name}:${Math.random().toString(36).slice(2)}`;
    if (this.timers.has(key) || this.closed) {
      return;
    }
    const run = async () => {
      const handler = this.handlers.get(name);
      if (!handler) {
        this.logger.warn(`No handler for job ${name}`);
        return;
      }
      try {
        await handler(payload);
      } catch (error) {
        this.logger.error(`Job ${name} failed: ${(error as Error).message}`);
      }
    };
    const delay = options.delayMs ?? 0;
    const timer = options.everyMs
      ? setInterval(() => void run(), options.everyMs)
      : setTimeout(() => {
          this.timers.delete(key);
          void run();
        }, delay);
    timer.unref();
    this.timers.set(key, timer);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
  }
}

export class BullJobQueue implements JobQueue {
  private readonly queue: Queue;
  private readonly handlers = new Map<string, JobHandler>();
  private worker?: Worker;
  /** BullMQ leaves connections it was given open, so this class closes its own. */
  private readonly connections: Redis[] = [];

  constructor(
    private readonly connection: Redis,
    private readonly queueName = 'torchbridge',
    private readonly prefix = 'bull',
  ) {
    this.queue = new Queue(queueName, { connection: this.duplicate(), prefix });
  }

  private duplicate(): Redis {
    const copy = this.connection.duplicate();
    this.connections.push(copy);
    return copy;
  }

  register(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
    if (!this.worker) {
      this.worker = new Worker(
        this.queueName,
        async (job) => {
          const run = this.handlers.get(job.name);
          if (!run) {
            throw new Error(`No handler for job ${job.name}`);
          }
          await run(job.data as Record<string, unknown>);
        },
        { connection: this.duplicate(), concurrency: 4, prefix: this.prefix },
      );
    }
  }

  async enqueue(name: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
    if (options.everyMs) {
      await this.queue.upsertJobScheduler(options.jobId ?? name, { every: options.everyMs }, { name, data: payload });
      return;
    }
    await this.queue.add(name, payload, {
      delay: options.delayMs,
      jobId: options.jobId,
      removeOnComplete: 1000,
      removeOnFail: 5000,
      attempts: options.attempts ?? 3,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
