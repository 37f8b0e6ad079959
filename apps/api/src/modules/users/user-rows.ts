import { LOCALES, ROLES, type UserView } from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

/** The columns every account read selects. */
export const USER_COLUMNS = 'id, email, display_name, role, locale, time_zone, phone, created_at';

export const userRow = z.object({
  id: col.id,
  email: col.text,
  display_name: col.text,
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  time_zone: col.text,
  phone: col.nullableText,
  created_at: col.date,
});
export type UserRow = z.output<typeof userRow>;

export const loginRow = userRow.extend({ password_hash: col.text });

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    timeZone: row.time_zone,
    createdAt: row.created_at.toISOString(),
  };
}
