import { AppError } from '../../common/errors/app-error';
import { INT32_MAX, INT32_MIN, textProblem } from '../../common/http/input-policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque keyset cursor: the sort key and id of the last row of a page. */
export function encodeCursor(sortKey: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

/** Longest sort key a cursor may carry (names are at most 200 characters; timestamps are shorter). */
const CURSOR_KEY_MAX_LENGTH = 400;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** A cursor this API wrote, or `cursor.invalid`: any other text, number or shape is refused before SQL sees it. */
export function decodeCursor(cursor: string | undefined): [string | number, string] | undefined {
  if (!cursor) {
    return undefined;
  }
  if (!BASE64URL.test(cursor)) {
    throw invalidCursor();
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(value) || value.length !== 2) {
    throw invalidCursor();
  }
  const [key, id] = value as unknown[];
  // Numeric keys compare with int columns; text keys must be text PostgreSQL can hold.
  const validKey =
    (typeof key === 'number' && Number.isInteger(key) && key >= INT32_MIN && key <= INT32_MAX) ||
    (typeof key === 'string' && key.length <= CURSOR_KEY_MAX_LENGTH && textProblem(key) === undefined);
  if (!validKey || typeof id !== 'string' || !UUID.test(id)) {
    throw invalidCursor();
  }
  return [key as string | number, id];
}

/** A cursor that does not decode, or does not fit the sort it is used with. */
export function invalidCursor(): AppError {
  return new AppError('cursor.invalid', {}, [{ field: 'cursor', messages: ['cursor is not valid'], code: 'cursor.invalid' }]);
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The rank and name a relevance cursor's key carries (`<rank>:<lower name>`). */
export function relevanceKey(key: string | number): [number, string] {
  const match = typeof key === 'string' ? /^([0-9]):(.*)$/s.exec(key) : null;
  if (!match) {
    throw invalidCursor();
  }
  return [Number(match[1]), match[2] ?? ''];
}
