import { Injectable, Logger } from '@nestjs/common';
import type { DomainEventMap, DomainEventName } from '@torchbridge/contracts';

export type { DomainEventMap, DomainEventName } from '@torchbridge/contracts';

/** What runs SQL: a transaction's EntityManager, a DataSource or a pool client. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface StoredEvent<K extends DomainEventName = DomainEventName> {
  id: string;
  name: K;
  payload: DomainEventMap[K];
}

export type EventListener<K extends DomainEventName> = (payload: DomainEventMap[K], event: StoredEvent<K>) => unknown;

/** Channel the outbox dispatcher LISTENs on; NOTIFY is transactional, so it fires only when the change commits. */
export const OUTBOX_CHANNEL = 'tb_outbox';

/**
 * The event backbone. `publish` writes an event to the outbox inside the caller's transaction; the outbox
 * dispatcher delivers it after commit to every listener registered with `on` (at least once).
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');
  private readonly listeners = new Map<DomainEventName, Set<EventListener<DomainEventName>>>();

  async publish<K extends DomainEventName>(tx: Queryable, name: K, payload: DomainEventMap[K]): Promise<void> {
    await tx.query(
      `WITH e AS (INSERT INTO outbox_events (name, payload) VALUES ($1, $2) RETURNING id)
       SELECT pg_notify('${OUTBOX_CHANNEL}', e.id::text) FROM e`,
      [name, JSON.stringify(payload)],
    );
  }

  on<K extends DomainEventName>(name: K, listener: EventListener<K>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as EventListener<DomainEventName>);
    this.listeners.set(name, set);
    return () => set.delete(listener as EventListener<DomainEventName>);
  }

  /** Runs every listener of the event; the first failure is rethrown after all have run, so the event is retried. */
  async deliver(event: StoredEvent): Promise<void> {
    let failure: unknown;
    for (const listener of this.listeners.get(event.name) ?? []) {
      try {
        await listener(event.payload, event);
      } catch (error) {
        this.logger.error(`Listener of ${event.name} #${event.id} failed: ${(error as Error).stack ?? String(error)}`);
        failure ??= error;
      }
    }
    if (failure) {
      throw failure;
    }
  }
}
