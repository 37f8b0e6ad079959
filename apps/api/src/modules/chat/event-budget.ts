import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { RATE_LIMIT_STORE, RateLimitStore } from '../../common/rate-limit/rate-limit.store';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** The refusal of an event over budget; the acknowledgement carries `retryAfterSeconds`. */
export class EventBudgetSpent extends AppError {
  constructor(retryAfterSeconds: number) {
    super('rate_limited', { retryAfterSeconds }, undefined, `Too many events; slow down and retry in ${retryAfterSeconds} s`);
  }
}

/**
 * Each user's budget of socket events, shared by all their sockets on every instance (the rate-limit store: Redis
 * when clustered), so neither more sockets nor reconnecting buys more. A user's events are admitted one at a time on
 * each instance, in the order they arrived, and each starts its work before the next is counted: the budget's round
 * trip cannot reorder one socket's sends. Once refused, the user is refused here without asking the store until the
 * time they were told to wait has passed, so a flood costs the store nothing.
 */
@Injectable()
export class EventBudget {
  private readonly turns = new Map<string, Promise<void>>();
  private readonly refusedUntil = new Map<string, number>();

  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one event of `userId` and, if the budget allows it, starts `work` before the user's next event is counted. */
  async admit<T>(userId: string, work: () => Promise<T>): Promise<T> {
    this.refuseIfWaiting(userId);
    const previous = this.turns.get(userId);
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    this.turns.set(userId, turn);
    let started: Promise<T>;
    try {
      await previous;
      this.refuseIfWaiting(userId);
      const { allowed, retryAfterSeconds } = await this.store.hit(`socket:${userId}`, this.config.SOCKET_EVENT_BUDGET, this.config.SOCKET_EVENT_WINDOW_SECONDS);
      if (!allowed) {
        this.remember(userId, Date.now() + retryAfterSeconds * 1000);
        throw new EventBudgetSpent(retryAfterSeconds);
      }
      started = work();
    } finally {
      release();
      if (this.turns.get(userId) === turn) {
        this.turns.delete(userId);
      }
    }
    return started;
  }

  /** Counts one event of `userId`, or refuses it. */
  spend(userId: string): Promise<void> {
    return this.admit(userId, () => Promise.resolve());
  }

  private remember(userId: string, until: number): void {
    if (this.refusedUntil.size >= 10_000) {
      const now = Date.now();
      for (const [id, time] of this.refusedUntil) {
        if (time <= now) {
          this.refusedUntil.delete(id);
        }
      }
    }
    this.refusedUntil.set(userId, until);
  }

  private refuseIfWaiting(userId: string): void {
    const until = this.refusedUntil.get(userId);
    if (until === undefined) {
      return;
    }
    const left = until - Date.now();
    if (left > 0) {
      throw new EventBudgetSpent(Math.ceil(left / 1000));
    }
    this.refusedUntil.delete(userId);
  }
}
