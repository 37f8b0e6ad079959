import { REALTIME_NAMESPACE } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { socketEvents } from '../../test/gateways';
import { connectRealtime, until } from '../../test/sockets';
import { startTestApp, TestApp } from '../../test/test-app';
import { buildWorld, CALLERS, SignedIn, World } from '../../test/world';

/**
 * Every socket event × every kind of caller, against the world's mentorship conversation (its members are the
 * founder and the partner mentor; A's manager and the admin are not members). Members succeed; everyone else is
 * told `conversation.not_member` and changes nothing; a socket without a token is never connected. An event without
 * a row fails the first test, as a route without a row does in the route matrix.
 */
type Ack =
  | { ok: true; data?: unknown }
  | { ok: false; code: string; error: string };

interface Row {
  /** Who succeeds; everyone else is answered `conversation.not_member`. */
  ok: readonly SignedIn[] | 'everyone';
  /** Sends the event as `who` and reports what the caller got and whether anyone else could tell. */
  run: (ctx: Context, who: SignedIn) => Promise<string>;
}

interface Context {
  world: World;
  sockets: Record<SignedIn, Socket>;
  /** What each member's other device heard: typing and message pushes, by conversation. */
  heard: { typing: string[]; messages: string[]; reads: string[] };
}

const MEMBERS = ['founderOwn', 'mentorPartner'] as const;
const emitAck = (socket: Socket, event: string, payload: unknown) =>
  socket.timeout(5000).emitWithAck(event, payload) as Promise<Ack>;
const outcome = (ack: Ack) => (ack.ok ? 'ok' : ack.code);

const ROWS: Record<string, Row> = {
  // Ping answers `{ at }` itself, not the `{ ok }` envelope.
  ping: {
    ok: 'everyone',
    run: async ({ sockets }, who) =>
      'at' in (await emitAck(sockets[who], 'ping', {})) ? 'ok' : 'no answer',
  },
  'message:send': {
    ok: MEMBERS,
    run: async ({ world, sockets, heard }, who) => {
      const body = `from ${who} ${randomUUID()}`;
      const ack = await emitAck(sockets[who], 'message:send', {
        conversationId: world.ids.conversation,
        clientMessageId: randomUUID(),
        body,
      });
      if (ack.ok) {
        await until(() => heard.messages.includes(body));
      }
      return outcome(ack);
    },
  },
  'conversation:sync': {
    ok: MEMBERS,
    run: async ({ world, sockets }, who) =>
      outcome(
        await emitAck(sockets[who], 'conversation:sync', {
          conversationId: world.ids.conversation,
          afterSeq: 0,
        }),
      ),
  },
  'conversation:read': {
    ok: MEMBERS,
    run: async ({ world, sockets, heard }, who) => {
      const ack = await emitAck(sockets[who], 'conversation:read', {
        conversationId: world.ids.conversation,
        seq: 1,
      });
      if (ack.ok) {
        await until(() => heard.reads.includes(world.people[who].id));
      }
      return outcome(ack);
    },
  },
  // Typing answers nothing; a member's reaches the other member, anyone else's reaches nobody.
  typing: {
    ok: MEMBERS,
    run: async ({ world, sockets, heard }, who) => {
      const before = heard.typing.length;
      sockets[who].emit('typing', { conversationId: world.ids.conversation });
      if ((MEMBERS as readonly string[]).includes(who)) {
        await until(() =>
          heard.typing.slice(before).includes(world.people[who].id),
        );
        return 'ok';
      }
      await new Promise((r) => setTimeout(r, 400));
      return heard.typing.length === before
        ? 'conversation.not_member'
        : `typing reached a member: ${heard.typing.slice(before).join()}`;
    },
  },
  // Presence is answered to everyone, but only people who share a conversation with the founder (the partner mentor,
  // and A's manager through the programme group) learn she is online; she is not her own peer.
  'presence:query': {
    ok: 'everyone',
    run: async ({ world, sockets }, who) => {
      const ack = await emitAck(sockets[who], 'presence:query', {
        userIds: [world.people.founderOwn.id],
      });
      if (!ack.ok) {
        return ack.code;
      }
      const online = (ack.data as { online: string[] }).online;
      const peers: SignedIn[] = ['mentorPartner', 'managerSame'];
      const shouldSee = peers.includes(who);
      return online.includes(world.people.founderOwn.id) === shouldSee
        ? 'ok'
        : `presence ${shouldSee ? 'hidden from a peer' : 'revealed to a stranger'}`;
    },
  },
};

describe('access matrix: every socket event for every kind of caller', () => {
  let t: TestApp;
  let ctx: Context;
  const listeners: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const world = await buildWorld(t);
    const heard: Context['heard'] = { typing: [], messages: [], reads: [] };
    // A second device of each member listens, so the caller's own socket is not the one that hears.
    for (const member of MEMBERS) {
      listeners.push(
        await connectRealtime(t.url, world.people[member].token, (s) => {
          s.on(
            'typing',
            (e: { conversationId: string; userId: string }) =>
              e.conversationId === world.ids.conversation &&
              heard.typing.push(e.userId),
          );
          s.on(
            'message:new',
            (m: { conversationId: string; body: string }) =>
              m.conversationId === world.ids.conversation &&
              heard.messages.push(m.body),
          );
          s.on(
            'conversation:read',
            (e: { conversationId: string; userId: string }) =>
              e.conversationId === world.ids.conversation &&
              heard.reads.push(e.userId),
          );
        }),
      );
    }
    const signedIn = CALLERS.filter((c): c is SignedIn => c !== 'anonymous');
    const sockets = Object.fromEntries(
      await Promise.all(
        signedIn.map(
          async (who) =>
            [
              who,
              await connectRealtime(t.url, world.people[who].token),
            ] as const,
        ),
      ),
    ) as Record<SignedIn, Socket>;
    ctx = { world, sockets, heard };
  }, 60_000);
  afterAll(async () => {
    for (const s of [...listeners, ...Object.values(ctx?.sockets ?? {})]) {
      s.disconnect();
    }
    await t.close();
  });

  it('has a row for every socket event the application handles, and no row for one it does not', () => {
    const events = socketEvents(t)
      .map((e) => e.event)
      .sort();
    expect({
      missing: events.filter((e) => !(e in ROWS)),
      stale: Object.keys(ROWS).filter((e) => !events.includes(e)),
    }).toEqual({ missing: [], stale: [] });
  });

  it('never connects a socket without a valid token', async () => {
    for (const token of [
      undefined,
      'not-a-token',
      `${ctx.world.people.founderOwn.token}x`,
    ]) {
      const socket = io(`${t.url}${REALTIME_NAMESPACE}`, {
        auth: token ? { token } : {},
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      });
      const result = await new Promise<string>((resolve) => {
        socket.once('session:ready', () => resolve('connected'));
        socket.once('connect_error', () => resolve('refused'));
        socket.once('disconnect', () => resolve('refused'));
      });
      socket.disconnect();
      expect([token === undefined ? 'none' : 'bad', result]).toEqual([
        token === undefined ? 'none' : 'bad',
        'refused',
      ]);
    }
  });

  it('answers each signed-in caller as the matrix intends and lets no outsider change or hear the conversation', async () => {
    const messagesBefore = await t.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM messages WHERE conversation_id = $1`,
        [ctx.world.ids.conversation],
      );
    const unintended: string[] = [];
    let cells = 0;
    let successes = 0;
    for (const [event, row] of Object.entries(ROWS)) {
      for (const who of CALLERS) {
        if (who === 'anonymous') {
          continue;
        }
        const want =
          row.ok === 'everyone' || row.ok.includes(who)
            ? 'ok'
            : 'conversation.not_member';
        const got = await row.run(ctx, who);
        cells++;
        successes += got === 'ok' ? 1 : 0;
        if (got !== want) {
          unintended.push(`${event} as ${who}: expected ${want}, got ${got}`);
        }
      }
    }
    expect(unintended).toEqual([]);
    expect(cells).toBe(Object.keys(ROWS).length * (CALLERS.length - 1));
    // Only the two members' sends were stored; every outsider's was refused before it was written.
    const messagesAfter = await t.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM messages WHERE conversation_id = $1`,
        [ctx.world.ids.conversation],
      );
    expect(messagesAfter[0].n - messagesBefore[0].n).toBe(MEMBERS.length);
    const outsiderReads = await t.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM conversation_members WHERE conversation_id = $1 AND user_id <> ALL($2::uuid[])`,
        [
          ctx.world.ids.conversation,
          MEMBERS.map((m) => ctx.world.people[m].id),
        ],
      );
    expect(outsiderReads[0].n).toBe(0);
    expect(successes).toBeGreaterThan(0);
  }, 120_000);
});
