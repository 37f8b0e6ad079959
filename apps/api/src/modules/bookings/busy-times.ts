import type { BusyRange } from '@torchbridge/domain';
import { z } from 'zod';
import type { Queryable } from '../../common/events/domain-events';
import { col, sqlRow, sqlRows } from '../../database/sql';
import { mentorAccountSql } from '../directory';
import {
  AVAILABILITY_COLUMNS,
  type AvailabilityRow,
  availabilityRow,
  BLOCKING,
} from './booking-rows';

/** What holds time around a range: the mentor's buffered blocks with their starts (caps count them), and the booker's own sessions. */
export interface BusyTimes {
  mentorBlocks: BusyRange[];
  mentorSessionStarts: Date[];
  bookerBusy: BusyRange[];
}

const busyRow = z.object({
  side: z.enum(['mentor', 'booker']),
  start: col.date,
  end: col.date,
  session_start: col.date,
});

/**
 * One indexed query for everything that decides slots between `from` and `to`. The mentor's rows reach a week and a
 * day either side, so the caps of every local day and ISO week the range touches count every session in them;
 * a session lasts hours at most, so starts a day before `from` cover everything that overlaps it.
 */
export async function loadBusyTimes(
  runner: Queryable,
  input: {
    mentorUserId: string;
    bookerId: string;
    from: Date;
    to: Date;
    exceptBookingId?: string;
  },
): Promise<BusyTimes> {
  const rows = await sqlRows(
    runner,
    busyRow,
    `SELECT 'mentor' AS side, lower(b.block) AS start, upper(b.block) AS end, b.starts_at AS session_start
       FROM bookings b
      WHERE b.mentor_user_id = $1 AND b.status IN ${BLOCKING} AND b.kind = 'mentorship'
        AND b.starts_at >= $3::timestamptz - interval '8 days' AND b.starts_at < $4::timestamptz + interval '8 days'
        AND b.id IS DISTINCT FROM $5::uuid
     UNION ALL
     SELECT 'mentor', lower(o.block), upper(o.block), o.starts_at
       FROM office_hours o
      WHERE o.mentor_user_id = $1 AND o.cancelled_at IS NULL
        AND o.starts_at >= $3::timestamptz - interval '8 days' AND o.starts_at < $4::timestamptz + interval '8 days'
     UNION ALL
     SELECT 'booker', b.starts_at, b.ends_at, b.starts_at
       FROM bookings b
      WHERE b.founder_user_id = $2 AND b.status IN ${BLOCKING}
        AND b.starts_at >= $3::timestamptz - interval '1 day' AND b.starts_at < $4::timestamptz AND b.ends_at > $3::timestamptz
        AND b.id IS DISTINCT FROM $5::uuid`,
    [
      input.mentorUserId,
      input.bookerId,
      input.from,
      input.to,
      input.exceptBookingId ?? null,
    ],
  );
  const busy: BusyTimes = {
    mentorBlocks: [],
    mentorSessionStarts: [],
    bookerBusy: [],
  };
  for (const r of rows) {
    if (r.side === 'mentor') {
      busy.mentorBlocks.push({ start: r.start, end: r.end });
      busy.mentorSessionStarts.push(r.session_start);
    } else {
      busy.bookerBusy.push({ start: r.start, end: r.end });
    }
  }
  return busy;
}

/** Whether a blocking session or office hours of the mentor overlaps `block`, or a session of the booker `slot` (SQL expressions). */
const takenSql = (
  mentorUserId: string,
  bookerId: string,
  block: string,
  slot: string,
): string =>
  `(EXISTS (SELECT 1 FROM bookings b
             WHERE b.mentor_user_id = ${mentorUserId} AND b.status IN ${BLOCKING} AND b.kind = 'mentorship' AND b.block && ${block})
    OR EXISTS (SELECT 1 FROM office_hours o
                WHERE o.mentor_user_id = ${mentorUserId} AND o.cancelled_at IS NULL AND o.block && ${block})
    OR EXISTS (SELECT 1 FROM bookings b
                WHERE b.founder_user_id = ${bookerId} AND b.status IN ${BLOCKING} AND b.slot && ${slot}))`;

const takenRow = z.object({ taken: col.bool });

/**
 * One indexed look at the exact range (the exclusion constraints' own indexes): does a blocking session or office
 * hours of the mentor overlap the buffered block, or a session of the booker the session itself? What the
 * constraints would refuse, asked before queueing for the mentor's lock.
 */
export async function rangeTaken(
  runner: Queryable,
  input: {
    mentorUserId: string;
    bookerId: string;
    start: Date;
    end: Date;
    block: BusyRange;
  },
): Promise<boolean> {
  const row = await sqlRow(
    runner,
    takenRow,
    `SELECT ${takenSql('$1', '$2', "tstzrange($3, $4, '[)')", "tstzrange($5, $6, '[)')")} AS taken`,
    [
      input.mentorUserId,
      input.bookerId,
      input.block.start,
      input.block.end,
      input.start,
      input.end,
    ],
  );
  return row?.taken ?? false;
}

/** Epoch milliseconds of a busy row: [mentor?, start, end, session start]. */
const busyTuple = z.tuple([z.boolean(), z.number(), z.number(), z.number()]);
const slotInputsRow = z
  .object({
    mentor_user_id: col.id,
    has_availability: col.bool,
    busy: z.array(busyTuple).nullable(),
  })
  .passthrough();

/**
 * Everything slots need but the two people's cards, in one round trip: the mentor's account, their availability
 * (its columns as `availabilityRow` reads them) and the busy times `loadBusyTimes` reads, for `mentorId`.
 * Undefined when there is no such mentor; `availability` undefined when they have not set it.
 */
export async function loadSlotInputs(
  runner: Queryable,
  input: { mentorId: string; bookerId: string; from: Date; to: Date },
): Promise<
  | {
      mentorUserId: string;
      availability: AvailabilityRow | undefined;
      busy: BusyTimes;
    }
  | undefined
> {
  const ms = (at: string): string => `extract(epoch FROM ${at}) * 1000`;
  const raw = await sqlRow(
    runner,
    slotInputsRow,
    `SELECT m.user_id AS mentor_user_id, a.mentor_id IS NOT NULL AS has_availability, ${AVAILABILITY_COLUMNS},
            (SELECT json_agg(json_build_array(t.mentor, t.start, t.end, t.session_start))
               FROM (SELECT true AS mentor, ${ms('lower(b.block)')} AS start, ${ms('upper(b.block)')} AS end, ${ms('b.starts_at')} AS session_start
                       FROM bookings b
                      WHERE b.mentor_user_id = m.user_id AND b.status IN ${BLOCKING} AND b.kind = 'mentorship'
                        AND b.starts_at >= $3::timestamptz - interval '8 days' AND b.starts_at < $4::timestamptz + interval '8 days'
                     UNION ALL
                     SELECT true, ${ms('lower(o.block)')}, ${ms('upper(o.block)')}, ${ms('o.starts_at')}
                       FROM office_hours o
                      WHERE o.mentor_user_id = m.user_id AND o.cancelled_at IS NULL
                        AND o.starts_at >= $3::timestamptz - interval '8 days' AND o.starts_at < $4::timestamptz + interval '8 days'
                     UNION ALL
                     SELECT false, ${ms('b.starts_at')}, ${ms('b.ends_at')}, ${ms('b.starts_at')}
                       FROM bookings b
                      WHERE b.founder_user_id = $2 AND b.status IN ${BLOCKING}
                        AND b.starts_at >= $3::timestamptz - interval '1 day' AND b.starts_at < $4::timestamptz
                        AND b.ends_at > $3::timestamptz) t) AS busy
       FROM (${mentorAccountSql('$1')}) m LEFT JOIN mentor_availability a ON a.mentor_id = m.id`,
    [input.mentorId, input.bookerId, input.from, input.to],
  );
  if (!raw) {
    return undefined;
  }
  const busy: BusyTimes = {
    mentorBlocks: [],
    mentorSessionStarts: [],
    bookerBusy: [],
  };
  for (const [mentor, start, end, sessionStart] of raw.busy ?? []) {
    if (mentor) {
      busy.mentorBlocks.push({ start: new Date(start), end: new Date(end) });
      busy.mentorSessionStarts.push(new Date(sessionStart));
    } else {
      busy.bookerBusy.push({ start: new Date(start), end: new Date(end) });
    }
  }
  return {
    mentorUserId: raw.mentor_user_id,
    availability: raw.has_availability ? availabilityRow.parse(raw) : undefined,
    busy,
  };
}

const bookingInputsRow = z
  .object({
    mentor_user_id: col.id,
    has_availability: col.bool,
    taken: col.bool.nullable(),
  })
  .passthrough();

/**
 * What booking needs before the mentor's lock, in one round trip: the mentor's account, their availability, and
 * whether the exact range of `start` for `lengthMinutes` (with the mentor's buffers) is already taken.
 * Undefined when there is no such mentor; `availability` undefined when they have not set it.
 */
export async function loadBookingInputs(
  runner: Queryable,
  input: {
    mentorId: string;
    bookerId: string;
    start: Date;
    lengthMinutes: number;
  },
): Promise<
  | {
      mentorUserId: string;
      availability: AvailabilityRow | undefined;
      taken: boolean;
    }
  | undefined
> {
  const end = new Date(input.start.getTime() + input.lengthMinutes * 60_000);
  const raw = await sqlRow(
    runner,
    bookingInputsRow,
    `SELECT m.user_id AS mentor_user_id, a.mentor_id IS NOT NULL AS has_availability, ${AVAILABILITY_COLUMNS},
            ${takenSql(
              'm.user_id',
              '$2',
              `tstzrange($3::timestamptz - make_interval(mins => a.buffer_before_minutes),
                         $4::timestamptz + make_interval(mins => a.buffer_after_minutes), '[)')`,
              `tstzrange($3, $4, '[)')`,
            )} AS taken
       FROM (${mentorAccountSql('$1')}) m LEFT JOIN mentor_availability a ON a.mentor_id = m.id`,
    [input.mentorId, input.bookerId, input.start, end],
  );
  if (!raw) {
    return undefined;
  }
  return {
    mentorUserId: raw.mentor_user_id,
    availability: raw.has_availability ? availabilityRow.parse(raw) : undefined,
    taken: raw.taken ?? false,
  };
}
