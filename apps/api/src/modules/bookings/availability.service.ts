import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AvailabilityView,
  type SessionLength,
  type SlotsView,
  type SlotView,
  SESSION_LENGTHS,
} from '@torchbridge/contracts';
import {
  bestSlots,
  expandSlots,
  rankSlots,
  type SlotRulesInput,
  validateAvailability,
} from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { AppError, badField } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { sqlRow } from '../../database/sql';
import { ProfilesService } from '../directory';
import { UsersService } from '../users';
import {
  AVAILABILITY_COLUMNS,
  AvailabilityRow,
  availabilityRow,
} from './booking-rows';
import { loadSlotInputs } from './busy-times';
import type { AvailabilityDto, SlotQueryDto } from './dto/availability.dto';
import { instantOf } from './dto/instant.validator';

const DAY = 86_400_000;
const DEFAULT_SPAN_DAYS = 14;
export const MAX_SPAN_DAYS = 56;

export function rulesOf(row: AvailabilityRow): SlotRulesInput {
  return {
    timeZone: row.time_zone,
    rules: row.rules,
    overrides: row.overrides,
    blackouts: row.blackouts,
    bufferBeforeMinutes: row.buffer_before_minutes,
    bufferAfterMinutes: row.buffer_after_minutes,
    minimumNoticeMinutes: row.minimum_notice_minutes,
    horizonDays: row.horizon_days,
    maxPerDay: row.max_per_day,
    maxPerWeek: row.max_per_week,
  };
}

function toView(row: AvailabilityRow): AvailabilityView {
  return {
    mentorId: row.mentor_id,
    timeZone: row.time_zone,
    rules: row.rules,
    overrides: row.overrides,
    blackouts: row.blackouts,
    sessionLengths: row.session_lengths,
    bufferBeforeMinutes: row.buffer_before_minutes,
    bufferAfterMinutes: row.buffer_after_minutes,
    minimumNoticeMinutes: row.minimum_notice_minutes,
    horizonDays: row.horizon_days,
    maxPerDay: row.max_per_day,
    maxPerWeek: row.max_per_week,
    meetingLink: row.meeting_link,
    meetingPlace: row.meeting_place,
    autoConfirm: row.auto_confirm,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The length a request names, if the mentor offers it; a coded 400 naming the field otherwise. */
export function offeredLength(
  row: AvailabilityRow,
  length: number,
  field: string,
): SessionLength {
  const offered = row.session_lengths.find((l) => l === length);
  if (offered === undefined) {
    const lengths = row.session_lengths.join(', ');
    throw new AppError('booking.length_not_offered', { lengths }, [
      {
        field,
        messages: [`${field} must be one the mentor offers: ${lengths}`],
        code: 'booking.length_not_offered',
      },
    ]);
  }
  return offered;
}

/** A mentor's availability (when they can be booked) and the slots it opens for a viewer, ranked for both people. */
@Injectable()
export class AvailabilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly profiles: ProfilesService,
    private readonly users: UsersService,
  ) {}

  /** The caller's availability; a mentor who has not set it yet gets a starting point built from their working hours (updatedAt null). */
  async mine(user: AuthUser): Promise<AvailabilityView> {
    const mentorId = await this.ownMentorId(user);
    const row = await this.row(this.db, mentorId);
    if (row) {
      return toView(row);
    }
    const card = (await this.users.cards([user.id])).get(user.id);
    const hours = card?.workingHours;
    return {
      mentorId,
      timeZone: card?.timeZone ?? 'UTC',
      rules: (hours?.weekdays ?? []).map((weekday) => ({
        weekday,
        startMinute: hours?.startMinute ?? 540,
        endMinute: hours?.endMinute ?? 1080,
      })),
      overrides: [],
      blackouts: [],
      sessionLengths: [SESSION_LENGTHS[0], SESSION_LENGTHS[2]],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 12 * 60,
      horizonDays: 60,
      maxPerDay: null,
      maxPerWeek: null,
      meetingLink: null,
      meetingPlace: null,
      autoConfirm: false,
      updatedAt: null,
    };
  }

  /** Replaces the caller's availability whole; every problem is named by its field. Existing sessions stay as booked. */
  async replace(
    user: AuthUser,
    dto: AvailabilityDto,
  ): Promise<AvailabilityView> {
    const mentorId = await this.ownMentorId(user);
    const problems = validateAvailability(dto);
    if (problems.length > 0) {
      throw new AppError(
        'validation.failed',
        {},
        problems.map((p) => ({
          field: p.field,
          messages: [p.message],
          code: p.code,
        })),
        problems.map((p) => p.message).join('; '),
      );
    }
    // Stored normalised, so the invite and the check constraint see one spelling of the address.
    const meetingLink =
      dto.meetingLink === null ? null : new URL(dto.meetingLink).href;
    const row = await this.db.transaction(async (tx) => {
      const saved = await sqlRow(
        tx,
        availabilityRow,
        `INSERT INTO mentor_availability AS a (mentor_id, time_zone, rules, overrides, blackouts, session_lengths, buffer_before_minutes, buffer_after_minutes,
                minimum_notice_minutes, horizon_days, max_per_day, max_per_week, meeting_link, meeting_place, auto_confirm, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now())
         ON CONFLICT (mentor_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, rules = EXCLUDED.rules, overrides = EXCLUDED.overrides,
                blackouts = EXCLUDED.blackouts, session_lengths = EXCLUDED.session_lengths, buffer_before_minutes = EXCLUDED.buffer_before_minutes,
                buffer_after_minutes = EXCLUDED.buffer_after_minutes, minimum_notice_minutes = EXCLUDED.minimum_notice_minutes,
                horizon_days = EXCLUDED.horizon_days, max_per_day = EXCLUDED.max_per_day, max_per_week = EXCLUDED.max_per_week,
                meeting_link = EXCLUDED.meeting_link, meeting_place = EXCLUDED.meeting_place, auto_confirm = EXCLUDED.auto_confirm, updated_at = now()
         RETURNING ${AVAILABILITY_COLUMNS}`,
        [
          mentorId,
          dto.timeZone,
          JSON.stringify(
            dto.rules.map((r) => ({
              weekday: r.weekday,
              startMinute: r.startMinute,
              endMinute: r.endMinute,
            })),
          ),
          JSON.stringify(
            dto.overrides.map((o) => ({
              date: o.date,
              intervals: o.intervals.map((i) => ({
                startMinute: i.startMinute,
                endMinute: i.endMinute,
              })),
            })),
          ),
          JSON.stringify(
            dto.blackouts.map((b) => ({
              start: new Date(b.start).toISOString(),
              end: new Date(b.end).toISOString(),
              note: b.note,
            })),
          ),
          dto.sessionLengths,
          dto.bufferBeforeMinutes,
          dto.bufferAfterMinutes,
          dto.minimumNoticeMinutes,
          dto.horizonDays,
          dto.maxPerDay,
          dto.maxPerWeek,
          meetingLink,
          dto.meetingPlace,
          dto.autoConfirm,
        ],
      );
      if (!saved) {
        throw new Error('The availability was not returned');
      }
      await this.events.publish(tx, 'availability.updated', {
        mentorId,
        actorId: user.id,
      });
      return saved;
    });
    return toView(row);
  }

  /** Bookable starts of one length between `from` and `to` (at most 8 weeks), each with how well it suits both people. */
  async slots(
    viewer: AuthUser,
    mentorId: string,
    query: SlotQueryDto,
  ): Promise<SlotsView> {
    const now = new Date();
    const from = (query.from && instantOf(query.from)) || now;
    const to =
      (query.to && instantOf(query.to)) ||
      new Date(from.getTime() + DEFAULT_SPAN_DAYS * DAY);
    if (to.getTime() <= from.getTime()) {
      throw badField('to', 'to must be after from');
    }
    if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * DAY) {
      throw badField(
        'to',
        `to must be at most ${MAX_SPAN_DAYS / 7} weeks after from`,
      );
    }
    const inputs = await loadSlotInputs(this.db, {
      mentorId,
      bookerId: viewer.id,
      from,
      to,
    });
    if (!inputs) {
      throw new AppError('mentor.not_found');
    }
    const row = inputs.availability;
    if (!row) {
      throw new AppError('availability.not_set');
    }
    const length = offeredLength(
      row,
      query.length ?? row.session_lengths[0] ?? SESSION_LENGTHS[0],
      'length',
    );
    const cards = await this.users.cards([inputs.mentorUserId, viewer.id]);
    const busy = inputs.busy;
    const slots = expandSlots({
      rules: rulesOf(row),
      lengthMinutes: length,
      from,
      to,
      now,
      ...busy,
    });
    const mentorCard = cards.get(inputs.mentorUserId);
    const viewerCard = cards.get(viewer.id);
    const viewerTimeZone = viewerCard?.timeZone ?? 'UTC';
    const ranked = rankSlots(
      slots,
      {
        timeZone: mentorCard?.timeZone ?? row.time_zone,
        hours: mentorCard?.workingHours ?? {
          startMinute: 540,
          endMinute: 1080,
          weekdays: [1, 2, 3, 4, 5],
        },
      },
      {
        timeZone: viewerTimeZone,
        hours: viewerCard?.workingHours ?? {
          startMinute: 540,
          endMinute: 1080,
          weekdays: [1, 2, 3, 4, 5],
        },
      },
    );
    const toSlot = (s: (typeof ranked)[number]): SlotView => ({
      start: s.start.toISOString(),
      end: s.end.toISOString(),
      fit: s.fit,
      inOverlap: s.inOverlap,
    });
    return {
      mentorId,
      mentorTimeZone: row.time_zone,
      viewerTimeZone,
      length,
      lengths: row.session_lengths,
      slots: ranked.map(toSlot),
      best: bestSlots(ranked).map(toSlot),
    };
  }

  async row(
    runner: Queryable,
    mentorId: string,
    options: { lock?: boolean } = {},
  ): Promise<AvailabilityRow | undefined> {
    return sqlRow(
      runner,
      availabilityRow,
      `SELECT ${AVAILABILITY_COLUMNS} FROM mentor_availability a WHERE a.mentor_id = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [mentorId],
    );
  }

  /**
   * Locks the mentor's availability until the caller's transaction ends: one mentor's bookings, reschedules and office
   * hours queue here, so caps and office-hours overlaps are checked against rows no one else is changing.
   */
  async lock(tx: Queryable, mentorId: string): Promise<AvailabilityRow> {
    const row = await this.row(tx, mentorId, { lock: true });
    if (!row) {
      throw new AppError('availability.not_set');
    }
    return row;
  }

  /** The mentor's lock if no one holds it now (undefined when someone does), held until the caller's transaction ends. */
  async tryLock(
    tx: Queryable,
    mentorId: string,
  ): Promise<AvailabilityRow | undefined> {
    return sqlRow(
      tx,
      availabilityRow,
      `SELECT ${AVAILABILITY_COLUMNS} FROM mentor_availability a WHERE a.mentor_id = $1 FOR UPDATE SKIP LOCKED`,
      [mentorId],
    );
  }

  /**
   * Waits until whoever holds the mentor's lock commits, without queueing for it: a shared lock taken and let go in
   * one statement, so everyone waiting is let through together when the holder is done.
   */
  async awaitUnlocked(mentorId: string): Promise<void> {
    await this.db.query(
      'SELECT 1 FROM mentor_availability WHERE mentor_id = $1 FOR SHARE',
      [mentorId],
    );
  }

  private async ownMentorId(user: AuthUser): Promise<string> {
    const mentorId = await this.profiles.mentorIdOf(user.id);
    if (!mentorId) {
      throw new AppError('mentor.profile_missing');
    }
    return mentorId;
  }
}
