import { ChatClient } from '@torchbridge/api-client';
import type { MessageView } from '@torchbridge/contracts';
import {
  buildRegistration,
  createDatabase,
  databaseUrl,
  dropDatabase,
  testServices,
} from '@torchbridge/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, ROOT } from '../support/stack';

const API = join(ROOT, 'dist/apps/api/main.js');
const PAIRS = 20;
/** Both members of every conversation send: 2 × PAIRS clients at this interval is about 500 messages a second. */
const SEND_INTERVAL_MS = 80;
const SENDING_MS = 1500;
/** Mid-stream kills cut batches in flight; end-of-stream kills leave the last messages with no later one to reveal them. */
const KILL_AFTER_MS = 600;
const MIN_ROUNDS = Number(process.env['CHAT_CRASH_MIN_ROUNDS'] ?? 10);
const MAX_ROUNDS = 30;
/** Rounds start while the test has run less than this; the 30 rounds when the machine is fast enough. */
const ROUNDS_BUDGET_MS = 170_000;

interface Instance {
  url: string;
  port: number;
  child?: ChildProcess;
  log: string;
}

/** Registers someone over the API, as the product's sign-up does; the tokens come back in the body. */
async function register(
  url: string,
  role?: 'mentor',
): Promise<{ accessToken: string; user: { id: string } }> {
  const response = await fetch(`${url}/api/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ...buildRegistration(role ? { role } : {}),
      tokenDelivery: 'body',
    }),
  });
  if (response.status !== 201) {
    throw new Error(
      `register answered ${response.status}: ${await response.text()}`,
    );
  }
  return (await response.json()) as {
    accessToken: string;
    user: { id: string };
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the built API as its own process (what a crash takes down) and waits until it answers. */
async function start(
  instance: Instance,
  env: Record<string, string>,
): Promise<void> {
  const child = spawn(process.execPath, [API], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(instance.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  instance.child = child;
  child.stdout?.on(
    'data',
    (chunk: Buffer) => (instance.log += chunk.toString()),
  );
  child.stderr?.on(
    'data',
    (chunk: Buffer) => (instance.log += chunk.toString()),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `API on ${instance.port} exited with ${child.exitCode}:\n${instance.log}`,
      );
    }
    const up = await fetch(`${instance.url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `API on ${instance.port} did not answer in time:\n${instance.log}`,
      );
    }
    await sleep(100);
  }
}

/** SIGKILL: no shutdown hook runs, sockets are not closed, batches in flight are cut wherever they are. */
function kill(instance: Instance): Promise<void> {
  const child = instance.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) {
      return false;
    }
    await sleep(50);
  }
  return true;
}

interface Round {
  round: number;
  killed: string;
  when: string;
  sent: number;
  unacknowledged: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  ms: number;
}

const describeRound = (f: Round): string =>
  `  round ${f.round}: killed ${f.killed} ${f.when}, ${f.sent} sent, ${f.unacknowledged} unacknowledged, lost ${f.lost}, duplicated ${f.duplicated}, out of order ${f.outOfOrder}, ${f.ms} ms`;

interface Member {
  client: ChatClient;
  conversationId: string;
}

/**
 * The issue's chaos test: many conversations on two instances, both members sending, and one instance killed with
 * SIGKILL mid-stream and restarted, round after round. Every acknowledged message must end up at both members'
 * clients exactly once, in sequence order, with no gap.
 */
describe('chat across SIGKILLed API instances', () => {
  const name = `tb_e2e_crash_${process.pid}_${Date.now().toString(36)}`;
  const instances: Instance[] = [];
  const members: Member[] = [];
  let db: Client;
  let restartEnv: Record<string, string> = {};

  beforeAll(async () => {
    if (!existsSync(API)) {
      throw new Error(`${API} is missing: build first (npm run build)`);
    }
    await createDatabase(name);
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(name),
      REDIS_URL: testServices.redisUrl,
      REDIS_PREFIX: `tb:${name}:`,
      JWT_SECRET: 'k'.repeat(40),
      REGISTER_RATE_PER_ADDRESS: '100000',
      SOCKET_EVENT_BUDGET: '100000',
    };
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      instances.push({ url: `http://127.0.0.1:${port}`, port, log: '' });
    }
    const [a, b] = instances as [Instance, Instance];
    // One after the other: the first applies the migrations.
    await start(a, env);
    await start(b, env);
    restartEnv = env;
    db = new Client({ connectionString: databaseUrl(name) });
    await db.connect();
    for (let p = 0; p < PAIRS; p++) {
      const [founder, mentor] = await Promise.all([
        register(a.url),
        register(a.url, 'mentor'),
      ]);
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO conversations (kind, title) VALUES ('group', $1) RETURNING id`,
        [`Pair ${p}`],
      );
      const conversationId = rows[0]?.id as string;
      await db.query(
        `INSERT INTO conversation_members (conversation_id, user_id) VALUES ($1, $2), ($1, $3)`,
        [conversationId, founder.user.id, mentor.user.id],
      );
      // Members of one conversation sit on different instances, and every instance holds half of each role.
      [founder, mentor].forEach((person, side) => {
        const home = (p + side) % 2;
        const urls = home === 0 ? [a.url, b.url] : [b.url, a.url];
        const client = new ChatClient({
          urls,
          getToken: () => person.accessToken,
        });
        client.watch(conversationId);
        members.push({ client, conversationId });
      });
    }
  }, 180_000);

  afterAll(async () => {
    members.forEach((m) => m.client.close());
    await Promise.all(instances.map(kill));
    await db?.end();
    await dropDatabase(name).catch(() => undefined);
  });

  it(`shows every acknowledged message exactly once, in order, after each of ${MIN_ROUNDS}–${MAX_ROUNDS} kill-and-restart rounds`, async () => {
    const startedAt = Date.now();
    for (const m of members) {
      m.client.connect();
    }
    const online = () =>
      members.every(
        (m) =>
          (m.client as unknown as { socket?: { connected: boolean } }).socket
            ?.connected === true,
      );
    expect(await until(online, 30_000)).toBe(true);

    const acknowledged = new Map<string, MessageView[]>();
    const figures: Round[] = [];
    let round = 0;
    while (
      round < MAX_ROUNDS &&
      (round < MIN_ROUNDS || Date.now() - startedAt < ROUNDS_BUDGET_MS)
    ) {
      round += 1;
      const roundStart = Date.now();
      // Alternate the victim, so both instances die, and each member's sends leave from either side.
      const victimIndex = round % 2;
      const victim = instances[victimIndex] as Instance;
      // Each instance is killed mid-stream in some rounds and at the stream's end in others.
      const atEnd = Math.floor(round / 2) % 2 === 1;
      const sends: Promise<MessageView>[] = [];
      let killed: Promise<void> | undefined;
      const deadline = Date.now() + SENDING_MS;
      let tick = 0;
      while (Date.now() < deadline) {
        for (const m of members) {
          sends.push(
            m.client.send(m.conversationId, `round ${round} tick ${tick}`),
          );
        }
        tick += 1;
        if (!killed && atEnd && Date.now() + SEND_INTERVAL_MS >= deadline) {
          // Right after the last sends: nobody sends again, so only the resends can bring what the victim never announced.
          killed = kill(victim).then(() => start(victim, restartEnv));
          break;
        }
        if (!killed && !atEnd && Date.now() - roundStart >= KILL_AFTER_MS) {
          killed = kill(victim).then(() => start(victim, restartEnv));
        }
        await sleep(SEND_INTERVAL_MS);
      }
      await killed;
      // Unacknowledged sends are retried by the clients after they reconnect; every send is acknowledged in the end.
      const settled: MessageView[] = [];
      sends.forEach(
        (send) => void send.then((message) => settled.push(message)),
      );
      await until(() => settled.length === sends.length, 60_000);
      const acks = [...settled];
      for (const message of acks) {
        const list = acknowledged.get(message.conversationId) ?? [];
        list.push(message);
        acknowledged.set(message.conversationId, list);
      }
      const complete = () =>
        members.every((m) => {
          const held = new Set(
            m.client.messages(m.conversationId).map((x) => x.id),
          );
          return (acknowledged.get(m.conversationId) ?? []).every((x) =>
            held.has(x.id),
          );
        });
      await until(complete, 20_000);

      let lost = 0;
      let duplicated = 0;
      let outOfOrder = 0;
      for (const m of members) {
        const expected = acknowledged.get(m.conversationId) ?? [];
        const shown = m.client.messages(m.conversationId);
        const ids = new Set(shown.map((x) => x.id));
        lost += expected.filter((x) => !ids.has(x.id)).length;
        // Shown twice: the same send under two ids, or two messages claiming one seq.
        duplicated +=
          shown.length -
          new Set(shown.map((x) => `${x.senderId}:${x.clientMessageId}`)).size;
        duplicated += shown.length - new Set(shown.map((x) => x.seq)).size;
        outOfOrder += shown.filter((x, i) => x.seq !== i + 1).length;
      }
      const figure = {
        round,
        killed: victimIndex === 0 ? 'A' : 'B',
        when: atEnd ? 'at the end' : 'mid-stream',
        sent: sends.length,
        unacknowledged: sends.length - acks.length,
        lost,
        duplicated,
        outOfOrder,
        ms: Date.now() - roundStart,
      };
      figures.push(figure);
      process.stdout.write(`${describeRound(figure)}\n`);
      // Clients that failed over go back to their home instance, so the next kill again hits senders and recipients alike.
      for (const m of members) {
        // Each client's first url is its home, and every reconnection moves it to the next one.
        if ((m.client as unknown as { urlIndex: number }).urlIndex % 2 !== 0) {
          (
            m.client as unknown as { socket?: { disconnect(): void } }
          ).socket?.disconnect();
        }
      }
      await until(online, 30_000);
    }

    const { rows } = await db.query<{
      conversation_id: string;
      n: string;
      last: string;
    }>(
      'SELECT conversation_id, count(*) AS n, max(seq) AS last FROM messages GROUP BY conversation_id',
    );
    const stored = new Map(
      rows.map((r) => [
        r.conversation_id,
        { n: Number(r.n), last: Number(r.last) },
      ]),
    );
    const total = [...acknowledged.values()].reduce(
      (sum, list) => sum + list.length,
      0,
    );
    process.stdout.write(
      `chat crash rounds (${PAIRS} conversations, ${PAIRS * 2} clients):\n` +
        figures.map(describeRound).join('\n') +
        `\n  ${figures.length} rounds, ${total} messages in ${Date.now() - startedAt} ms\n`,
    );
    expect(figures.length).toBeGreaterThanOrEqual(MIN_ROUNDS);
    expect(
      figures.filter(
        (f) => f.unacknowledged + f.lost + f.duplicated + f.outOfOrder > 0,
      ),
    ).toEqual([]);
    // Nothing stored that was not acknowledged, nothing stored twice.
    for (const [conversationId, list] of acknowledged) {
      expect(stored.get(conversationId)).toEqual({
        n: list.length,
        last: list.length,
      });
    }
  }, 420_000);
});
