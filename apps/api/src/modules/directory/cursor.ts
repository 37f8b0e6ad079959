import { AppError } from '../../common/errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque keyset cursor: the sort key and id of the last row of a page. */
export function encodeCursor(sortKey: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): [string | number, string] | undefined {
  if (!cursor) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || Number.isInteger(value[0])) &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    ) {
      return [value[0] as string | number, value[1]];
    }
  } catch {
    // Falls through to the error below.
  }
  throw invalidCursor();
}

/** A cursor that does not decode, or does not fit the sort it is used with. */
export function invalidCursor(): AppError {
  return new AppError('cursor.invalid', {}, [{ field: 'cursor', messages: ['cursor is not valid'], code: 'cursor.invalid' }]);
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
