import { LOCALES, ROLES, type IsoWeekday, type UserView, type WorkingHours } from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

/** The columns every account read selects. */
export const USER_COLUMNS = 'id, email, display_name, role, locale, time_zone, phone, working_start_minute, working_end_minute, working_weekdays, created_at';

export const userRow = z.object({
  id: col.id,
  email: col.text,
  display_name: col.text,
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  time_zone: col.text,
  phone: col.nullableText,
  working_start_minute: col.int,
  working_end_minute: col.int,
  working_weekdays: z.array(z.number().int().min(1).max(7)),
  created_at: col.date,
});
export type UserRow = z.output<typeof userRow>;

export const loginRow = userRow.extend({ password_hash: col.text });

export function workingHoursOf(row: Pick<UserRow, 'working_start_minute' | 'working_end_minute' | 'working_weekdays'>): WorkingHours {
  return { startMinute: row.working_start_minute, endMinute: row.working_end_minute, weekdays: row.working_weekdays as IsoWeekday[] };
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    timeZone: row.time_zone,
    workingHours: workingHoursOf(row),
    createdAt: row.created_at.toISOString(),
  };
}
