import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { cached, VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { DomainEvents } from '../../common/events/domain-events';

/** Cache namespace of directory search pages. */
const NAMESPACE = 'directory';

/**
 * Search pages of the directory, cached until the directory changes. Writers invalidate it themselves after commit,
 * so a read right after a write sees the change; a renamed user (mentor names are searched) invalidates it on the event.
 */
@Injectable()
export class DirectoryCache implements OnModuleInit {
  constructor(
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('user.updated', () => this.changed());
  }

  page<T>(key: string, load: () => Promise<T>): Promise<T> {
    return cached(this.cache, NAMESPACE, key, load);
  }

  /** Changes whenever the directory changes, on any instance. */
  version(): Promise<string> {
    return this.cache.version(NAMESPACE);
  }

  changed(): Promise<void> {
    return this.cache.invalidate(NAMESPACE);
  }
}
