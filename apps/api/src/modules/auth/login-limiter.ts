import { Inject, Injectable } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { AppError } from '../../common/errors/app-error';
import { RATE_LIMIT_STORE, RateLimitStore } from '../../common/rate-limit/rate-limit.store';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** A 429 whose `params.retryAfterSeconds` the exception filter turns into the Retry-After header. */
export class SignInRateLimited extends AppError {
  constructor(retryAfterSeconds: number) {
    super('auth.rate_limited', { retryAfterSeconds }, undefined, `Too many sign-in attempts; try again in ${retryAfterSeconds} seconds`);
  }
}

/** One admitted sign-in attempt; report how it ended so only failures count. */
export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

/** The budgets, from configuration (see docs/decisions.md for the numbers and why). */
export interface LoginLimits {
  failuresPerAccountAddress: number;
  failuresPerAddress: number;
  failureWindowSeconds: number;
  accountFreeFailures: number;
  accountWindowSeconds: number;
  backoffMaxSeconds: number;
}

export function loginLimitsFrom(config: AppConfig): LoginLimits {
  return {
    failuresPerAccountAddress: config.LOGIN_FAILURES_PER_ACCOUNT_ADDRESS,
    failuresPerAddress: config.LOGIN_FAILURES_PER_ADDRESS,
    failureWindowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
    accountFreeFailures: config.LOGIN_ACCOUNT_FREE_FAILURES,
    accountWindowSeconds: config.LOGIN_ACCOUNT_WINDOW_SECONDS,
    backoffMaxSeconds: config.LOGIN_BACKOFF_MAX_SECONDS,
  };
}

/**
 * Sign-in limits that protect an account without handing strangers a way to lock it:
 * - account + address: a few failures, then that pair waits out the window; a success clears it;
 * - address (IPv6 by /64): a looser failure budget across all accounts, for one source guessing many accounts;
 * - account, from anywhere: past a free number of failures, one attempt per delay that doubles up to a cap.
 * Only failures count: each attempt reserves its hits up front (so concurrent guesses cannot overrun a budget) and
 * gives them back when it succeeds or is refused. Unknown accounts are limited exactly like known ones.
 */
@Injectable()
export class LoginLimiter {
  private readonly limits: LoginLimits;

  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = loginLimitsFrom(config);
  }

  /** Admits an attempt or throws `SignInRateLimited`. */
  async admit(email: string, ip: string): Promise<LoginAttempt> {
    const limits = this.limits;
    const address = normalizeIp(ip);
    const pairKey = `login:pair:${email}|${address}`;
    const addressKey = `login:addr:${address}`;
    const accountKey = `login:acct:${email}`;
    const gateKey = `login:gate:${email}`;
    const giveBack = () => Promise.all([this.store.undo(pairKey), this.store.undo(addressKey)]);

    const reserved = await Promise.all([
      this.store.hit(pairKey, limits.failuresPerAccountAddress, limits.failureWindowSeconds),
      this.store.hit(addressKey, limits.failuresPerAddress, limits.failureWindowSeconds),
    ]);
    const refused = reserved.filter((r) => !r.allowed);
    if (refused.length > 0) {
      await giveBack();
      throw new SignInRateLimited(Math.max(...refused.map((r) => r.retryAfterSeconds)));
    }
    const failures = await this.store.peek(accountKey);
    if (failures >= limits.accountFreeFailures) {
      // Held while this attempt runs, so a burst from many addresses still gets one guess per delay.
      const gate = await this.store.claim(gateKey, this.delay(failures));
      if (!gate.claimed) {
        await giveBack();
        throw new SignInRateLimited(gate.retryAfterSeconds);
      }
    }
    return {
      failed: async () => {
        const { count } = await this.store.hit(accountKey, Number.MAX_SAFE_INTEGER, limits.accountWindowSeconds);
        if (count >= limits.accountFreeFailures) {
          await this.store.hold(gateKey, this.delay(count));
        }
      },
      succeeded: async () => {
        await Promise.all([this.store.reset(pairKey), this.store.undo(addressKey)]);
      },
    };
  }

  /** 1 s after the last free failure, doubling with each further one, up to the cap. */
  private delay(failures: number): number {
    return Math.min(2 ** Math.min(failures - this.limits.accountFreeFailures, 30), this.limits.backoffMaxSeconds);
  }
}
