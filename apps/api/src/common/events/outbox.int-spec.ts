import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../../../test/test-app';
import { DomainEvents } from './domain-events';
import { MAX_ATTEMPTS, OutboxDispatcher } from './outbox-dispatcher';

interface Row {
  name: string;
  attempts: number;
  dispatched: boolean;
  failed: boolean;
  last_error: string | null;
}

describe('outbox delivery when things go wrong', () => {
  let t: TestApp;
  let db: DataSource;
  let events: DomainEvents;
  let dispatcher: OutboxDispatcher;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    events = t.app.get(DomainEvents);
    dispatcher = t.app.get(OutboxDispatcher);
  });
  afterAll(async () => {
    await t.close();
  });

  async function row(id: string): Promise<Row> {
    const rows: Row[] = await db.query(
      `SELECT name, attempts, dispatched_at IS NOT NULL AS dispatched, failed_at IS NOT NULL AS failed, last_error FROM outbox_events WHERE id = $1`,
      [id],
    );
    return rows[0] as Row;
  }

  async function insert(name: string, payload: unknown, attempts = 0): Promise<string> {
    const rows: { id: string }[] = await db.query(`INSERT INTO outbox_events (name, payload, attempts) VALUES ($1, $2, $3) RETURNING id::text AS id`, [
      name,
      JSON.stringify(payload),
      attempts,
    ]);
    return rows[0]?.id as string;
  }

  it('keeps delivering when one stored event has a name this build does not know', async () => {
    const heard: string[] = [];
    const off = events.on('weights.updated', ({ actorId }) => void heard.push(actorId));
    try {
      const bad = await insert('weights.renamed-in-a-later-release', { actorId: 'x' });
      const good = await insert('weights.updated', { actorId: 'after-the-bad-one' });
      await dispatcher.drain();
      expect(heard).toEqual(['after-the-bad-one']);
      expect(await row(good)).toMatchObject({ dispatched: true, failed: false });
      expect(await row(bad)).toMatchObject({ dispatched: false, failed: false, attempts: 1 });
      expect((await row(bad)).last_error).toContain('weights.renamed-in-a-later-release');
    } finally {
      off();
    }
  });

  it('retries a failing listener with backoff and delivers once it recovers', async () => {
    let calls = 0;
    const off = events.on('weights.updated', () => {
      calls += 1;
      if (calls === 1) {
        throw new Error('database briefly unavailable');
      }
    });
    try {
      const id = await insert('weights.updated', { actorId: 'retry' });
      await dispatcher.drain();
      expect(await row(id)).toMatchObject({ dispatched: false, attempts: 1, last_error: 'database briefly unavailable' });
      // Not before its backoff: a second drain right away leaves it alone.
      await dispatcher.drain();
      expect(calls).toBe(1);
      await db.query(`UPDATE outbox_events SET available_at = now() WHERE id = $1`, [id]);
      await dispatcher.drain();
      expect(calls).toBe(2);
      expect(await row(id)).toMatchObject({ dispatched: true, failed: false });
    } finally {
      off();
    }
  });

  it(`sets an event aside after ${MAX_ATTEMPTS} failed deliveries instead of retrying it forever or calling it delivered`, async () => {
    const off = events.on('weights.updated', () => {
      throw new Error('always fails');
    });
    try {
      const id = await insert('weights.updated', { actorId: 'poison' }, MAX_ATTEMPTS - 1);
      await dispatcher.drain();
      expect(await row(id)).toMatchObject({ dispatched: false, failed: true, attempts: MAX_ATTEMPTS });
      await db.query(`UPDATE outbox_events SET available_at = now() WHERE id = $1`, [id]);
      await dispatcher.drain();
      expect((await row(id)).attempts).toBe(MAX_ATTEMPTS);
    } finally {
      off();
    }
  });

  it('takes over events claimed by an instance that died once their lease runs out', async () => {
    const heard: string[] = [];
    const off = events.on('weights.updated', ({ actorId }) => void heard.push(actorId));
    try {
      // Claimed by a dead instance: leased into the future, never marked delivered.
      const id = await insert('weights.updated', { actorId: 'orphan' });
      await db.query(`UPDATE outbox_events SET available_at = now() + interval '60 seconds' WHERE id = $1`, [id]);
      await dispatcher.drain();
      expect(heard).toEqual([]);
      await db.query(`UPDATE outbox_events SET available_at = now() WHERE id = $1`, [id]);
      await dispatcher.drain();
      expect(heard).toEqual(['orphan']);
    } finally {
      off();
    }
  });
});
