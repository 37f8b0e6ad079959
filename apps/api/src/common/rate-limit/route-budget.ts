import { applyDecorators, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { AppError } from '../errors/app-error';
import { RateLimitStore } from './rate-limit.store';

/**
 * Per-route request budgets (every request counts, successful or not), enforced by @nestjs/throttler on our own
 * rate-limit store, so they are shared by every instance through Redis when clustered. A route opts in with
 * `@RouteBudget(name)` and is charged only for that budget. Sign-in is not here: it needs account-aware,
 * failure-only limits (`LoginLimiter`).
 */
export type RouteBudgetName = 'register';

const ROUTE_BUDGET = 'tb:route-budget';

export function routeBudgets(config: AppConfig): ThrottlerModuleOptions {
  const budgets: Record<RouteBudgetName, { limit: number; windowSeconds: number }> = {
    register: { limit: config.REGISTER_RATE_PER_ADDRESS, windowSeconds: config.REGISTER_RATE_WINDOW_SECONDS },
  };
  return {
    // The 429 carries Retry-After through the error filter; the X-RateLimit-* headers would only help a prober.
    setHeaders: false,
    throttlers: Object.entries(budgets).map(([name, budget]) => ({
      name,
      limit: budget.limit,
      ttl: budget.windowSeconds * 1000,
      skipIf: (context: ExecutionContext) => Reflect.getMetadata(ROUTE_BUDGET, context.getHandler()) !== name,
    })),
  };
}

/** Throttler storage over our fixed-window store; a budget over its limit stays refused until the window ends. */
export class RateLimitThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly store: RateLimitStore) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<Awaited<ReturnType<ThrottlerStorage['increment']>>> {
    const result = await this.store.hit(`route:${throttlerName}:${key}`, limit, Math.max(1, Math.ceil(ttl / 1000)));
    return {
      totalHits: result.count,
      timeToExpire: result.retryAfterSeconds,
      isBlocked: !result.allowed,
      timeToBlockExpire: result.allowed ? 0 : result.retryAfterSeconds,
    };
  }
}

/** The throttler's guard answering in our error shape: `rate_limited` with `retryAfterSeconds` (→ Retry-After). */
@Injectable()
export class RouteBudgetGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new AppError('rate_limited', { retryAfterSeconds: detail.timeToBlockExpire });
  }
}

/** Charges the route to the named budget, per caller address (IPv6 per /64). */
export function RouteBudget(name: RouteBudgetName): MethodDecorator {
  return applyDecorators(SetMetadata(ROUTE_BUDGET, name), UseGuards(RouteBudgetGuard));
}
