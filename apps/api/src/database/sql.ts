import { z } from 'zod';
import type { Queryable } from '../common/events/domain-events';

/**
 * Typed SQL: every query names the zod schema of its rows, and rows are checked against it, so a renamed column
 * or a changed type fails loudly at the query instead of flowing on as `undefined`. The one convention for data
 * access in every module (see docs/decisions.md).
 */
export async function sqlRows<S extends z.ZodType>(db: Queryable, schema: S, text: string, params: unknown[] = []): Promise<z.output<S>[]> {
  const raw = await db.query(text, params);
  // UPDATE/DELETE … RETURNING come back from TypeORM as [rows, count].
  const list = Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number' ? raw[0] : raw;
  if (!Array.isArray(list)) {
    throw new Error('Query did not return rows');
  }
  return z.array(schema).parse(list);
}

/** The first row, or undefined. */
export async function sqlRow<S extends z.ZodType>(db: Queryable, schema: S, text: string, params: unknown[] = []): Promise<z.output<S> | undefined> {
  return (await sqlRows(db, schema, text, params))[0];
}

/** A statement whose rows are not needed. */
export async function sqlExec(db: Queryable, text: string, params: unknown[] = []): Promise<void> {
  await db.query(text, params);
}

/** Column schemas pg hands back. */
export const col = {
  id: z.string(),
  text: z.string(),
  nullableText: z.string().nullable(),
  /** bigint and numeric arrive as strings. */
  bigint: z.coerce.number(),
  int: z.number().int(),
  bool: z.boolean(),
  date: z.date(),
  nullableDate: z.date().nullable(),
  texts: z.array(z.string()),
  json: z.record(z.string(), z.unknown()),
};

/** `{ id }` rows, the most common RETURNING shape. */
export const idRow = z.object({ id: z.string() });
