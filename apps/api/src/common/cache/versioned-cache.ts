import type Redis from 'ioredis';

/**
 * Read-through cache for query results. Every write to the underlying data bumps the namespace's
 * version, so no entry outlives a change; the TTL only bounds memory.
 */
export interface VersionedCache {
  /** Entries are stored under the version read before the data was loaded, so a load that raced a write is never served. */
  get(namespace: string, version: string, key: string): Promise<string | undefined>;
  set(namespace: string, version: string, key: string, value: string): Promise<void>;
  invalidate(namespace: string): Promise<void>;
  /** Changes whenever the namespace is invalidated, on any instance. */
  version(namespace: string): Promise<string>;
}

export const VERSIONED_CACHE = Symbol('VERSIONED_CACHE');

export class MemoryVersionedCache implements VersionedCache {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly maxEntries = 5000,
  ) {}

  async get(namespace: string, version: string, key: string): Promise<string | undefined> {
    const k = `${namespace}:${version}:${key}`;
    const entry = this.entries.get(k);
    if (!entry || entry.expiresAt <= Date.now()) {
      this.entries.delete(k);
      return undefined;
    }
    // Re-insert so the Map's order is least-recently-used first.
    this.entries.delete(k);
    this.entries.set(k, entry);
    return entry.value;
  }

  async set(namespace: string, version: string, key: string, value: string): Promise<void> {
    if (this.ttlSeconds <= 0 || version !== (await this.version(namespace))) {
      return;
    }
    this.entries.set(`${namespace}:${version}:${key}`, { value, expiresAt: Date.now() + this.ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  async version(namespace: string): Promise<string> {
    return String(this.versions.get(namespace) ?? 0);
  }

  async invalidate(namespace: string): Promise<void> {
    this.versions.set(namespace, (this.versions.get(namespace) ?? 0) + 1);
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(`${namespace}:`)) {
        this.entries.delete(key);
      }
    }
  }
}

/** Shared by all API instances: a write on one instance invalidates the cache of every instance. */
export class RedisVersionedCache implements VersionedCache {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
    private readonly prefix = 'tb:',
  ) {}

  async version(namespace: string): Promise<string> {
    return (await this.redis.get(`${this.prefix}cache:${namespace}:version`)) ?? '0';
  }

  async get(namespace: string, version: string, key: string): Promise<string | undefined> {
    return (await this.redis.get(`${this.prefix}cache:${namespace}:${version}:${key}`)) ?? undefined;
  }

  async set(namespace: string, version: string, key: string, value: string): Promise<void> {
    if (this.ttlSeconds > 0) {
      await this.redis.set(`${this.prefix}cache:${namespace}:${version}:${key}`, value, 'EX', this.ttlSeconds);
    }
  }

  async invalidate(namespace: string): Promise<void> {
    await this.redis.incr(`${this.prefix}cache:${namespace}:version`);
  }
}

const inFlight = new Map<string, Promise<unknown>>();

/**
 * Runs `load` on a miss and caches its JSON. Concurrent misses for the same key share one load,
 * so a popular page that expires does not send a burst of identical queries to PostgreSQL.
 */
export async function cached<T>(cache: VersionedCache, namespace: string, key: string, load: () => Promise<T>): Promise<T> {
  const version = await cache.version(namespace);
  const hit = await cache.get(namespace, version, key);
  if (hit !== undefined) {
    return JSON.parse(hit) as T;
  }
  const flightKey = `${namespace}\u0000${version}\u0000${key}`;
  const pending = inFlight.get(flightKey) as Promise<T> | undefined;
  if (pending) {
    return pending;
  }
  const loading = (async () => {
    try {
      const value = await load();
      await cache.set(namespace, version, key, JSON.stringify(value));
      return value;
    } finally {
      inFlight.delete(flightKey);
    }
  })();
  inFlight.set(flightKey, loading);
  return loading;
}
