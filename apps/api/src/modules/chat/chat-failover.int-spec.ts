import { ChatClient } from '@torchbridge/api-client';
import { DataSource } from 'typeorm';
import { registerUser } from '../../../test/http';
import { until } from '../../../test/sockets';
import { freshDatabase, startTestApp } from '../../../test/test-app';

describe('chat when an API instance dies mid-conversation', () => {
  it('ends with every message exactly once and in order on every client', async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'f'.repeat(40) };
    const a = await startTestApp({ redis: true, database, env });
    const b = await startTestApp({ redis: true, database, env });
    const clients: ChatClient[] = [];
    try {
      const [founder, mentor] = await Promise.all([registerUser(a.url), registerUser(a.url, { role: 'mentor' })]);
      const db = a.app.get(DataSource);
      const rows: { id: string }[] = await db.query(`INSERT INTO conversations (kind) VALUES ('group') RETURNING id`);
      const conversationId = rows[0]?.id as string;
      await db.query(`INSERT INTO conversation_members (conversation_id, user_id) VALUES ($1, $2), ($1, $3)`, [conversationId, founder.user.id, mentor.user.id]);

      const status: string[] = [];
      // The founder's client sits on instance A (then fails over to B); the mentor's on B throughout.
      const onA = new ChatClient({ urls: [a.url, b.url], getToken: () => founder.accessToken, ackTimeoutMs: 1000, onStatus: (s) => status.push(s) });
      const onB = new ChatClient({ urls: [b.url, a.url], getToken: () => mentor.accessToken, ackTimeoutMs: 1000 });
      clients.push(onA, onB);
      for (const c of clients) {
        c.watch(conversationId);
        c.connect();
      }
      await until(() => status.includes('online'), 15000);
      await new Promise((r) => setTimeout(r, 100));

      const sends: Promise<unknown>[] = [];
      for (let i = 0; i < 40; i++) {
        sends.push(onA.send(conversationId, `message ${i}`));
        if (i === 15) {
          await a.app.close();
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      await Promise.all(sends);
      const expected = Array.from({ length: 40 }, (_, i) => `message ${i}`);
      for (const client of clients) {
        await until(() => client.messages(conversationId).length >= 40, 15000);
        const got = client.messages(conversationId);
        expect(got.map((m) => m.body).sort()).toEqual([...expected].sort());
        expect(new Set(got.map((m) => m.id)).size).toBe(40);
        expect(got.map((m) => m.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      }
      expect(status).toContain('reconnecting');
      const stored: { n: string }[] = await b.app.get(DataSource).query('SELECT count(*) AS n FROM messages WHERE conversation_id = $1', [conversationId]);
      expect(Number(stored[0]?.n)).toBe(40);
    } finally {
      clients.forEach((c) => c.close());
      await b.close();
      await a.close().catch(() => undefined);
    }
  });
});
