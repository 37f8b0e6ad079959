import type { Ack, MessageView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { registerUser } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';

type Client = Socket & { received: MessageView[] };

const connect = (url: string, token: string): Promise<Client> =>
  connectRealtime<Client>(url, token, (socket) => {
    socket.received = [];
    socket.on('message:new', (m: MessageView) => socket.received.push(m));
  });

const TRIALS = 10;
const SENDS = 50;

/**
 * One socket emitting sends without waiting for their acknowledgements: the messages must be stored in the order
 * they were sent, and every member must receive them in sequence order, on the sender's instance and on another.
 */
describe('order of one socket’s rapid sends (two instances)', () => {
  const apps: TestApp[] = [];
  let conversationId: string;
  let sender: string;
  let near: string;
  let far: string;

  beforeAll(async () => {
    const database = await freshDatabase();
    // The sender's budget is raised so that every trial's burst goes through.
    const env = { JWT_SECRET: 'o'.repeat(40), SOCKET_EVENT_BUDGET: '100000' };
    apps.push(await startTestApp({ redis: true, database, env }), await startTestApp({ redis: true, database, env }));
    const [a] = apps as [TestApp, TestApp];
    const people = await Promise.all([registerUser(a.url), registerUser(a.url, { role: 'mentor' }), registerUser(a.url)]);
    [sender, near, far] = people.map((p) => p.accessToken) as [string, string, string];
    const db = a.app.get(DataSource);
    const rows: { id: string }[] = await db.query(`INSERT INTO conversations (kind, title) VALUES ('group', 'Order') RETURNING id`);
    conversationId = rows[0]?.id as string;
    await db.query(`INSERT INTO conversation_members (conversation_id, user_id) SELECT $1, unnest($2::uuid[])`, [conversationId, people.map((p) => p.user.id)]);
  });
  afterAll(async () => {
    await Promise.all(apps.map((x) => x.close()));
  });

  it(`stores ${SENDS} unawaited sends in send order and delivers them in sequence order, in each of ${TRIALS} trials`, async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const receivers = [await connect(a.url, near), await connect(b.url, far)];
    const faults: string[] = [];
    try {
      for (let trial = 0; trial < TRIALS; trial++) {
        const socket = await connect(a.url, sender);
        const ids = Array.from({ length: SENDS }, () => randomUUID());
        const acks = await Promise.all(
          ids.map(
            (clientMessageId, i) =>
              socket.timeout(10000).emitWithAck('message:send', { conversationId, clientMessageId, body: `trial ${trial} message ${i}` }) as Promise<Ack<MessageView>>,
          ),
        );
        socket.disconnect();
        const seqs = acks.map((ack) => (ack.ok ? ack.data.seq : NaN));
        expect(acks.filter((ack) => !ack.ok)).toEqual([]);
        if (seqs.some((seq, i) => i > 0 && seq !== (seqs[i - 1] as number) + 1)) {
          faults.push(`trial ${trial}: stored as ${seqs.join(',')}`);
        }
        const mine = new Set<string>(ids);
        for (const [r, receiver] of receivers.entries()) {
          await until(() => receiver.received.filter((m) => mine.has(m.clientMessageId)).length === SENDS);
          const got = receiver.received.filter((m) => mine.has(m.clientMessageId)).map((m) => m.seq);
          if (got.some((seq, i) => i > 0 && seq < (got[i - 1] as number))) {
            faults.push(`trial ${trial}: receiver ${r} got ${got.join(',')}`);
          }
        }
      }
    } finally {
      receivers.forEach((s) => s.disconnect());
    }
    expect(faults).toEqual([]);
  });
});
