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

/**
 * An instance can commit a message and die before its fan-out. The message is then stored as the send path stores
 * it (the same `chat_send_batch` call, committed) but announced by nobody; the sender, never acknowledged, resends.
 */
describe('a resend of a message stored but never delivered (two instances)', () => {
  const apps: TestApp[] = [];
  let db: DataSource;
  let people: Awaited<ReturnType<typeof registerUser>>[];
  let conversationId: string;
  let otherConversationId: string;

  beforeAll(async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'r'.repeat(40) };
    apps.push(
      await startTestApp({ redis: true, database, env }),
      await startTestApp({ redis: true, database, env }),
    );
    const [a] = apps as [TestApp, TestApp];
    people = await Promise.all([
      registerUser(a.url),
      registerUser(a.url, { role: 'mentor' }),
    ]);
    db = a.app.get(DataSource);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO conversations (kind, title) VALUES ('group', 'One'), ('group', 'Two') RETURNING id`,
    );
    [conversationId, otherConversationId] = rows.map((r) => r.id) as [
      string,
      string,
    ];
    await db.query(
      `INSERT INTO conversation_members (conversation_id, user_id) SELECT c, u FROM unnest($1::uuid[]) c, unnest($2::uuid[]) u`,
      [rows.map((r) => r.id), people.map((p) => p.user.id)],
    );
  });
  afterAll(async () => {
    await Promise.all(apps.map((x) => x.close()));
  });

  /** Stores a message exactly as an instance's batch does, without that instance living to announce it. */
  async function storeUnannounced(
    senderId: string,
    clientMessageId: string,
    body: string,
  ): Promise<{ id: string; seq: number }> {
    const rows: { status: string; id: string; seq: string }[] = await db.query(
      'SELECT status, id, seq FROM chat_send_batch($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], NULL::text[], NULL::jsonb[])',
      [[conversationId], [senderId], [clientMessageId], [body]],
    );
    expect(rows.map((r) => r.status)).toEqual(['new']);
    return { id: rows[0]?.id as string, seq: Number(rows[0]?.seq) };
  }

  it('acknowledges the resend with the stored message and delivers it to the other member, stored once', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const [founder, mentor] = people as [
      (typeof people)[0],
      (typeof people)[0],
    ];
    const recipient = await connect(b.url, mentor.accessToken);
    const sender = await connect(a.url, founder.accessToken);
    const senderElsewhere = await connect(b.url, founder.accessToken);
    try {
      const clientMessageId = randomUUID();
      const stored = await storeUnannounced(
        founder.user.id,
        clientMessageId,
        'committed, then the instance died',
      );
      // Nobody announced it: without the resend the recipient would only see it on its next catch-up.
      await new Promise((r) => setTimeout(r, 200));
      expect(recipient.received.map((m) => m.id)).not.toContain(stored.id);

      const ack = (await sender
        .timeout(5000)
        .emitWithAck('message:send', {
          conversationId,
          clientMessageId,
          body: 'committed, then the instance died',
        })) as Ack<MessageView>;
      expect(ack).toMatchObject({
        ok: true,
        data: {
          id: stored.id,
          seq: stored.seq,
          clientMessageId,
          body: 'committed, then the instance died',
        },
      });

      await until(() => recipient.received.some((m) => m.id === stored.id));
      await until(() =>
        senderElsewhere.received.some((m) => m.id === stored.id),
      );
      // Anything else in flight would have arrived with it; the sending socket has the message in its acknowledgement.
      await new Promise((r) => setTimeout(r, 200));
      expect(recipient.received.filter((m) => m.id === stored.id)).toHaveLength(
        1,
      );
      expect(recipient.received.find((m) => m.id === stored.id)).toMatchObject({
        seq: stored.seq,
        conversationId,
        senderId: founder.user.id,
      });
      expect(sender.received.map((m) => m.id)).not.toContain(stored.id);

      const count: { n: string }[] = await db.query(
        'SELECT count(*) AS n FROM messages WHERE sender_id = $1 AND client_message_id = $2',
        [founder.user.id, clientMessageId],
      );
      expect(Number(count[0]?.n)).toBe(1);
    } finally {
      [recipient, sender, senderElsewhere].forEach((s) => s.disconnect());
    }
  });

  it('refuses a client id reused in another conversation and delivers nothing for it', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const [founder, mentor] = people as [
      (typeof people)[0],
      (typeof people)[0],
    ];
    const recipient = await connect(b.url, mentor.accessToken);
    const sender = await connect(a.url, founder.accessToken);
    try {
      const clientMessageId = randomUUID();
      const stored = await storeUnannounced(
        founder.user.id,
        clientMessageId,
        'in the first conversation',
      );
      const ack = (await sender
        .timeout(5000)
        .emitWithAck('message:send', {
          conversationId: otherConversationId,
          clientMessageId,
          body: 'in the second',
        })) as Ack<MessageView>;
      expect(ack).toMatchObject({ ok: false, code: 'field.invalid' });
      await new Promise((r) => setTimeout(r, 300));
      expect(recipient.received.map((m) => m.id)).not.toContain(stored.id);
    } finally {
      [recipient, sender].forEach((s) => s.disconnect());
    }
  });
});
