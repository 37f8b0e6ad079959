import { Logger } from '@nestjs/common';
import type { Role } from '@torchbridge/contracts';
import fc, { Arbitrary } from 'fast-check';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { socketEvents } from '../../test/gateways';
import { call } from '../../test/http';
import { listRoutes } from '../../test/routes';
import { connectRealtime } from '../../test/sockets';
import { startTestApp, TestApp } from '../../test/test-app';
import { buildRegistration } from '@torchbridge/testing';
import { buildWorld, Caller, EVENT_PROFILE, EVENT_SETUP, hoursAhead, MENTOR_PROFILE, OPEN_HOURS, STARTUP_PROFILE, World } from '../../test/world';

/**
 * Hostile input on every operation of the OpenAPI document and every socket event, as a caller whose role reaches
 * it: never a 5xx (nor the socket's "internal" acknowledgement), and a refused request leaves every table as it
 * was. Bounded and repeatable: FUZZ_SEED and FUZZ_RUNS (per operation) choose the inputs.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_251_111);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 30);

/** Tables that legitimately change without a successful request: sign-ins, and what the outbox delivers later. */
const CHANGING_TABLES = new Set(['refresh_tokens', 'notifications', 'outbox_events', 'migrations']);

/** Events the client fires without an acknowledgement (docs/realtime.md: `typing` answers nothing). */
const FIRE_AND_FORGET = new Set(['typing']);

const ROLE_CALLER: Record<Role, Caller> = { founder: 'founderOwn', mentor: 'mentorPartner', manager: 'managerSame', admin: 'admin' };

// ---------------------------------------------------------------------------------------------- hostile values

/** JSON text written verbatim: numbers past int64 or double, negative zero, nesting deeper than a stack. */
class RawJson {
  constructor(readonly text: string) {}
}

function toJson(value: unknown): string {
  if (value instanceof RawJson) {
    return value.text;
  }
  if (Array.isArray(value)) {
    return `[${value.map(toJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const nest = (levels: number, asObject: boolean): RawJson =>
  new RawJson(asObject ? `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}` : `${'['.repeat(levels)}"x"${']'.repeat(levels)}`);

const NASTY_TEXT = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\udc00\ud800', '\u202eevil', 'bell\u0007', '\u001b[31mred', '\u2028', '\ufeffbom', '%00', '../../etc/passwd',
  "' OR 1=1 --", '${jndi:ldap://x}', '<script>alert(1)</script>', 'null', 'true', '-1', '1e309', 'NaN', '9223372036854775808', '00000000-0000-0000-0000-000000000000',
  'x'.repeat(10_000), '🚀'.repeat(3_000), 'Ǆ̶̧̛̛͇̘̙̜̝̞̟̠'.repeat(50),
];
const RAW_NUMBERS = ['9223372036854775808', '-9223372036854775809', '1e400', '-1e400', '-0', '123456789012345678901234567890', '1e-400', '0.1e1', '2147483648', '-2147483649'];

const nastyText: Arbitrary<string> = fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
const nastyNumber: Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, 0, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, Number.MIN_VALUE),
  fc.constantFrom(...RAW_NUMBERS).map((text) => new RawJson(text)),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const nastyValue: Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  nastyText,
  nastyNumber,
  fc.boolean(),
  fc.constantFrom<unknown>([], {}, [[]], JSON.parse('{"__proto__":{"role":"admin"}}'), { constructor: { prototype: { role: 'admin' } } }),
  fc.tuple(fc.integer({ min: 20, max: 3_000 }), fc.boolean()).map(([levels, asObject]) => nest(levels, asObject)),
  fc.array(nastyText, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), nastyText, { maxKeys: 3 }),
);

// ---------------------------------------------------------------------------------------------- the OpenAPI document

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

interface Operation {
  method: string;
  /** /api/mentorships/{id} */
  path: string;
  parameters: Parameter[];
  body: Schema | undefined;
  callers: Caller[];
}

interface Exchange {
  method: string;
  url: string;
  caller: Caller;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** Values that are the right kind for a field, so inputs get past the validation pipe and into the services. */
class Plausible {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly world: World,
  ) {}

  ids(): Arbitrary<string> {
    const w = this.world;
    return fc.constantFrom(...Object.values(w.ids), ...Object.values(w.people).map((p) => p.id));
  }

  resolve(schema: Schema): Schema {
    return schema.$ref ? (this.doc.components.schemas[schema.$ref.split('/').pop() ?? ''] ?? {}) : schema;
  }

  value(input: Schema, name: string, depth = 0): Arbitrary<unknown> {
    const schema = this.resolve(input);
    if (schema.enum) {
      return fc.constantFrom(...schema.enum);
    }
    if (schema.type === 'array' || (schema.items && !schema.type)) {
      const singular = name.replace(/s$/, '');
      return fc.array(this.value(schema.items ?? {}, singular, depth + 1), { maxLength: 3 });
    }
    if (schema.properties) {
      return depth > 3 ? fc.constant({}) : this.object(schema, depth + 1);
    }
    if (schema.type === 'number' || schema.type === 'integer') {
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 100 });
    }
    if (schema.type === 'boolean') {
      return fc.boolean();
    }
    if (/id$/i.test(name)) {
      return fc.oneof({ weight: 4, arbitrary: this.ids() }, { weight: 1, arbitrary: fc.uuid() });
    }
    if (/email/i.test(name)) {
      return fc.oneof(fc.emailAddress(), fc.constantFrom(...Object.values(this.world.people).map((p) => p.email)));
    }
    if (/timeZone/.test(name)) {
      return fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'Etc/GMT+14', 'Mars/Base');
    }
    if (/country/i.test(name)) {
      return fc.constantFrom('DE', 'CN', 'XX', 'de');
    }
    if (name === 'csv') {
      return fc.constantFrom(
        'email,displayName\nx@y.z,X',
        'nameEn,nameZh,incubator,sectors,stage,foundedYear,teamSize,languages,timeZone,marketDirection,needs,pitchEn,pitchZh\nA,甲,Wuxi Incubator,ai,idea,99999999999999999999,-5,zh,Asia/Shanghai,domestic,pricing,P,P',
        '"unclosed',
        '\u0000,\u0000\n\u0000',
      );
    }
    return fc.string({ minLength: schema.minLength ?? 1, maxLength: Math.min(schema.maxLength ?? 40, 40) });
  }

  /** An object of the schema's fields, each plausible; optional ones come and go. */
  object(input: Schema, depth = 0): Arbitrary<Record<string, unknown>> {
    const schema = this.resolve(input);
    const fields = Object.entries(schema.properties ?? {}).map(([name, field]) => {
      const required = schema.required?.includes(name) ?? false;
      return fc.tuple(fc.constant(name), required ? this.value(field, name, depth) : fc.option(this.value(field, name, depth), { nil: undefined }));
    });
    return fc.tuple(...fields).map((entries) => Object.fromEntries(entries.filter(([, v]) => v !== undefined)));
  }

  /** A hostile value of the field's own type where one exists (so it passes a type check), or of any type. */
  mutant(input: Schema, name: string): Arbitrary<unknown> {
    const schema = this.resolve(input);
    const anything = fc.oneof(nastyValue, fc.constant(null));
    if (schema.type === 'string' && !schema.enum) {
      const spoiled = fc
        .tuple(this.value(schema, name), fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0007', '\u001b', '\u202e', '\u2028', '\u0085', '\ufffe'), fc.nat())
        .map(([text, bad, at]) => {
          const s = String(text);
          const i = s.length === 0 ? 0 : at % s.length;
          return `${s.slice(0, i)}${bad}${s.slice(i)}`;
        });
      return fc.oneof({ weight: 3, arbitrary: spoiled }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', 'x'.repeat(100_000)) }, { weight: 2, arbitrary: anything });
    }
    if (schema.type === 'number' || schema.type === 'integer') {
      return fc.oneof({ weight: 3, arbitrary: nastyNumber }, { weight: 1, arbitrary: fc.constantFrom('1', '1e3', '') }, { weight: 1, arbitrary: anything });
    }
    if (schema.type === 'array') {
      const item = schema.items ?? {};
      return fc.oneof(
        fc.array(this.mutant(item, name.replace(/s$/, '')), { minLength: 1, maxLength: 3 }),
        fc.constantFrom([null], [[]], new Array(20_000).fill('x')),
        anything,
      );
    }
    if (schema.enum) {
      return fc.oneof(fc.constantFrom(...schema.enum.map((v) => String(v).toUpperCase()), ...schema.enum.map((v) => ` ${String(v)}`)), anything);
    }
    return anything;
  }

  /**
   * A body for the schema: mostly a plausible object with one or two fields spoiled (so the rest passes validation
   * and the spoiled value reaches the service and the database), sometimes untouched, sometimes not an object at all.
   */
  body(input: Schema): Arbitrary<unknown> {
    const schema = this.resolve(input);
    const properties = Object.entries(schema.properties ?? {});
    const base = this.object(schema);
    if (properties.length === 0) {
      return fc.oneof(base, nastyValue, fc.dictionary(fc.string({ maxLength: 8 }), nastyValue, { maxKeys: 2 }));
    }
    const spoil = fc.oneof(...properties.map(([name, field]) => fc.tuple(fc.constant(name), this.mutant(field, name))));
    const extra = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'role', 'id', 'userId', 'isAdmin', 'vetting', 'x'), nastyValue, { minKeys: 1, maxKeys: 2 });
    const spoiled = fc
      .tuple(base, fc.array(spoil, { minLength: 1, maxLength: 2 }), fc.option(extra, { nil: undefined, freq: 5 }))
      .map(([value, changes, more]) => ({ ...value, ...Object.fromEntries(changes), ...more }));
    return fc.oneof({ weight: 2, arbitrary: base }, { weight: 7, arbitrary: spoiled }, { weight: 1, arbitrary: nastyValue }, { weight: 1, arbitrary: base.map((v) => [v]) });
  }
}

/** The world's resource a path parameter names, so generated requests reach the handler's own rows. */
function resourceFor(world: World, path: string, param: string): string {
  const w = world.ids;
  if (param === 'milestoneId') {
    return w.milestone;
  }
  if (param === 'userId') {
    return world.people.mentorPartner.id;
  }
  if (param === 'participantId') {
    return w.eventParticipant;
  }
  if (param === 'requestId') {
    return w.eventRequest;
  }
  const byPrefix: [string, string][] = [
    ['/api/parks/', w.park], ['/api/incubators/', w.incubator], ['/api/mentors/', w.mentor], ['/api/startups/', w.startup], ['/api/imports/', w.import],
    ['/api/mentorship-requests/', w.request], ['/api/mentorships/', w.mentorship], ['/api/notifications/', w.notification], ['/api/cohort-runs/', w.cohortRun],
    ['/api/conversations/', w.group], ['/api/bookings/', w.booking], ['/api/office-hours/', w.officeHours],
    ['/api/events/', w.event], ['/api/event-requests/', w.eventRequest],
  ];
  return byPrefix.find(([prefix]) => path.startsWith(prefix))?.[1] ?? w.mentorship;
}

/** Bodies each operation accepts: the start of the field-by-field sweep (bodies answered 2xx while fuzzing join them). */
function acceptedBodies(world: World, weights: unknown): Record<string, unknown> {
  const { ids, people } = world;
  return {
    'post /api/auth/register': { ...buildRegistration(), tokenDelivery: 'body' },
    'post /api/auth/login': { email: people.founderStranger.email, password: people.founderStranger.password, tokenDelivery: 'body' },
    'post /api/auth/refresh': { refreshToken: '00000000-0000-4000-8000-000000000000.secret', tokenDelivery: 'body' },
    'post /api/auth/logout': { refreshToken: '00000000-0000-4000-8000-000000000000.secret' },
    'patch /api/me': { displayName: 'Li Wei 李伟', locale: 'zh-CN', timeZone: 'Europe/Berlin' },
    'post /api/parks': { nameEn: 'Sophia Antipolis', nameZh: '索菲亚科技园', city: 'Nice', province: 'PACA', country: 'FR', region: 'international', website: 'https://example.org' },
    'post /api/incubators': { nameEn: 'Nice Desk', nameZh: '尼斯中心', parkId: ids.park, kind: 'private', city: 'Nice', country: 'FR' },
    'post /api/incubators/{id}/managers': { userId: people.managerSame.id },
    'put /api/me/mentor-profile': { ...MENTOR_PROFILE, phone: '+49 30 1234567', pausedUntil: '2030-01-01' },
    'post /api/mentors/{id}/vetting': { decision: 'rejected', reason: 'Too little experience' },
    'put /api/me/startup': { ...STARTUP_PROFILE, nameEn: 'Taihu Optics', nameZh: 'Taihu Optics', incubatorId: ids.incubator, parkId: ids.park },
    'post /api/imports': { kind: 'mentors', csv: 'email,displayName\nx@example.test,X', fileName: 'mentors.csv' },
    'post /api/mentorship-requests': { mentorId: ids.otherMentor, message: 'Could you help with certification?' },
    'post /api/mentorship-requests/{id}/decline': { reason: 'No time this spring' },
    'post /api/mentorships/{id}/end': { outcome: 'completed', reason: 'We reached the goal' },
    'post /api/mentorships/{id}/milestones': { code: 'custom', title: 'First pilot line' },
    'post /api/mentorships/{id}/feedback': { rating: 5, comment: 'Very helpful' },
    'put /api/programme/weights': weights,
    'post /api/cohort-runs': { name: 'Autumn cohort', startupIds: [ids.startup], mentorIds: [ids.mentor, ids.otherMentor], mode: 'optimal', pins: [], forbids: [], allowRepeat: false },
    'put /api/cohort-runs/{id}': { mode: 'stable', pins: [{ startupId: ids.startup, mentorId: ids.otherMentor }], forbids: [], allowRepeat: true },
    'post /api/conversations': { title: 'Demo day', memberIds: [people.founderOwn.id], cohortRunId: ids.cohortRun },
    'post /api/conversations/{id}/members': { userIds: [people.founderStranger.id] },
    'put /api/me/availability': {
      ...OPEN_HOURS,
      timeZone: 'Europe/Berlin',
      overrides: [{ date: '2030-05-01', intervals: [{ startMinute: 600, endMinute: 720 }] }],
      blackouts: [{ start: '2030-08-01T00:00:00Z', end: '2030-08-15T00:00:00Z', note: 'Summer' }],
      maxPerDay: 4,
      maxPerWeek: 10,
      meetingPlace: 'Factory Berlin',
    },
    'post /api/bookings': { mentorshipId: ids.mentorship, start: hoursAhead(24 * 33).toISOString(), lengthMinutes: 30, topic: 'CE marking' },
    'post /api/bookings/{id}/reschedule': { start: hoursAhead(24 * 34).toISOString(), lengthMinutes: 60, reason: 'A clash' },
    'post /api/bookings/{id}/cancel': { reason: 'Plans changed' },
    'put /api/bookings/{id}/note': { note: 'Bring the test report' },
    'post /api/bookings/{id}/feedback': { rating: 4, comment: 'Useful' },
    'post /api/office-hours': { title: 'Open hour', start: hoursAhead(24 * 35).toISOString(), lengthMinutes: 60, seats: 4 },
    'post /api/office-hours/{id}/cancel': { reason: 'Travelling' },
    'post /api/events': { ...EVENT_SETUP, incubatorId: ids.incubator, description: 'Meet investors', venue: 'Qianhai hall', breakMinutes: 5 },
    'patch /api/events/{id}': { description: 'Bring business cards', requestQuota: 50 },
    'post /api/events/{id}/registrations': { ...EVENT_PROFILE, kind: 'founder' },
    'post /api/events/{id}/participants/{participantId}/decision': { approve: true },
    'post /api/events/{id}/requests': { toParticipantId: ids.eventParticipant, priority: 3, message: 'Ten minutes on TÜV?' },
    'post /api/event-requests/{id}/decision': { accept: false },
    'post /api/events/{id}/live/round': { round: 0 },
    'post /api/events/{id}/live/check-in': { participantId: ids.eventParticipant },
    'post /api/events/{id}/meetings/{requestId}/no-show': { participantId: ids.eventParticipant },
    'post /api/event-requests/{id}/feedback': { followUp: true, continueAsMentorship: true, comment: 'Follow up in Hanover' },
    'put /api/events/{id}/meetings/{requestId}': { round: 1, table: 2, locked: true },
  };
}

/** What the sweep puts in one field of an accepted body, by the field's type: each of the known ways in. */
function fieldSpoils(schema: Schema | undefined, example: unknown): { name: string; value: unknown }[] {
  const text = typeof example === 'string' && example.length > 0 ? example : 'Li Wei';
  const common = [
    { name: 'null', value: null },
    { name: 'object', value: { nested: { deeper: true } } },
    { name: 'array', value: [text] },
    { name: 'deep', value: nest(2_000, false) },
  ];
  if (typeof example === 'number' || schema?.type === 'number' || schema?.type === 'integer') {
    return [
      ...common,
      ...['2147483648', '-2147483649', '9223372036854775808', '1e400', '-1e400', '-0', '1.5', '-1', '0', '123456789012345678901234567890'].map((n) => ({ name: `number ${n}`, value: new RawJson(n) })),
      { name: 'numeric text', value: '5' },
    ];
  }
  if (Array.isArray(example) || schema?.type === 'array') {
    const item = Array.isArray(example) ? example[0] : undefined;
    return [
      ...common,
      { name: 'empty list', value: [] },
      { name: 'list of null', value: [null] },
      { name: 'list of NUL text', value: [typeof item === 'string' ? `${item}\u0000` : 'a\u0000b'] },
      { name: 'list of lists', value: [[item]] },
      { name: 'long list', value: new Array(20_000).fill(item ?? 'x') },
    ];
  }
  if (typeof example === 'boolean' || schema?.type === 'boolean') {
    return [...common, { name: 'text true', value: 'true' }, { name: 'number 1', value: 1 }];
  }
  return [
    ...common,
    { name: 'NUL', value: `${text}\u0000` },
    { name: 'lone surrogate', value: `${text}\ud800` },
    { name: 'reversed surrogates', value: `\udc00\ud800${text}` },
    { name: 'control characters', value: `${text}\u0007\u001b[2J` },
    { name: 'bidi override', value: `\u202e${text}` },
    { name: 'line separator', value: `${text}\u2028x` },
    { name: 'empty', value: '' },
    { name: 'spaces', value: '   ' },
    { name: 'very long', value: text.repeat(Math.ceil(60_000 / text.length)) },
    { name: 'number', value: 12 },
  ];
}

// ---------------------------------------------------------------------------------------------- URL pieces

/** Percent-encodes any JavaScript string, lone surrogates included (as the bytes WTF-8 would give them). */
function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text[i] ?? '');
    }
  }
  return out;
}

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : toJson(value)).toString('base64url');

const hostilePathSegment: Arbitrary<string> = fc.oneof(
  fc.uuid().map((u) => encode(u)),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', 'not-a-uuid', '%00', '%ED%A0%80', '%C0%AF', '%FF', '%', '..', '%2e%2e%2f', '1', '-1', '9223372036854775808'),
  nastyText.filter((s) => s.length > 0 && s.length < 2_000).map(encode),
);

const hostileQueryValue: Arbitrary<string> = fc.oneof(
  fc.constantFrom(...RAW_NUMBERS, 'NaN', 'Infinity', '0x10', '1,2', 'true', 'false', ''),
  fc.uint8Array({ maxLength: 48 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
  fc.tuple(nastyValue, nastyValue).map((pair) => base64url(pair)),
  nastyText.filter((s) => s.length < 2_000),
);

/**
 * Path and query values, already percent-encoded: numbers past int64 and double, ids that are not ids or name
 * nothing, NUL and broken UTF-8, cursors of random or hostile content. A value holding `{name}` is a whole query
 * string (arrays and objects the query parser builds from brackets); path parameters skip those.
 */
const PARAMETER_SPOILS: string[] = [
  '9223372036854775808', '-9223372036854775809', '9223372036854775807', '2147483648', '1e400', '-1', '0', '1.5', 'NaN', 'Infinity', '0x10', '',
  '00000000-0000-0000-0000-000000000000', '00000000-0000-4000-8000-000000000000', 'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF', 'not-a-uuid',
  '%00', 'a%00b', '%ED%A0%80', '%C0%AF', '%FF%FE', '%E2%80%AE', 'x'.repeat(5_000),
  Buffer.from('garbage that is not a cursor').toString('base64url'),
  base64url(['\u0000', '00000000-0000-4000-8000-000000000000']),
  base64url([new RawJson('1e400'), 'not-a-uuid']),
  base64url([null, null]),
  base64url([{ a: 1 }, ['x']]),
  base64url(['x', '00000000-0000-4000-8000-000000000000', 'extra']),
  base64url('[' + '['.repeat(5_000)),
  '{name}[]=1&{name}[]=2',
  '{name}[$gt]=1',
  '{name}[0][a]=b',
  '{name}=1&{name}=2',
];

// ---------------------------------------------------------------------------------------------- the app side

interface Reply {
  status: number;
  text: string;
}

async function send(base: string, world: World, x: Exchange): Promise<Reply> {
  const headers = { ...x.headers };
  if (x.caller !== 'anonymous') {
    headers['authorization'] = `Bearer ${world.people[x.caller].token}`;
  }
  try {
    const res = await fetch(`${base}${x.url}`, { method: x.method.toUpperCase(), headers, body: Buffer.isBuffer(x.body) ? new Uint8Array(x.body) : x.body, signal: AbortSignal.timeout(15_000) });
    return { status: res.status, text: await res.text() };
  } catch (error) {
    return { status: 599, text: `no answer: ${(error as Error).message}` };
  }
}

/** One checksum per table the API owns, over whole rows. */
async function checksums(db: DataSource, tables: string[]): Promise<Map<string, string>> {
  const rows: { name: string; sum: string }[] = await db.query(
    tables.map((t) => `SELECT '${t}' AS name, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS sum FROM "${t}" x`).join(' UNION ALL '),
  );
  return new Map(rows.map((r) => [r.name, r.sum]));
}

const newestEvent = async (db: DataSource): Promise<number> =>
  Number(((await db.query(`SELECT coalesce(max(id), 0) AS id FROM outbox_events`)) as { id: string }[])[0]?.id ?? 0);

/**
 * After a success that published events: waits (3 s at most) until the outbox has delivered them and the tables
 * stop changing, since listeners write later (notifications, mail, chat notes); those writes belong to the success,
 * not to the request after it.
 */
async function settled(db: DataSource, tables: string[]): Promise<void> {
  const deadline = Date.now() + 3_000;
  let last = '';
  while (Date.now() < deadline) {
    const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL AND failed_at IS NULL AND available_at <= now()`);
    const now = JSON.stringify([...(await checksums(db, tables))]);
    if (rows[0]?.n === 0 && now === last) {
      return;
    }
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

const changedTables = (before: Map<string, string>, after: Map<string, string>) => [...after].filter(([t, sum]) => before.get(t) !== sum).map(([t]) => t);

/** The first line of a logged error and the first frame of ours in its stack. */
function causeOf(logged: string | undefined): string | undefined {
  if (!logged) {
    return undefined;
  }
  const lines = logged.split('\n');
  const frame = lines.find((l) => /^\s+at /.test(l) && l.includes('/src/') && !l.includes('node_modules'));
  return `${lines.find((l) => /\S/.test(l) && !/^\s*[[{]/.test(l))?.trim() ?? lines[0]}${frame ? ` @ ${frame.trim().replace(/^at /, '')}` : ''}`;
}

function describeInput(x: Exchange): string {
  const body = x.body === undefined ? '' : ` ${Buffer.isBuffer(x.body) ? `<${x.body.length} bytes>` : x.body.length > 160 ? `${x.body.slice(0, 160)}…(${x.body.length})` : x.body}`;
  const url = x.url.length > 160 ? `${x.url.slice(0, 160)}…` : x.url;
  return `${x.caller} ${x.method.toUpperCase()} ${url}${x.headers['content-encoding'] ? ` [${x.headers['content-encoding']}]` : ''}${x.headers['content-type'] && x.headers['content-type'] !== 'application/json' ? ` [${x.headers['content-type']}]` : ''}${body}`;
}

describe('fuzz: hostile input on every operation and socket event', () => {
  let t: TestApp;
  let world: World;
  let db: DataSource;
  let operations: Operation[];
  let plausible: Plausible;
  let tables: string[];
  const statuses = new Map<number, number>();
  const failures = new Map<string, { count: number; example: string }>();
  const logged: string[] = [];
  let requests = 0;
  let socketMessages = 0;
  let socketEventNames: string[] = [];

  const fail = (cause: string, example: string) => {
    const seen = failures.get(cause);
    failures.set(cause, { count: (seen?.count ?? 0) + 1, example: seen?.example ?? example });
  };

  beforeAll(async () => {
    // Budgets are raised so every hostile input reaches its handler instead of a 429; limits have their own tests.
    t = await startTestApp({
      env: { SOCKET_EVENT_BUDGET: '1000000', LOGIN_FAILURES_PER_ADDRESS: '1000000', LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: '1000000', LOGIN_ACCOUNT_FREE_FAILURES: '1000000' },
    });
    db = t.app.get(DataSource);
    world = await buildWorld(t);
    const doc = (await call<OpenApiDocument>(t.url, 'get', '/api/docs-json')).body;
    plausible = new Plausible(doc, world);
    const routes = new Map(listRoutes(t.app).map((r) => [`${r.method} ${r.path}`, r]));
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => {
        const route = routes.get(`${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
        if (!route) {
          throw new Error(`${method} ${path} is in the OpenAPI document but not among the app's routes`);
        }
        const callers: Caller[] = route.isPublic ? ['anonymous'] : [...new Set((route.roles ?? []).map((r) => ROLE_CALLER[r]))];
        return { method, path, parameters: op.parameters ?? [], body: op.requestBody?.content['application/json']?.schema, callers };
      }),
    );
    const names: { table_name: string }[] = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
    tables = names.map((n) => n.table_name).filter((n) => !CHANGING_TABLES.has(n));
    // Whatever the app logs as an error is the cause of a 5xx or an "internal" acknowledgement.
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
  }, 60_000);

  afterAll(async () => {
    const counts = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ');
    const lines = [
      `fuzz (seed ${SEED}, ${RUNS} runs per operation): ${operations?.length ?? 0} operations, ${socketEventNames.length} socket events (${socketEventNames.join(', ')})`,
      `  ${requests} HTTP requests — ${counts}; ${socketMessages} socket messages`,
      ...[...failures].map(([cause, f]) => `  FAIL ×${f.count} ${cause}\n      e.g. ${f.example}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    jest.restoreAllMocks();
    await t?.close();
  });

  /** Sends one request, counts it, and checks the two rules; the database snapshot rolls forward. */
  let snapshot: Map<string, string> | undefined;
  let eventMark = 0;
  const exchange = async (x: Exchange, label: string): Promise<number> => {
    if (!snapshot) {
      await settled(db, tables);
      snapshot = await checksums(db, tables);
      eventMark = await newestEvent(db);
    }
    logged.length = 0;
    const reply = await send(t.url, world, x);
    requests++;
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    if (reply.status < 300 && (await newestEvent(db)) > eventMark) {
      await settled(db, tables);
      eventMark = await newestEvent(db);
    }
    const after = await checksums(db, tables);
    if (reply.status >= 500) {
      const cause = causeOf(logged[0]) ?? reply.text.slice(0, 200);
      fail(`${label} → ${reply.status}: ${cause}`, describeInput(x));
    } else if (reply.status >= 300) {
      const changed = changedTables(snapshot, after);
      if (changed.length > 0) {
        fail(`${label} → ${reply.status} but changed ${changed.join(', ')}`, describeInput(x));
      }
    }
    snapshot = after;
    return reply.status;
  };

  const requestFor = (op: Operation): Arbitrary<Exchange> => {
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    const queryParams = op.parameters.filter((p) => p.in === 'query');
    const segments = pathParams.map((p) =>
      fc.oneof({ weight: 4, arbitrary: fc.constant(resourceFor(world, op.path, p.name)) }, { weight: 1, arbitrary: plausible.ids() }, { weight: 3, arbitrary: hostilePathSegment }),
    );
    const query = fc.tuple(
      ...queryParams.map((p) =>
        fc.option(
          fc.oneof(
            { weight: 3, arbitrary: plausible.value(p.schema ?? {}, p.name).map((v) => (Array.isArray(v) ? v.map(String) : [String(v)])) },
            { weight: 2, arbitrary: fc.array(hostileQueryValue, { minLength: 1, maxLength: 3 }) },
          ),
          { nil: undefined, freq: 3 },
        ),
      ),
    );
    // Brackets make Express's query parser build objects: ?limit[$gt]=1.
    const oddQuery = fc.option(fc.constantFrom('limit[$gt]=1', 'cursor[]=a&cursor[]=b', 'unknown=1', '__proto__[x]=1', 'q=%00', 'sort=%ED%A0%80'), { nil: undefined, freq: 4 });
    const body = op.body ? plausible.body(op.body) : fc.constant(undefined);
    return fc
      .record({
        caller: fc.constantFrom(...op.callers),
        segments: fc.tuple(...segments),
        query,
        oddQuery,
        body,
      })
      .map(({ caller, segments, query: values, oddQuery: odd, body: payload }) => {
        let i = 0;
        const path = op.path.replace(/\{\w+\}/g, () => segments[i++] ?? '');
        const pairs = queryParams.flatMap((p, k) => (values[k] ?? []).map((v) => `${encode(p.name)}=${encode(v)}`));
        const search = [...pairs, ...(odd ? [odd] : [])].join('&');
        return {
          method: op.method,
          url: `${path}${search ? `?${search}` : ''}`,
          caller,
          headers: payload === undefined ? ({} as Record<string, string>) : { 'content-type': 'application/json' },
          body: payload === undefined ? undefined : toJson(payload),
        };
      });
  };

  it('reads every operation from the OpenAPI document, each reachable by at least one caller', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.filter((op) => op.callers.length === 0).map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('answers every hostile socket event with an acknowledgement, never an internal error, and stays up', async () => {
    const events = socketEvents(t);
    socketEventNames = events.map((e) => e.event);
    expect(socketEventNames).toEqual(expect.arrayContaining(['message:send', 'conversation:sync', 'conversation:read', 'typing', 'presence:query', 'ping']));
    const conversationIds = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(world.ids.conversation, world.ids.group) }, { weight: 1, arbitrary: plausible.ids() }, { weight: 1, arbitrary: fc.uuid() });
    const fieldValue = (name: string): Arbitrary<unknown> =>
      name === 'conversationId'
        ? conversationIds
        : name === 'clientMessageId'
          ? fc.uuid()
          : name === 'body'
            ? fc.string({ minLength: 1, maxLength: 50 })
            : name === 'userIds'
              ? fc.array(plausible.ids(), { maxLength: 4 })
              : fc.nat({ max: 1_000 });
    const acceptedSocketValue = (name: string): unknown =>
      ({ conversationId: world.ids.conversation, clientMessageId: randomUUID(), body: 'Hello from the fuzzer', userIds: [world.people.mentorPartner.id] })[name] ?? 0;
    /** Sends one event; records what is wrong with its acknowledgement; false once the socket is gone. */
    const emitChecked = async (socket: Socket, event: string, args: unknown[], what = ''): Promise<boolean> => {
      logged.length = 0;
      socketMessages++;
      const label = `socket ${event}${what ? ` ${what}` : ''}`;
      const example = `${event} ${toJson(args).slice(0, 200)}`;
      let ack: unknown;
      try {
        // Socket.io serialises with JSON.stringify, so raw numbers travel as their nearest double.
        const wire = JSON.parse(toJson(args)) as unknown[];
        ack = await socket.timeout(FIRE_AND_FORGET.has(event) ? 300 : 5_000).emitWithAck(event, ...wire);
      } catch {
        if (!FIRE_AND_FORGET.has(event)) {
          fail(`${label}: no acknowledgement`, example);
        }
      }
      const reply = ack as { ok?: boolean; code?: string; error?: string; at?: string } | undefined;
      if (reply && reply.ok === false && (reply.code === 'internal' || /something went wrong/i.test(reply.error ?? ''))) {
        fail(`${label}: internal error: ${causeOf(logged[0]) ?? reply.error}`, example);
      } else if (reply && reply.ok === undefined && reply.at === undefined) {
        fail(`${label}: acknowledgement is neither a result nor an error: ${JSON.stringify(reply).slice(0, 120)}`, example);
      }
      if (!socket.connected) {
        fail(`${label}: the server disconnected the socket`, example);
        return false;
      }
      return true;
    };
    for (const [k, { event, schema }] of events.entries()) {
      const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
      const base = fc.tuple(...shape.map((name) => fc.tuple(fc.constant(name), fieldValue(name)))).map((entries) => Object.fromEntries(entries));
      const spoil = shape.length
        ? fc.oneof(...shape.map((name) => fc.tuple(fc.constant(name), name === 'body' ? plausible.mutant({ type: 'string' }, name) : fc.oneof(nastyNumber, nastyValue))))
        : fc.tuple(fc.constant('extra'), nastyValue);
      const payload: Arbitrary<unknown[]> = fc.oneof(
        { weight: 2, arbitrary: base.map((value) => [value]) },
        {
          weight: 5,
          arbitrary: fc
            .tuple(base, fc.array(spoil, { minLength: 1, maxLength: 2 }), fc.option(fc.dictionary(fc.constantFrom('extra', '__proto__', 'userId'), nastyValue, { maxKeys: 1 }), { nil: undefined, freq: 4 }))
            .map(([value, changes, extra]) => [{ ...value, ...Object.fromEntries(changes), ...extra }]),
        },
        { weight: 2, arbitrary: nastyValue.map((v) => [v]) },
        // No payload at all, or more arguments than the event takes.
        { weight: 1, arbitrary: fc.constantFrom<unknown[]>([], [{}, {}], [null, 'x', 1]) },
      );
      // One socket per event: each socket has its own budget of 30 events in a burst.
      const socket: Socket = await connectRealtime(t.url, world.people.founderOwn.token);
      try {
        // Frames past maxHttpBufferSize (64 kB) close the connection by design; that is checked once, below.
        for (const args of fc.sample(payload.filter((a) => toJson(a).length < 60_000), { seed: SEED + k, numRuns: RUNS })) {
          if (!(await emitChecked(socket, event, args))) {
            break;
          }
        }
      } finally {
        socket.disconnect();
      }
      // Then each field of a payload the event accepts, spoiled one way at a time (a fresh socket per field).
      const accepted = (): Record<string, unknown> => Object.fromEntries(shape.map((name) => [name, acceptedSocketValue(name)]));
      for (const field of shape) {
        const sweeper: Socket = await connectRealtime(t.url, world.people.founderOwn.token);
        try {
          for (const spoil of fieldSpoils(undefined, acceptedSocketValue(field))) {
            const args = [{ ...accepted(), [field]: spoil.value }];
            if (toJson(args).length < 60_000 && !(await emitChecked(sweeper, event, args, `{${field}: ${spoil.name}}`))) {
              break;
            }
          }
        } finally {
          sweeper.disconnect();
        }
      }
    }
    // An oversized frame costs only its own connection: the app and a new socket carry on.
    const big: Socket = await connectRealtime(t.url, world.people.founderOwn.token);
    const closed = new Promise<void>((resolve) => big.once('disconnect', () => resolve()));
    big.emit('message:send', { conversationId: world.ids.conversation, clientMessageId: '00000000-0000-4000-8000-000000000001', body: 'x'.repeat(100_000) });
    await closed;
    const after: Socket = await connectRealtime(t.url, world.people.founderOwn.token);
    expect(((await after.timeout(5_000).emitWithAck('ping')) as { at?: string }).at).toEqual(expect.any(String));
    after.disconnect();
    const health = await call(t.url, 'get', '/api/health');
    expect(health.status).toBe(200);
    expect([...failures].filter(([cause]) => cause.startsWith('socket')).map(([cause, f]) => `${cause} e.g. ${f.example}`)).toEqual([]);
  }, 120_000);

  it('never answers 5xx to hostile input on any operation, and a refused request changes nothing', async () => {
    const weights = (await call(t.url, 'get', '/api/programme/weights', { token: world.people.admin.token })).body;
    const accepted = new Map(Object.entries(acceptedBodies(world, weights)).map(([key, body]) => [key, [body]]));
    // Generated requests, per operation.
    for (const [k, op] of operations.entries()) {
      for (const x of fc.sample(requestFor(op), { seed: SEED + 1_000 + k, numRuns: RUNS })) {
        const status = await exchange(x, `${op.method.toUpperCase()} ${op.path}`);
        if (status < 300 && typeof x.body === 'string' && x.body.startsWith('{')) {
          accepted.set(`${op.method} ${op.path}`, [...(accepted.get(`${op.method} ${op.path}`) ?? []), JSON.parse(x.body)]);
        }
      }
    }
    // Then every field of an accepted body, spoiled one way at a time, so the rest of the body passes validation.
    for (const op of operations.filter((o) => o.body)) {
      const body = accepted.get(`${op.method} ${op.path}`)?.[0] as Record<string, unknown> | undefined;
      if (!body) {
        fail(`${op.method.toUpperCase()} ${op.path}: no accepted body to sweep (add one to acceptedBodies)`, '');
        continue;
      }
      const schema = plausible.resolve(op.body ?? {});
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => resourceFor(world, op.path, name));
      // The accepted body as each role that reaches the route, the widest role first (so its write is not already
      // done by another): a refusal must leave everything as it was.
      for (const caller of [...op.callers].reverse()) {
        const fresh = op.path === '/api/auth/register' ? { ...body, email: buildRegistration().email } : body;
        await exchange({ method: op.method, url: path, caller, headers: { 'content-type': 'application/json' }, body: toJson(fresh) }, `${op.method.toUpperCase()} ${op.path} (accepted body)`);
      }
      const fields = [...new Set([...Object.keys(schema.properties ?? {}), ...Object.keys(body)])];
      for (const field of fields) {
        for (const spoil of fieldSpoils(schema.properties?.[field], body[field])) {
          const fresh = op.path === '/api/auth/register' ? { ...body, email: buildRegistration().email } : body;
          await exchange(
            { method: op.method, url: path, caller: op.callers[0] ?? 'anonymous', headers: { 'content-type': 'application/json' }, body: toJson({ ...fresh, [field]: spoil.value }) },
            `${op.method.toUpperCase()} ${op.path} {${field}: ${spoil.name}}`,
          );
        }
      }
    }
    // And every path and query parameter, one at a time, with the rest of the request as the handler expects it.
    for (const op of operations.filter((o) => o.parameters.length > 0)) {
      const valid = (name: string) => resourceFor(world, op.path, name);
      const body = op.body ? toJson(accepted.get(`${op.method} ${op.path}`)?.[0] ?? {}) : undefined;
      const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
      const caller = op.callers[0] ?? 'anonymous';
      for (const param of op.parameters) {
        for (const value of PARAMETER_SPOILS.filter((v) => param.in === 'query' || !v.includes('{name}'))) {
          const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => (param.in === 'path' && name === param.name ? value : valid(name)));
          const url = param.in === 'query' ? `${path}?${(value.includes('{name}') ? value : `{name}=${value}`).replace(/\{name\}/g, encode(param.name))}` : path;
          await exchange({ method: op.method, url, caller, headers, body }, `${op.method.toUpperCase()} ${op.path} {${param.in} ${param.name}: ${value.slice(0, 40)}}`);
        }
      }
    }
    expect([...failures].filter(([cause]) => !cause.startsWith('socket') && !cause.includes('[raw]')).map(([cause, f]) => `${cause} e.g. ${f.example}`)).toEqual([]);
  }, 300_000);

  it('never answers 5xx to a body that is not what it says: bad gzip, bad JSON, wrong content type, too large', async () => {
    const RAW: { name: string; headers: Record<string, string>; body?: string | Buffer }[] = [
      { name: 'gzip that is not gzip', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: Buffer.from('{"not":"gzipped"}') },
      { name: 'deflate that is not deflate', headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' }, body: Buffer.from([0x78, 0x9c, 0xff, 0x00, 0x13]) },
      { name: 'truncated gzip', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync('{"a":1}').subarray(0, 12) },
      { name: 'gzip of broken JSON', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync('{"a":') },
      { name: 'gzip that inflates past the limit', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(`"${' '.repeat(8_000_000)}"`) },
      { name: 'brotli', headers: { 'content-type': 'application/json', 'content-encoding': 'br' }, body: Buffer.from('garbage') },
      { name: 'unknown encoding', headers: { 'content-type': 'application/json', 'content-encoding': 'x-zip, gzip' }, body: '{}' },
      { name: 'unterminated JSON', headers: { 'content-type': 'application/json' }, body: '{"a":' },
      { name: 'single quotes', headers: { 'content-type': 'application/json' }, body: "{'a':1}" },
      { name: 'trailing garbage', headers: { 'content-type': 'application/json' }, body: '{"a":1}garbage' },
      { name: 'a bare string', headers: { 'content-type': 'application/json' }, body: '"just text"' },
      { name: 'a bare number', headers: { 'content-type': 'application/json' }, body: '1e400' },
      { name: 'NUL bytes', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0x00, 0x7d]) },
      { name: 'invalid UTF-8', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0xff, 0x22, 0x7d]) },
      { name: 'prototype keys', headers: { 'content-type': 'application/json' }, body: '{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}' },
      { name: 'deep nesting', headers: { 'content-type': 'application/json' }, body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
      { name: 'empty body', headers: { 'content-type': 'application/json' }, body: '' },
      { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: '{"a":1}' },
      { name: 'form-urlencoded', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b[c]=2&__proto__[x]=1' },
      { name: 'multipart', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n' },
      { name: 'UTF-16 charset', headers: { 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from('{"a":1}', 'utf16le') },
      { name: 'unknown charset', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{"a":1}' },
      { name: 'no content type', headers: {}, body: '{"a":1}' },
      { name: 'too large', headers: { 'content-type': 'application/json' }, body: `{"a":"${'x'.repeat(6_000_000)}"}` },
    ];
    const withBody = operations.filter((op) => op.body);
    for (const op of withBody) {
      const path = op.path.replace(/\{\w+\}/g, () => world.ids.mentorship);
      for (const raw of RAW) {
        await exchange({ method: op.method, url: path, caller: op.callers[0] ?? 'anonymous', headers: raw.headers, body: raw.body }, `${op.method.toUpperCase()} ${op.path} [raw] ${raw.name}`);
      }
    }
    expect([...failures].filter(([cause]) => cause.includes('[raw]')).map(([cause, f]) => `${cause} e.g. ${f.example}`)).toEqual([]);
  }, 300_000);
});
