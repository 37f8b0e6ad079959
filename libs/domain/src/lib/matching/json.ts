/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads whose indices are in range by construction */
import { packMatchInstance } from './parse';
import { MatchInputError, type PackedMatchInstance } from './types';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const OPEN_ARRAY = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_ARRAY = 0x5d;
const LOWER_E = 0x65;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * The document is valid JSON in a form the incremental reader does not handle (escaped keys, a repeated key,
 * numbers with fractions or exponents in `edges`, ...) or not valid JSON at all: read it with
 * {@link parseMatchJson}, which falls back to `JSON.parse` and gives the exact message.
 */
export class NeedsGeneralParse extends Error {
  constructor() {
    super('the document needs the general JSON reader');
    this.name = 'NeedsGeneralParse';
  }
}

enum State {
  Start,
  KeyOrEnd,
  Key,
  Colon,
  Value,
  Raw,
  EdgesOpen,
  EdgeOrEnd,
  Edge,
  AfterValue,
  Done,
}

function isSpace(byte: number): boolean {
  return byte === SPACE || byte === LF || byte === CR || byte === TAB;
}

function skipSpaces(bytes: Uint8Array, start: number, length: number): number {
  let i = start;
  while (i < length) {
    const byte = bytes[i]!;
    if (byte !== SPACE && byte !== LF && byte !== CR && byte !== TAB) {
      break;
    }
    i++;
  }
  return i;
}

const integerOut = new Int32Array(1);

/**
 * Reads a plain integer (and the spaces after it) into out[0]. Returns the position after them, -1 when the
 * chunk ends inside the number (more digits may follow); throws {@link NeedsGeneralParse} for other numbers.
 */
function readInteger(bytes: Uint8Array, start: number, length: number, out: Int32Array): number {
  let i = skipSpaces(bytes, start, length);
  let negative = false;
  if (i < length && bytes[i] === MINUS) {
    negative = true;
    i++;
  }
  const first = i;
  let x = 0;
  while (i < length) {
    const byte = bytes[i]!;
    if (byte < ZERO || byte > NINE) {
      break;
    }
    x = x * 10 + (byte - ZERO);
    i++;
  }
  if (i === length) {
    return -1;
  }
  const digits = i - first;
  const after = bytes[i];
  if (digits === 0 || digits > 9 || (digits > 1 && bytes[first] === ZERO) || after === DOT || after === LOWER_E || after === UPPER_E) {
    throw new NeedsGeneralParse();
  }
  out[0] = negative ? -x : x;
  return skipSpaces(bytes, i, length);
}

/**
 * Incremental reader of a `match solve` document: push the bytes in chunks of any size, then `finish()`.
 * Candidate edges go straight into typed arrays (no object per edge), so the whole file never has to be in
 * memory; the other fields are small and are parsed with `JSON.parse`. Throws {@link NeedsGeneralParse} for
 * anything unusual; the caller then reads the whole document with {@link parseMatchJson}.
 */
export class MatchJsonReader {
  private state = State.Start;
  private carry: Uint8Array = new Uint8Array(0);
  private key = '';
  private readonly fields = new Map<string, unknown>();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private started = false;
  // Raw value capture (fields other than edges).
  private raw: Uint8Array[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  // Edge columns.
  private founder = new Int32Array(1024);
  private mentor = new Int32Array(1024);
  private score = new Int16Array(1024);
  private count = 0;
  private edgeBytes = 0;
  private sawEdges = false;
  /** Total document size when known, to size the edge columns in one step. */
  constructor(private readonly expectedBytes = 0) {}

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.carry.length > 0) {
      const joined = new Uint8Array(this.carry.length + bytes.length);
      joined.set(this.carry);
      joined.set(bytes, this.carry.length);
      bytes = joined;
    }
    const stop = this.scan(bytes, false);
    this.carry = bytes.slice(stop);
  }

  finish(): PackedMatchInstance {
    const stop = this.scan(this.carry, true);
    if (stop !== this.carry.length || this.state !== State.Done || !this.sawEdges) {
      throw new NeedsGeneralParse();
    }
    const rest: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of this.fields) {
      rest[key] = value;
    }
    const packed = packMatchInstance({ ...rest, edges: [] });
    return {
      ...packed,
      edgeFounder: this.founder.subarray(0, this.count),
      edgeMentor: this.mentor.subarray(0, this.count),
      edgeScore: this.score.subarray(0, this.count),
    };
  }

  /** Consumes `bytes` as far as possible; returns where the unconsumed tail starts. */
  private scan(bytes: Uint8Array, atEnd: boolean): number {
    const length = bytes.length;
    let i = 0;
    if (!this.started) {
      // A byte-order mark may open the document.
      if (length < 3 && !atEnd && [0xef, 0xbb, 0xbf].slice(0, length).every((b, k) => bytes[k] === b)) {
        return 0;
      }
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        i = 3;
      }
    }
    for (;;) {
      if (this.state === State.Raw) {
        i = this.captureRaw(bytes, i, atEnd);
        if (this.state === State.Raw) {
          return length;
        }
        continue;
      }
      if (this.state === State.Edge || this.state === State.EdgeOrEnd) {
        const next = this.readEdges(bytes, i, atEnd);
        if (next < 0) {
          return i;
        }
        i = next;
        continue;
      }
      while (i < length && isSpace(bytes[i]!)) {
        i++;
      }
      if (i === length) {
        return i;
      }
      const byte = bytes[i]!;
      switch (this.state) {
        case State.Start:
          if (byte !== OPEN_OBJECT) {
            throw new NeedsGeneralParse();
          }
          this.state = State.KeyOrEnd;
          i++;
          break;
        case State.KeyOrEnd:
        case State.Key: {
          if (byte === CLOSE_OBJECT && this.state === State.KeyOrEnd) {
            this.state = State.Done;
            i++;
            break;
          }
          if (byte !== QUOTE) {
            throw new NeedsGeneralParse();
          }
          let end = i + 1;
          while (end < length && bytes[end] !== QUOTE) {
            if (bytes[end] === BACKSLASH) {
              throw new NeedsGeneralParse();
            }
            end++;
          }
          if (end === length) {
            return i; // the key continues in the next chunk
          }
          this.key = this.decode(bytes.subarray(i + 1, end));
          if (this.fields.has(this.key) || (this.key === 'edges' && this.sawEdges)) {
            throw new NeedsGeneralParse();
          }
          this.state = State.Colon;
          i = end + 1;
          break;
        }
        case State.Colon:
          if (byte !== COLON) {
            throw new NeedsGeneralParse();
          }
          this.state = State.Value;
          i++;
          break;
        case State.Value:
          if (this.key === 'edges') {
            this.sawEdges = true;
            this.state = State.EdgesOpen;
          } else {
            this.state = State.Raw;
            this.raw = [];
            this.depth = 0;
            this.inString = false;
            this.escaped = false;
            this.scalar = byte !== OPEN_ARRAY && byte !== OPEN_OBJECT && byte !== QUOTE;
          }
          break;
        case State.EdgesOpen:
          if (byte !== OPEN_ARRAY) {
            throw new NeedsGeneralParse();
          }
          this.state = State.EdgeOrEnd;
          this.edgeBytes = 0;
          i++;
          break;
        case State.AfterValue:
          if (byte === COMMA) {
            this.state = State.Key;
          } else if (byte === CLOSE_OBJECT) {
            this.state = State.Done;
          } else {
            throw new NeedsGeneralParse();
          }
          i++;
          break;
        case State.Done:
          throw new NeedsGeneralParse();
        default:
          throw new NeedsGeneralParse();
      }
    }
  }

  private decode(bytes: Uint8Array): string {
    try {
      return this.decoder.decode(bytes);
    } catch {
      throw new NeedsGeneralParse(); // not UTF-8: the general path reports it
    }
  }

  /** Copies the bytes of a non-edge value until it ends, then parses it. */
  private captureRaw(bytes: Uint8Array, start: number, atEnd: boolean): number {
    const length = bytes.length;
    let i = start;
    let ended = false;
    if (this.scalar) {
      while (i < length) {
        const byte = bytes[i]!;
        if (byte === COMMA || byte === CLOSE_OBJECT || isSpace(byte)) {
          ended = true;
          break;
        }
        i++;
      }
      ended ||= atEnd;
    } else {
      let depth = this.depth;
      let inString = this.inString;
      let escaped = this.escaped;
      while (i < length) {
        const byte = bytes[i]!;
        i++;
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (byte === BACKSLASH) {
            escaped = true;
          } else if (byte === QUOTE) {
            inString = false;
            if (depth === 0) {
              ended = true;
              break;
            }
          }
        } else if (byte === QUOTE) {
          inString = true;
        } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
          depth++;
        } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
          depth--;
          if (depth === 0) {
            ended = true;
            break;
          }
        }
      }
      this.depth = depth;
      this.inString = inString;
      this.escaped = escaped;
    }
    this.raw.push(bytes.slice(start, i));
    if (!ended) {
      return i;
    }
    const size = this.raw.reduce((total, part) => total + part.length, 0);
    const all = new Uint8Array(size);
    let at = 0;
    for (const part of this.raw) {
      all.set(part, at);
      at += part.length;
    }
    this.raw = [];
    let value: unknown;
    try {
      value = JSON.parse(this.decode(all));
    } catch {
      throw new NeedsGeneralParse();
    }
    this.fields.set(this.key, value);
    this.state = State.AfterValue;
    return i;
  }

  /**
   * Reads complete `[f, m, s]` items (plain integers) into the columns. Returns the position after the array's
   * closing bracket or after the last complete item, or -1 when no complete item fits in `bytes` yet.
   */
  private readEdges(bytes: Uint8Array, start: number, atEnd: boolean): number {
    const length = bytes.length;
    const out = integerOut;
    let founder = this.founder;
    let mentor = this.mentor;
    let score = this.score;
    let count = this.count;
    let i = start;
    let consumed = -1;
    let closed = false;
    for (;;) {
      const itemStart = i;
      i = skipSpaces(bytes, i, length);
      if (i === length) {
        break;
      }
      if (bytes[i] === CLOSE_ARRAY && this.state === State.EdgeOrEnd) {
        consumed = i + 1;
        closed = true;
        break;
      }
      if (bytes[i] !== OPEN_ARRAY) {
        throw new NeedsGeneralParse();
      }
      i = readInteger(bytes, i + 1, length, out);
      if (i < 0 || i === length) {
        break;
      }
      const f = out[0]!;
      if (bytes[i] !== COMMA) {
        throw new NeedsGeneralParse();
      }
      i = readInteger(bytes, i + 1, length, out);
      if (i < 0 || i === length) {
        break;
      }
      const m = out[0]!;
      if (bytes[i] !== COMMA) {
        throw new NeedsGeneralParse();
      }
      i = readInteger(bytes, i + 1, length, out);
      if (i < 0 || i === length) {
        break;
      }
      const s = out[0]!;
      if (bytes[i] !== CLOSE_ARRAY || s < -32768 || s > 32767) {
        throw new NeedsGeneralParse();
      }
      i = skipSpaces(bytes, i + 1, length);
      if (i === length) {
        break;
      }
      const delimiter = bytes[i]!;
      if (delimiter !== COMMA && delimiter !== CLOSE_ARRAY) {
        throw new NeedsGeneralParse();
      }
      if (count === founder.length) {
        this.count = count;
        this.grow(length - i);
        founder = this.founder;
        mentor = this.mentor;
        score = this.score;
      }
      founder[count] = f;
      mentor[count] = m;
      score[count] = s;
      count++;
      this.edgeBytes += i + 1 - itemStart;
      consumed = i + 1;
      if (delimiter === CLOSE_ARRAY) {
        closed = true;
        break;
      }
      this.state = State.Edge;
      i++;
    }
    this.count = count;
    if (closed) {
      this.state = State.AfterValue;
      return consumed;
    }
    if (atEnd) {
      throw new NeedsGeneralParse();
    }
    return consumed;
  }

  /** Grows the edge columns, sized from the bytes per edge seen so far when the document size is known. */
  private grow(remainingInChunk: number): void {
    const perEdge = this.count > 0 ? this.edgeBytes / this.count : 8;
    const remaining = Math.max(remainingInChunk, this.expectedBytes - this.edgeBytes);
    const estimate = Math.ceil((remaining / perEdge) * 1.05) + this.count + 1024;
    const capacity = Math.max(estimate, Math.ceil(this.founder.length * 1.5));
    const founder = new Int32Array(capacity);
    const mentor = new Int32Array(capacity);
    const score = new Int16Array(capacity);
    founder.set(this.founder);
    mentor.set(this.mentor);
    score.set(this.score);
    this.founder = founder;
    this.mentor = mentor;
    this.score = score;
  }
}

/**
 * Reads a `match solve` document from UTF-8 bytes. The common layout goes through {@link MatchJsonReader}
 * (edges straight into typed arrays); anything else through `JSON.parse` and {@link packMatchInstance}, so
 * results and error messages are the same either way. Throws {@link MatchInputError}.
 */
export function parseMatchJson(bytes: Uint8Array): PackedMatchInstance {
  try {
    const reader = new MatchJsonReader(bytes.length);
    reader.push(bytes);
    return reader.finish();
  } catch (error) {
    if (!(error instanceof NeedsGeneralParse)) {
      throw error;
    }
  }
  return parseMatchJsonGeneral(bytes);
}

/** `JSON.parse` and {@link packMatchInstance}, with one-line messages for text that is not JSON. */
export function parseMatchJsonGeneral(bytes: Uint8Array): PackedMatchInstance {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new MatchInputError('input', 'not valid UTF-8');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new MatchInputError('input', `invalid JSON (${reason})`);
  }
  return packMatchInstance(raw);
}
