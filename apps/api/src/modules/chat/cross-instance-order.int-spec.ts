import type { Ack, MessageView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { registerUser } from '../../../test/http';
import { connectRealtime, until } from '../../../test/sockets';
import { freshDatabase, startTestApp, TestApp } from '../../../test/test-app';
import { ChatService, CommittedMessage } from './chat.service';

type Client = Socket & { received: MessageView[] };

const connect = (url: string, token: string): Promise<Client> =>
  connectRealtime<Client>(url, token, (socket) => {
    socket.received = [];
    socket.on('message:new', (m: MessageView) => socket.received.push(m));
  });

const send = async (
  socket: Client,
  conversationId: string,
  body: string,
): Promise<MessageView> => {
  const ack = (await socket
    .timeout(10000)
    .emitWithAck('message:send', {
      conversationId,
      clientMessageId: randomUUID(),
      body,
    })) as Ack<MessageView>;
  if (!ack.ok) {
    throw new Error(ack.error);
  }
  return ack.data;
};

/**
 * Two members write to one conversation through different instances. Postgres numbers their messages in commit order,
 * but each instance fans out its own: when the instance that committed the earlier message is slow to announce it (a
 * stalled event loop, a GC pause), the later one, from the other instance, must still not reach anyone first.
 */
describe('order of one conversation written through two instances', () => {
  const apps: TestApp[] = [];
  let conversationId: string;
  let tokens: string[];
  let restore: (() => void) | undefined;

  beforeAll(async () => {
    const database = await freshDatabase();
    const env = { JWT_SECRET: 'x'.repeat(40) };
    apps.push(
      await startTestApp({ redis: true, database, env }),
      await startTestApp({ redis: true, database, env }),
    );
    const [a] = apps as [TestApp, TestApp];
    const people = await Promise.all([
      registerUser(a.url),
      registerUser(a.url, { role: 'mentor' }),
      registerUser(a.url),
      registerUser(a.url),
    ]);
    tokens = people.map((p) => p.accessToken);
    const db = a.app.get(DataSource);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO conversations (kind, title) VALUES ('group', 'Two doors') RETURNING id`,
    );
    conversationId = rows[0]?.id as string;
    await db.query(
      `INSERT INTO conversation_members (conversation_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [conversationId, people.map((p) => p.user.id)],
    );
  });
  afterEach(() => restore?.());
  afterAll(async () => {
    await Promise.all(apps.map((x) => x.close()));
  });

  it('delivers a message committed earlier on a slow instance before a later one from the other instance, to members on both', async () => {
    const [a, b] = apps as [TestApp, TestApp];
    const [senderA, senderB, readerA, readerB] = tokens as [
      string,
      string,
      string,
      string,
    ];
    const writers = [
      await connect(a.url, senderA),
      await connect(b.url, senderB),
    ] as const;
    const readers = [
      await connect(a.url, readerA),
      await connect(b.url, readerB),
    ];
    // The conversation is under way: every instance has delivered one of its messages already.
    await send(writers[0], conversationId, 'hello');
    for (const reader of readers) {
      await until(() => reader.received.length === 1);
      reader.received.length = 0;
    }
    await until(() => writers[1].received.length === 1);
    writers[1].received.length = 0;
    // Instance A announces what it commits 300 ms late, as if its event loop stalled right after the commit.
    const chatA = a.app.get(ChatService) as unknown as {
      announce: (committed: CommittedMessage) => void;
    };
    const announce = chatA.announce.bind(chatA);
    chatA.announce = (committed) =>
      void setTimeout(() => announce(committed), 300);
    restore = () => {
      chatA.announce = announce;
    };
    try {
      const first = await send(writers[0], conversationId, 'first, through A');
      const second = await send(
        writers[1],
        conversationId,
        'second, through B',
      );
      expect(second.seq).toBe(first.seq + 1);
      for (const reader of readers) {
        await until(() => reader.received.length >= 2);
      }
      // Both writers hear the other's message; everyone hears them in sequence order.
      await until(
        () =>
          writers[1].received.length >= 1 && writers[0].received.length >= 1,
      );
      expect(readers.map((r) => r.received.map((m) => m.body))).toEqual([
        ['first, through A', 'second, through B'],
        ['first, through A', 'second, through B'],
      ]);
      expect(writers.map((w) => w.received.map((m) => m.body))).toEqual([
        ['second, through B'],
        ['first, through A'],
      ]);
    } finally {
      [...writers, ...readers].forEach((s) => s.disconnect());
    }
  });
});
