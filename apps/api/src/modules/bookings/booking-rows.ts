import type {
  BookingKind,
  BookingStatus,
  SessionLength,
} from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

const STATUSES = [
  'requested',
  'confirmed',
  'cancelled',
  'completed',
  'no_show',
] as const satisfies readonly BookingStatus[];
const KINDS = [
  'mentorship',
  'office_hours',
] as const satisfies readonly BookingKind[];

/** Statuses that hold a slot, as the exclusion constraints and partial indexes spell them. */
export const BLOCKING = `('requested', 'confirmed')`;

export const BOOKING_COLUMNS = `b.id, b.kind, b.status, b.mentorship_id, b.office_hours_id, b.mentor_id, b.mentor_user_id, b.founder_user_id, b.startup_id,
  b.starts_at, b.ends_at, b.length_minutes, b.topic, b.meeting_link, b.meeting_place, b.sequence, b.cancelled_by, b.cancel_reason,
  b.booked_time_zone, b.created_at, b.updated_at`;

export const bookingRow = z.object({
  id: col.id,
  kind: z.enum(KINDS),
  status: z.enum(STATUSES),
  mentorship_id: col.nullableText,
  office_hours_id: col.nullableText,
  mentor_id: col.id,
  mentor_user_id: col.id,
  founder_user_id: col.id,
  startup_id: col.nullableText,
  starts_at: col.date,
  ends_at: col.date,
  length_minutes: col.int,
  topic: col.text,
  meeting_link: col.nullableText,
  meeting_place: col.nullableText,
  sequence: col.int,
  cancelled_by: col.nullableText,
  cancel_reason: col.nullableText,
  booked_time_zone: col.text,
  created_at: col.date,
  updated_at: col.date,
});
export type BookingRow = z.output<typeof bookingRow>;

const localInterval = z.object({
  startMinute: z.number().int(),
  endMinute: z.number().int(),
});

export const AVAILABILITY_COLUMNS = `a.mentor_id, a.time_zone, a.rules, a.overrides, a.blackouts, a.session_lengths, a.buffer_before_minutes,
  a.buffer_after_minutes, a.minimum_notice_minutes, a.horizon_days, a.max_per_day, a.max_per_week, a.meeting_link, a.meeting_place,
  a.auto_confirm, a.updated_at`;

export const availabilityRow = z.object({
  mentor_id: col.id,
  time_zone: col.text,
  rules: z.array(
    localInterval.extend({
      weekday: z.union([
        z.literal(1),
        z.literal(2),
        z.literal(3),
        z.literal(4),
        z.literal(5),
        z.literal(6),
        z.literal(7),
      ]),
    }),
  ),
  overrides: z.array(
    z.object({ date: z.string(), intervals: z.array(localInterval) }),
  ),
  blackouts: z.array(
    z.object({ start: z.string(), end: z.string(), note: z.string() }),
  ),
  session_lengths: z
    .array(z.union([z.literal(30), z.literal(45), z.literal(60)]))
    .transform((l): SessionLength[] => l),
  buffer_before_minutes: col.int,
  buffer_after_minutes: col.int,
  minimum_notice_minutes: col.int,
  horizon_days: col.int,
  max_per_day: col.int.nullable(),
  max_per_week: col.int.nullable(),
  meeting_link: col.nullableText,
  meeting_place: col.nullableText,
  auto_confirm: col.bool,
  updated_at: col.date,
});
export type AvailabilityRow = z.output<typeof availabilityRow>;

export const OFFICE_HOURS_COLUMNS = `o.id, o.mentor_id, o.mentor_user_id, o.title, o.starts_at, o.ends_at, o.seats, o.seats_taken, o.meeting_link,
  o.meeting_place, o.cancelled_at, o.created_at`;

export const officeHoursRow = z.object({
  id: col.id,
  mentor_id: col.id,
  mentor_user_id: col.id,
  title: col.text,
  starts_at: col.date,
  ends_at: col.date,
  seats: col.int,
  seats_taken: col.int,
  meeting_link: col.nullableText,
  meeting_place: col.nullableText,
  cancelled_at: col.nullableDate,
  created_at: col.date,
});
export type OfficeHoursRow = z.output<typeof officeHoursRow>;

/** A buffered range read back from a tstzrange as its bounds. */
export const rangeRow = z.object({ start: col.date, end: col.date });
