import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL');

/** Every setting the API reads, validated once at boot. Names are the environment variables. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// URL')
    .optional(),
  /** Namespace for every Redis key, so deployments (or test runs) can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, 'must be letters, digits, ":", ".", "_" or "-"').default('tb:'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  JWT_ISSUER: z.string().min(1).default('torchbridge'),
  JWT_AUDIENCE: z.string().min(1).default('torchbridge-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** A rotated refresh token presented again this soon returns a sibling (two tabs refreshing at once), not a revocation. */
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** Sign-in failures (successes never count): per account and address, per address, per account from anywhere. */
  LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: z.coerce.number().int().min(1).default(10),
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  LOGIN_ACCOUNT_FREE_FAILURES: z.coerce.number().int().min(1).default(20),
  LOGIN_ACCOUNT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  LOGIN_BACKOFF_MAX_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Registrations per address (IPv6 by /64) per window. */
  REGISTER_RATE_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  REGISTER_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Socket events (sends, syncs, read marks, typing, presence) per user per window, across all their sockets. */
  SOCKET_EVENT_BUDGET: z.coerce.number().int().min(1).default(30),
  SOCKET_EVENT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(2),
  /** Times every chat send's path and the instance's GC pauses and event-loop stalls, for the chat benchmark. */
  CHAT_TRACE: bool.default(false),
  /** Chat sends are refused with `chat.busy` (and sent again by the client) once a send has waited this long for its batch. */
  CHAT_BUSY_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(100),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/, 'must look like 256kb or 1mb')
    .default('256kb'),
  WEB_DIST_DIR: z.string().optional(),
  /** Directory search pages are cached this long at most (0 turns the cache off); writes invalidate at once. */
  QUERY_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  SEED_DEMO: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.default(false),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  APP_VERSION: z.string().default('0.1.0'),
  /** Mail goes out over SMTP when set (smtp:// or smtps://, credentials in the URL); otherwise into the dev outbox. */
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).max(320).default('Torchbridge <no-reply@torchbridge.local>'),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses an environment; throws one error that names every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(root)';
      const message = issue.code === 'invalid_type' && input[name] === undefined ? 'is required' : issue.message;
      return `${name} ${message}`;
    });
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  return result.data;
}
