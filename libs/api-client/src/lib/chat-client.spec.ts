import type { MessageView } from '@torchbridge/contracts';
import { REALTIME_NAMESPACE } from '@torchbridge/contracts';
import { createServer, Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, Socket } from 'socket.io';
import { ChatClient } from './chat-client';

const CONVERSATION = 'c0000000-0000-4000-8000-000000000001';

function message(seq: number): MessageView {
  return {
    id: `m0000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    conversationId: CONVERSATION,
    seq,
    senderId: 'u0000000-0000-4000-8000-000000000002',
    clientMessageId: `c1000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    body: `message ${seq}`,
    kind: 'text',
    createdAt: new Date(Date.UTC(2026, 11, 4, 8, 0, seq)).toISOString(),
  };
}

/** A scripted server: it stores `stored`, answers catch-ups from them (a page at a time) and records what was asked. */
class ScriptedServer {
  readonly http: HttpServer = createServer();
  readonly io = new Server(this.http);
  stored: MessageView[] = [];
  readonly syncs: number[] = [];
  pageSize = 500;
  onConnection: (socket: Socket) => void = (socket) =>
    socket.emit('session:ready', { userId: 'u1', locale: 'en' });

  async start(): Promise<string> {
    this.io.of(REALTIME_NAMESPACE).on('connection', (socket) => {
      socket.on(
        'conversation:sync',
        ({ afterSeq }: { afterSeq: number }, ack: (reply: unknown) => void) => {
          this.syncs.push(afterSeq);
          const messages = this.stored
            .filter((m) => m.seq > afterSeq)
            .slice(0, this.pageSize);
          ack({ ok: true, data: { messages, lastSeq: this.stored.length } });
        },
      );
      this.onConnection(socket);
    });
    await new Promise<void>((resolve) =>
      this.http.listen(0, '127.0.0.1', () => resolve()),
    );
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      void this.io.close(() => resolve());
    });
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('ChatClient catch-up', () => {
  let server: ScriptedServer;
  let client: ChatClient | undefined;
  afterEach(async () => {
    client?.close();
    await server.stop();
  });

  it('holds pushes that overtake session:ready and catches up from the unbroken run, not the highest seq seen', async () => {
    server = new ScriptedServer();
    server.stored = [1, 2, 3, 4, 5, 6].map(message);
    // Messages 5 and 6 are pushed before the session is ready; 3 and 4 were sent while this client was away.
    server.onConnection = (socket) => {
      socket.emit('message:new', message(5));
      socket.emit('message:new', message(6));
      setTimeout(
        () => socket.emit('session:ready', { userId: 'u1', locale: 'en' }),
        20,
      );
    };
    const url = await server.start();
    client = new ChatClient({ urls: [url], getToken: () => 'token' });
    client.keepHistory([message(1), message(2)]);
    client.watch(CONVERSATION);
    client.connect();

    await until(
      () => client?.messages(CONVERSATION).length === 6,
      'all six messages',
    );
    expect(client.messages(CONVERSATION).map((m) => m.seq)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(server.syncs[0]).toBe(2);
    expect(client.contiguousSeq(CONVERSATION)).toBe(6);
  });

  it('fetches a gap a live push reveals, and pages through a long catch-up', async () => {
    server = new ScriptedServer();
    server.pageSize = 2;
    server.stored = [1, 2, 3].map(message);
    const url = await server.start();
    const seen: number[] = [];
    client = new ChatClient({
      urls: [url],
      getToken: () => 'token',
      onMessage: (m) => seen.push(m.seq),
    });
    client.watch(CONVERSATION);
    client.connect();
    await until(
      () => client?.contiguousSeq(CONVERSATION) === 3,
      'the first catch-up, over two pages',
    );
    expect(server.syncs).toEqual([0, 2]);

    // 4..8 are stored, but only 8 reaches this client live: the gap is fetched from 3.
    server.stored = [1, 2, 3, 4, 5, 6, 7, 8].map(message);
    const socket = [
      ...server.io.of(REALTIME_NAMESPACE).sockets.values(),
    ][0] as Socket;
    socket.emit('message:new', message(8));
    await until(
      () => client?.contiguousSeq(CONVERSATION) === 8,
      'the gap filled',
    );
    expect(server.syncs.slice(2)).toEqual([3, 5]);
    expect(client.messages(CONVERSATION).map((m) => m.seq)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('ChatClient under a spent event budget', () => {
  let server: ScriptedServer;
  let client: ChatClient | undefined;
  afterEach(async () => {
    client?.close();
    await server.stop();
  });

  it('asks again with the same id when an acknowledgement does not come while the connection stays up', async () => {
    server = new ScriptedServer();
    const seen: string[] = [];
    server.onConnection = (socket) => {
      socket.on(
        'message:send',
        (
          payload: { clientMessageId: string; body: string },
          ack: (reply: unknown) => void,
        ) => {
          seen.push(payload.clientMessageId);
          // The first acknowledgement is lost; the repeat is answered with the stored message.
          if (seen.length > 1) {
            ack({
              ok: true,
              data: {
                ...message(1),
                clientMessageId: payload.clientMessageId,
                body: payload.body,
              },
            });
          }
        },
      );
      socket.emit('session:ready', { userId: 'u1', locale: 'en' });
    };
    const url = await server.start();
    client = new ChatClient({
      urls: [url],
      getToken: () => 'token',
      ackTimeoutMs: 200,
    });
    client.connect();
    await until(
      () => server.io.of(REALTIME_NAMESPACE).sockets.size === 1,
      'the connection',
    );
    await new Promise((r) => setTimeout(r, 50));

    const stored = await client.send(
      CONVERSATION,
      'hello',
      'c2000000-0000-4000-8000-000000000001',
    );
    expect(stored.body).toBe('hello');
    expect(seen).toEqual([
      'c2000000-0000-4000-8000-000000000001',
      'c2000000-0000-4000-8000-000000000001',
    ]);
    expect(server.io.of(REALTIME_NAMESPACE).sockets.size).toBe(1);
  });

  it('holds every send for the time the server names, then sends the unsent ones in the order they were written', async () => {
    server = new ScriptedServer();
    const refusedAt: number[] = [];
    const stored: string[] = [];
    let budget = 2;
    server.onConnection = (socket) => {
      socket.on(
        'message:send',
        (
          payload: { clientMessageId: string; body: string },
          ack: (reply: unknown) => void,
        ) => {
          if (budget === 0) {
            refusedAt.push(Date.now());
            ack({
              ok: false,
              error: 'Too many events; slow down',
              code: 'rate_limited',
              retryAfterSeconds: 1,
            });
            return;
          }
          budget -= 1;
          stored.push(payload.body);
          ack({
            ok: true,
            data: {
              ...message(stored.length),
              clientMessageId: payload.clientMessageId,
              body: payload.body,
            },
          });
        },
      );
      socket.emit('session:ready', { userId: 'u1', locale: 'en' });
    };
    const url = await server.start();
    client = new ChatClient({ urls: [url], getToken: () => 'token' });
    client.connect();
    await until(
      () => server.io.of(REALTIME_NAMESPACE).sockets.size === 1,
      'the connection',
    );
    await new Promise((r) => setTimeout(r, 50));

    const sent = ['one', 'two', 'three', 'four', 'five'].map((body) =>
      (client as ChatClient).send(CONVERSATION, body),
    );
    await until(() => refusedAt.length > 0, 'a refusal');
    const firstRefusal = refusedAt[0] as number;
    const refusals = refusedAt.length;
    budget = 10;
    await Promise.all(sent);
    expect(stored).toEqual(['one', 'two', 'three', 'four', 'five']);
    // Nothing was retried before the second the server asked for.
    expect(refusedAt).toHaveLength(refusals);
    expect(Date.now() - firstRefusal).toBeGreaterThanOrEqual(950);
  });

  it('sends again, same ids and in the order written, what a busy server refused, after the wait it names', async () => {
    server = new ScriptedServer();
    const attempts: string[] = [];
    const stored: string[] = [];
    let busyUntil = 0;
    server.onConnection = (socket) => {
      socket.on(
        'message:send',
        (
          payload: { clientMessageId: string; body: string },
          ack: (reply: unknown) => void,
        ) => {
          attempts.push(payload.body);
          // The server takes the first send, then is busy for 150 ms: it refuses everything until then.
          if (stored.length === 1 && busyUntil === 0) {
            busyUntil = Date.now() + 150;
          }
          if (Date.now() < busyUntil) {
            ack({
              ok: false,
              error: 'Chat is busy; send the message again in a moment',
              code: 'chat.busy',
              retryAfterMs: busyUntil - Date.now(),
            });
            return;
          }
          stored.push(payload.body);
          ack({
            ok: true,
            data: {
              ...message(stored.length),
              clientMessageId: payload.clientMessageId,
              body: payload.body,
            },
          });
        },
      );
      socket.emit('session:ready', { userId: 'u1', locale: 'en' });
    };
    const url = await server.start();
    client = new ChatClient({ urls: [url], getToken: () => 'token' });
    client.connect();
    await until(
      () => server.io.of(REALTIME_NAMESPACE).sockets.size === 1,
      'the connection',
    );
    await new Promise((r) => setTimeout(r, 50));

    const bodies = ['one', 'two', 'three', 'four'];
    const acknowledged = await Promise.all(
      bodies.map((body) => (client as ChatClient).send(CONVERSATION, body)),
    );
    expect(stored).toEqual(bodies);
    expect(acknowledged.map((m) => m.body)).toEqual(bodies);
    // Three were refused once each and sent again: nothing was given up, nothing sent a third time.
    expect(attempts).toEqual([
      'one',
      'two',
      'three',
      'four',
      'two',
      'three',
      'four',
    ]);
  });

  it('catches up again once the wait is over when a catch-up was refused', async () => {
    server = new ScriptedServer();
    server.stored = [1, 2].map(message);
    let refuse = true;
    server.onConnection = (socket) => {
      socket.removeAllListeners('conversation:sync');
      socket.on(
        'conversation:sync',
        ({ afterSeq }: { afterSeq: number }, ack: (reply: unknown) => void) => {
          server.syncs.push(afterSeq);
          if (refuse) {
            refuse = false;
            ack({
              ok: false,
              error: 'Too many events; slow down',
              code: 'rate_limited',
              retryAfterSeconds: 1,
            });
            return;
          }
          ack({
            ok: true,
            data: {
              messages: server.stored.filter((m) => m.seq > afterSeq),
              lastSeq: server.stored.length,
            },
          });
        },
      );
      socket.emit('session:ready', { userId: 'u1', locale: 'en' });
    };
    const url = await server.start();
    client = new ChatClient({ urls: [url], getToken: () => 'token' });
    client.watch(CONVERSATION);
    client.connect();
    await until(
      () => client?.contiguousSeq(CONVERSATION) === 2,
      'the catch-up after the wait',
    );
    expect(server.syncs).toEqual([0, 0]);
  });
});
