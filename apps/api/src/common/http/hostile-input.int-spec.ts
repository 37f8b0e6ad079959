import type { Ack, AuthResponse, ConversationView, ErrorBody, MessageView, UserView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { call, registerUser } from '../../../test/http';
import { connectRealtime } from '../../../test/sockets';
import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from '../../database/seed/demo-seed';
import { STARTUP_COLUMNS } from '../../modules/directory/imports.service';
import { JSON_MAX_DEPTH } from './input-policy';

type Person = AuthResponse;

/** The reply is a 4xx whose message or details name the field. */
function expectRefusal(reply: { status: number; body: unknown }, status: number, field: string): void {
  expect({ status: reply.status, body: reply.body }).toMatchObject({ status });
  const body = reply.body as ErrorBody;
  const fields = Array.isArray(body.details) ? body.details.map((d) => d.field) : [];
  expect(fields).toContain(field);
  expect(body.message).toContain(field);
}

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('hostile input never reaches the database (no 5xx)', () => {
  let t: TestApp;
  let db: DataSource;
  let person: Person;
  let manager: string;
  const sockets: Socket[] = [];

  const me = async () => (await call<UserView>(t.url, 'get', '/api/me', { token: person.accessToken })).body;
  const patchMe = (raw: string, headers: Record<string, string> = {}) =>
    call<ErrorBody>(t.url, 'patch', '/api/me', { token: person.accessToken, raw, headers });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await seedDemo(db);
    person = await registerUser(t.url, { displayName: 'Original Name' });
    manager = (await call<AuthResponse>(t.url, 'post', '/api/auth/login', { body: { email: 'manager@torchbridge.dev', password: DEMO_PASSWORD } })).body.accessToken;
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(async () => {
    await t.close();
  });

  describe('finding 1: compressed bodies', () => {
    it('answers 400 for a gzip or deflate body that does not decode on every route, 415 for an unsupported encoding, and writes nothing', async () => {
      for (const encoding of ['gzip', 'deflate']) {
        const reply = await patchMe('{"displayName":"Changed"}', { 'content-encoding': encoding });
        expect(reply.status).toBe(400);
        expect(reply.body).toMatchObject({ code: 'request.malformed_body' });
      }
      const login = await call(t.url, 'post', '/api/auth/login', { raw: 'garbage', headers: { 'content-encoding': 'gzip' } });
      expect(login.status).toBe(400);
      const imports = await call(t.url, 'post', '/api/imports', { token: manager, raw: 'garbage', headers: { 'content-encoding': 'deflate' } });
      expect(imports.status).toBe(400);
      for (const encoding of ['br', 'compress', 'gzip, gzip']) {
        const reply = await patchMe('{"displayName":"Changed"}', { 'content-encoding': encoding });
        expect(reply.status).toBe(415);
        expect(reply.body).toMatchObject({ code: 'request.unsupported_encoding' });
      }
      expect((await me()).displayName).toBe('Original Name');
    });

    it('still reads a well-formed gzip body', async () => {
      const res = await fetch(`${t.url}/api/me`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${person.accessToken}` },
        body: gzipSync(JSON.stringify({ displayName: 'Original Name' })),
      });
      expect(res.status).toBe(200);
    });
  });

  describe('finding 2: deeply nested JSON', () => {
    it(`answers 400 request.too_deep for JSON nested past ${JSON_MAX_DEPTH} levels, on every route with a body`, async () => {
      const deep = `{"displayName":"Changed","extra":${nested(2000)}}`;
      const reply = await patchMe(deep);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 'request.too_deep', params: { limit: JSON_MAX_DEPTH } });
      expect(reply.body.message).toContain('extra');
      for (const [path, token] of [['/api/auth/register', undefined], ['/api/imports', manager], ['/api/notifications/read-all', person.accessToken]] as const) {
        const other = await call(t.url, 'post', path, { token, raw: nested(2000) });
        expect([other.status, (other.body as ErrorBody).code]).toEqual([400, 'request.too_deep']);
      }
      expect((await me()).displayName).toBe('Original Name');
    });

    it('accepts nesting up to the limit (the validation answers, not the parser)', async () => {
      const reply = await patchMe(`{"extra":${nested(JSON_MAX_DEPTH - 1)}}`);
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('validation.failed');
    });
  });

  describe('finding 3: NUL characters', () => {
    it('refuses NUL in a text field, naming it, and writes nothing', async () => {
      expectRefusal(await patchMe(JSON.stringify({ displayName: 'Eve\u0000' })), 400, 'displayName');
      expectRefusal(await call(t.url, 'post', '/api/conversations', { token: manager, body: { title: 'Group', memberIds: ['\u0000'] } }), 400, 'memberIds.0');
      expect((await me()).displayName).toBe('Original Name');
    });

    it('refuses NUL in the search text and inside a cursor', async () => {
      expectRefusal(await call(t.url, 'get', '/api/mentors?q=a%00b', { token: person.accessToken }), 400, 'q');
      expectRefusal(await call(t.url, 'get', '/api/startups?q=%00', { token: manager }), 400, 'q');
      const cursor = cursorOf(['a\u0000', randomUUID()]);
      expectRefusal(await call(t.url, 'get', `/api/mentors?cursor=${cursor}`, { token: person.accessToken }), 400, 'cursor');
      expectRefusal(await call(t.url, 'get', `/api/startups?cursor=${cursor}`, { token: manager }), 400, 'cursor');
    });

    it('refuses NUL in a route parameter, naming it', async () => {
      expectRefusal(await call(t.url, 'get', '/api/mentors/%00', { token: person.accessToken }), 400, 'id');
    });

    it('answers a socket message with NUL by an acknowledgement naming the body, and stores nothing', async () => {
      const group = await call<ConversationView>(t.url, 'post', '/api/conversations', { token: manager, body: { title: 'Hostile input' } });
      expect(group.status).toBe(201);
      const socket = await connectRealtime(t.url, manager);
      sockets.push(socket);
      const ack = (await socket.timeout(5000).emitWithAck('message:send', { conversationId: group.body.id, clientMessageId: randomUUID(), body: 'hi\u0000' })) as Ack<MessageView>;
      expect(ack).toMatchObject({ ok: false, code: 'validation.failed', error: expect.stringContaining('body') });
      const surrogate = (await socket.timeout(5000).emitWithAck('message:send', { conversationId: group.body.id, clientMessageId: randomUUID(), body: 'hi\ud800' })) as Ack<MessageView>;
      expect(surrogate).toMatchObject({ ok: false, code: 'validation.failed', error: expect.stringContaining('body') });
      const stored: { n: string }[] = await db.query(`SELECT count(*) AS n FROM messages WHERE conversation_id = $1`, [group.body.id]);
      expect(stored[0]?.n).toBe('0');
    });
  });

  describe('finding 4: null for optional fields', () => {
    it.each(['displayName', 'locale', 'timeZone'])('refuses %s: null on PATCH /api/me, naming it', async (field) => {
      expectRefusal(await patchMe(JSON.stringify({ [field]: null })), 400, field);
      expect(await me()).toMatchObject({ displayName: 'Original Name', locale: 'en', timeZone: 'Asia/Shanghai' });
    });

    it('refuses null for optional fields of other bodies too', async () => {
      const registration = { email: `null-${randomUUID().slice(0, 8)}@example.test`, password: 'correct horse battery', displayName: 'Null Locale', role: 'founder' };
      expectRefusal(await call(t.url, 'post', '/api/auth/register', { body: { ...registration, locale: null } }), 400, 'locale');
      const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM users WHERE email = $1`, [registration.email]);
      expect(rows[0]?.n).toBe('0');
    });
  });

  describe('finding 5: ill-formed Unicode (lone surrogates)', () => {
    it('refuses a lone surrogate in an email on register and login, naming it, and creates no account', async () => {
      const email = `lone-\ud800-${randomUUID().slice(0, 8)}@example.test`;
      expectRefusal(
        await call(t.url, 'post', '/api/auth/register', { body: { email, password: 'correct horse battery', displayName: 'Lone', role: 'founder' } }),
        400,
        'email',
      );
      expectRefusal(await call(t.url, 'post', '/api/auth/login', { body: { email: '\udc00@example.test', password: 'correct horse battery' } }), 400, 'email');
      const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM users WHERE email LIKE 'lone-%'`);
      expect(rows[0]?.n).toBe('0');
    });

    it('refuses a lone surrogate in an imported CSV, naming it, and stores no import', async () => {
      const header = STARTUP_COLUMNS.join(',');
      const row = STARTUP_COLUMNS.map((column) => (column === 'nameEn' ? 'Acme\ud83d' : 'x')).join(',');
      const csv = `${header}\n${row}\n`;
      expectRefusal(await call(t.url, 'post', '/api/imports', { token: manager, body: { kind: 'startups', csv } }), 400, 'csv');
      const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM imports`);
      expect(rows[0]?.n).toBe('0');
    });

    it('refuses a lone surrogate inside a cursor', async () => {
      expectRefusal(await call(t.url, 'get', `/api/mentors?cursor=${cursorOf(['\udfff', randomUUID()])}`, { token: person.accessToken }), 400, 'cursor');
    });
  });

  describe('finding 6: numbers past the column range', () => {
    it('refuses before/after past the sequence range of message history, naming them', async () => {
      const group = await call<ConversationView>(t.url, 'post', '/api/conversations', { token: manager, body: { title: 'Range' } });
      const path = `/api/conversations/${group.body.id}/messages`;
      expectRefusal(await call(t.url, 'get', `${path}?before=99999999999999999999`, { token: manager }), 400, 'before');
      expectRefusal(await call(t.url, 'get', `${path}?before=1e30`, { token: manager }), 400, 'before');
      expectRefusal(await call(t.url, 'get', `${path}?after=9223372036854775808`, { token: manager }), 400, 'after');
      expect((await call(t.url, 'get', `${path}?after=${Number.MAX_SAFE_INTEGER}`, { token: manager })).status).toBe(200);
    });

    it('refuses cursors whose numbers do not fit, or that do not decode, naming cursor', async () => {
      for (const cursor of [cursorOf([2 ** 40, randomUUID()]), cursorOf([1e300, randomUUID()]), 'not-a-cursor', cursorOf({ a: 1 })]) {
        const reply = await call(t.url, 'get', `/api/mentors?sort=free-places&cursor=${cursor}`, { token: person.accessToken });
        expectRefusal(reply, 400, 'cursor');
      }
    });
  });

  describe('finding 10: control and bidi characters in names', () => {
    it('refuses direction overrides and control characters in a display name, naming it, and writes nothing', async () => {
      for (const displayName of ['Eve\u202Egnp.exe', 'Eve\u2066x', 'Bell\u0007', 'Two\nLines', 'Tab\there', 'C1\u0085']) {
        expectRefusal(await patchMe(JSON.stringify({ displayName })), 400, 'displayName');
      }
      expectRefusal(
        await call(t.url, 'post', '/api/auth/register', { body: { email: `bidi-${randomUUID().slice(0, 8)}@example.test`, password: 'correct horse battery', displayName: 'a\u202Db', role: 'founder' } }),
        400,
        'displayName',
      );
      expect((await me()).displayName).toBe('Original Name');
    });

    it('refuses them in conversation titles and startup names, and creates nothing', async () => {
      expectRefusal(await call(t.url, 'post', '/api/conversations', { token: manager, body: { title: 'Team\u202E' } }), 400, 'title');
      const titles: { n: string }[] = await db.query(`SELECT count(*) AS n FROM conversations WHERE title LIKE 'Team%'`);
      expect(titles[0]?.n).toBe('0');
      const incubator: { id: string }[] = await db.query(`SELECT id FROM incubators LIMIT 1`);
      const founder = await registerUser(t.url, { role: 'founder' });
      const reply = await call(t.url, 'put', '/api/me/startup', {
        token: founder.accessToken,
        body: {
          nameEn: 'Evil\u202Ecorp', nameZh: '公司', incubatorId: incubator[0]?.id, sectors: ['smart-manufacturing'], stage: 'prototype',
          foundedYear: 2023, teamSize: 6, languages: ['zh'], timeZone: 'Asia/Shanghai', marketDirection: 'china-to-europe',
          targetMarkets: [], needs: [], pitchEn: '', pitchZh: '', highTechEnterprise: false,
        },
      });
      expectRefusal(reply, 400, 'nameEn');
      const startups: { n: string }[] = await db.query(`SELECT count(*) AS n FROM startups WHERE name_en LIKE 'Evil%'`);
      expect(startups[0]?.n).toBe('0');
    });

    it('lets long text keep line breaks and tabs but no other control character', async () => {
      const mentor = await registerUser(t.url, { role: 'mentor' });
      const profile = (bioEn: string) =>
        call(t.url, 'put', '/api/me/mentor-profile', {
          token: mentor.accessToken,
          body: {
            category: 'executive', headlineEn: 'Operations lead', headlineZh: '运营负责人', bioEn, bioZh: '简介',
            sectors: ['smart-manufacturing'], stages: ['prototype'], topics: ['certification'], languages: ['en'],
            timeZone: 'Europe/Berlin', country: 'DE', city: 'Augsburg', capacity: 2, status: 'open', conflicts: [],
          },
        });
      expectRefusal(await profile('Bell\u0007'), 400, 'bioEn');
      expect((await profile('Line one\nLine two\r\n\tindented')).status).toBe(200);
    });
  });
});
