import {
  Inject,
  Injectable,
  Logger,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  monitorEventLoopDelay,
  performance,
  PerformanceObserver,
  type IntervalHistogram,
} from 'node:perf_hooks';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** The stages of a send on its instance, in order; each is a wall-clock time in ms. */
export const TRACE_STAGES = [
  'received',
  'queued',
  'batchStart',
  'committed',
  'published',
] as const;
export type TraceStage = (typeof TRACE_STAGES)[number];

/** Messages traced per instance at most; older ones are dropped first. */
const MAX_TRACED = 400_000;
/** An event-loop turn this much later than asked for counts as a stall. */
const STALL_MS = 10;

/** Where an instance writes its trace when it stops: the benchmark reads it by the process id. */
export const traceFile = (pid: number): string =>
  join(tmpdir(), `torchbridge-chat-trace-${pid}.json`);

/**
 * With CHAT_TRACE on, every send's path through this instance (received, queued for its batch, batch started,
 * committed, handed to the fan-out) is timed, together with the batches (size, conversations, time in Postgres),
 * garbage collections and event-loop stalls, and written to `traceFile(pid)` when the instance stops. Off by default:
 * then every call is a single check of a boolean.
 */
@Injectable()
export class ChatTrace implements OnModuleInit, OnModuleDestroy {
  readonly enabled: boolean;
  private readonly logger = new Logger('ChatTrace');
  private readonly sends = new Map<string, number[]>();
  private readonly batches: [
    start: number,
    size: number,
    lanes: number,
    ms: number,
    inFlight: number,
  ][] = [];
  private readonly gcs: [start: number, ms: number, kind: number][] = [];
  private readonly stalls: [start: number, ms: number][] = [];
  private observer?: PerformanceObserver;
  private loop?: IntervalHistogram;
  private ticker?: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.enabled = config.CHAT_TRACE;
  }

  /** Wall-clock ms with sub-ms precision, comparable across processes on one machine. */
  now(): number {
    return performance.timeOrigin + performance.now();
  }

  /** Records a stage of the send `(userId, clientMessageId)`. */
  mark(key: string, stage: TraceStage, at = this.now()): void {
    if (!this.enabled) {
      return;
    }
    let times = this.sends.get(key);
    if (!times) {
      if (this.sends.size >= MAX_TRACED) {
        const oldest = this.sends.keys().next();
        if (!oldest.done) {
          this.sends.delete(oldest.value);
        }
      }
      times = [];
      this.sends.set(key, times);
    }
    times[TRACE_STAGES.indexOf(stage)] ??= at;
  }

  batch(start: number, size: number, lanes: number, inFlight: number): void {
    if (this.enabled) {
      this.batches.push([start, size, lanes, this.now() - start, inFlight]);
    }
  }

  onModuleInit(): void {
    if (!this.enabled) {
      return;
    }
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind =
          (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
        this.gcs.push([
          performance.timeOrigin + entry.startTime,
          entry.duration,
          kind,
        ]);
      }
    });
    this.observer.observe({ entryTypes: ['gc'] });
    this.loop = monitorEventLoopDelay({ resolution: 10 });
    this.loop.enable();
    // A 5 ms timer that fires late tells when the loop was blocked, which the histogram alone cannot.
    let expected = this.now() + 5;
    this.ticker = setInterval(() => {
      const now = this.now();
      if (now - expected >= STALL_MS) {
        this.stalls.push([expected, now - expected]);
      }
      expected = now + 5;
    }, 5);
    this.ticker.unref();
  }

  onModuleDestroy(): void {
    if (!this.enabled) {
      return;
    }
    this.observer?.disconnect();
    this.loop?.disable();
    clearInterval(this.ticker);
    const file = traceFile(process.pid);
    try {
      writeFileSync(
        file,
        JSON.stringify({
          stages: TRACE_STAGES,
          sends: Object.fromEntries(this.sends),
          batches: this.batches,
          gcs: this.gcs,
          stalls: this.stalls,
          loopDelayMs: this.loop
            ? {
                p50: this.loop.percentile(50) / 1e6,
                p99: this.loop.percentile(99) / 1e6,
                max: this.loop.max / 1e6,
              }
            : null,
        }),
      );
      this.logger.warn(`Chat trace written to ${file}`);
    } catch (error) {
      this.logger.error(
        `Chat trace not written: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
