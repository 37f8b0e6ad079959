import type { BusyRange } from '@torchbridge/domain';
import { z } from 'zod';
import type { Queryable } from '../../common/events/domain-events';
import { col, sqlRows } from '../../database/sql';
import { BLOCKING } from './booking-rows';

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
