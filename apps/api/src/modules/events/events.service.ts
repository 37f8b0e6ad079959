import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EVENT_REQUIRED_FIELDS,
  type EventInput,
  type EventView,
  type RequestRule,
} from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { AppError, badField } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { instantOf } from '../../common/http/instant';
import { idRow, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { UsersService } from '../users';
import type { CreateEventDto, UpdateEventDto } from './dto/event.dto';
import {
  EVENT_COLUMNS,
  eventRow,
  EventRow,
  PARTICIPANT_COLUMNS,
  participantRow,
  participantView,
  roundsOf,
} from './event-rows';

/** Founders may ask anyone who offers: mentors, investors and corporate partners. */
const DEFAULT_RULES: RequestRule[] = [
  ['founder', 'mentor'],
  ['founder', 'investor'],
  ['founder', 'corporate'],
];
const DEFAULT_QUOTA = 10;
const LIST_LIMIT = 200;

const isForeignKey = (error: unknown): boolean =>
  error instanceof Error && (error as { code?: unknown }).code === '23503';

/** The setup of matchmaking events: what organisers create and change, and the event as everyone sees it. */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
    private readonly users: UsersService,
  ) {}

  /** A new event in draft, hosted by a programme the caller runs. */
  async create(user: AuthUser, dto: CreateEventDto): Promise<EventView> {
    const missing = EVENT_REQUIRED_FIELDS.find(
      (field) => dto[field] === undefined,
    );
    if (missing) {
      throw badField(missing, `${missing} is required`);
    }
    await this.access.require(user, 'incubator.manage', dto.incubatorId);
    const startsAt = dto.startsAt;
    const setup: EventInput = {
      titleEn: dto.titleEn,
      titleZh: dto.titleZh,
      description: dto.description ?? '',
      venue: dto.venue ?? '',
      online: dto.online ?? false,
      timeZone: dto.timeZone,
      startsAt,
      rounds: dto.rounds,
      roundMinutes: dto.roundMinutes,
      breakMinutes: dto.breakMinutes ?? 0,
      tableNames: dto.tableNames,
      tableLinks: dto.tableLinks ?? [],
      registrationOpensAt: dto.registrationOpensAt ?? new Date().toISOString(),
      registrationClosesAt: dto.registrationClosesAt ?? startsAt,
      requestRules: dto.requestRules ?? DEFAULT_RULES,
      requestQuota: dto.requestQuota ?? DEFAULT_QUOTA,
      approvalRequired: dto.approvalRequired ?? true,
    };
    checkSetup(setup);
    let id: string;
    try {
      id = await this.db.transaction(async (tx) => {
        const row = await sqlRow(
          tx,
          idRow,
          `INSERT INTO events (incubator_id, created_by, title_en, title_zh, description, venue, online, time_zone, starts_at, rounds, round_minutes,
                  break_minutes, table_names, table_links, registration_opens_at, registration_closes_at, request_rules, request_quota, approval_required)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
          [dto.incubatorId, user.id, ...setupParams(setup)],
        );
        if (!row) {
          throw new Error('The new event was not returned');
        }
        await this.events.publish(tx, 'event.created', {
          eventId: row.id,
          actorId: user.id,
        });
        return row.id;
      });
    } catch (error) {
      if (isForeignKey(error)) {
        throw badField(
          'incubatorId',
          'incubatorId must be the id of an incubator',
        );
      }
      throw error;
    }
    return this.view(user, id);
  }

  /** Changes the setup; once the schedule is published its shape (start, rounds, their length, tables) stays. */
  async update(
    user: AuthUser,
    id: string,
    dto: UpdateEventDto,
  ): Promise<EventView> {
    await this.access.require(user, 'event.manage', id);
    await this.db.transaction(async (tx) => {
      const row = await this.row(id, tx, true);
      const shapeChanges = (
        [
          'startsAt',
          'rounds',
          'roundMinutes',
          'breakMinutes',
          'tableNames',
        ] as const
      ).some((k) => dto[k] !== undefined);
      if (
        shapeChanges &&
        (row.status === 'scheduled' || row.status === 'ended')
      ) {
        throw new AppError('event.setup_locked');
      }
      const setup: EventInput = { ...setupOf(row), ...definedOnly(dto) };
      checkSetup(setup);
      await tx.query(
        `UPDATE events SET title_en = $2, title_zh = $3, description = $4, venue = $5, online = $6, time_zone = $7, starts_at = $8, rounds = $9,
                round_minutes = $10, break_minutes = $11, table_names = $12, table_links = $13, registration_opens_at = $14,
                registration_closes_at = $15, request_rules = $16, request_quota = $17, approval_required = $18, updated_at = now()
          WHERE id = $1`,
        [id, ...setupParams(setup)],
      );
      await this.events.publish(tx, 'event.updated', {
        eventId: id,
        actorId: user.id,
      });
    });
    return this.view(user, id);
  }

  /** Opens a draft for registration: participants can see it and register from its registration start. */
  async open(user: AuthUser, id: string): Promise<EventView> {
    await this.access.require(user, 'event.manage', id);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE events SET status = 'open', updated_at = now() WHERE id = $1 AND status = 'draft'`,
        [id],
      );
      await this.events.publish(tx, 'event.updated', {
        eventId: id,
        actorId: user.id,
      });
    });
    return this.view(user, id);
  }

  /** Events still to come or under way, soonest first: every open one, and the drafts the caller organises. */
  async list(user: AuthUser): Promise<EventView[]> {
    const rows = await sqlRows(
      this.db,
      eventRow,
      `SELECT ${EVENT_COLUMNS} FROM events e
        WHERE e.starts_at > now() - interval '2 days' ORDER BY e.starts_at, e.id LIMIT ${LIST_LIMIT}`,
    );
    const managed = await this.access.granted(
      user,
      'event.manage',
      rows.map((r) => r.id),
    );
    return this.views(
      user,
      rows.filter((r) => r.status !== 'draft' || managed.has(r.id)),
      managed,
    );
  }

  /** One event; a draft exists only for its organisers. */
  async view(
    user: AuthUser,
    id: string,
    runner: Queryable = this.db,
  ): Promise<EventView> {
    const row = await this.row(id, runner);
    const managed = await this.access.granted(
      user,
      'event.manage',
      [id],
      runner,
    );
    if (row.status === 'draft' && !managed.has(id)) {
      throw new AppError('event.not_found');
    }
    const [view] = await this.views(user, [row], managed, runner);
    if (!view) {
      throw new AppError('event.not_found');
    }
    return view;
  }

  /** The event's row, or 404; `lock` holds it until the caller's transaction ends. */
  async row(
    id: string,
    runner: Queryable = this.db,
    lock = false,
  ): Promise<EventRow> {
    const row = await sqlRow(
      runner,
      eventRow,
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) {
      throw new AppError('event.not_found');
    }
    return row;
  }

  private async views(
    user: AuthUser,
    rows: EventRow[],
    managed: Set<string>,
    runner: Queryable = this.db,
  ): Promise<EventView[]> {
    if (rows.length === 0) {
      return [];
    }
    const mine = await sqlRows(
      runner,
      participantRow,
      `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.user_id = $1 AND p.event_id = ANY($2::uuid[])`,
      [user.id, rows.map((r) => r.id)],
    );
    const byEvent = new Map(mine.map((p) => [p.event_id, p]));
    const card = (await this.users.cards([user.id], runner)).get(user.id);
    return rows.map((r) => {
      const me = byEvent.get(r.id);
      return {
        id: r.id,
        incubatorId: r.incubator_id,
        status: r.status,
        ...setupOf(r),
        schedule: roundsOf(r),
        participantCount: r.participant_count,
        me: me ? participantView(me, r.request_quota, card) : null,
        canManage: managed.has(r.id),
        createdAt: r.created_at.toISOString(),
      };
    });
  }
}

function setupOf(r: EventRow): EventInput {
  return {
    titleEn: r.title_en,
    titleZh: r.title_zh,
    description: r.description,
    venue: r.venue ?? '',
    online: r.online,
    timeZone: r.time_zone,
    startsAt: r.starts_at.toISOString(),
    rounds: r.rounds,
    roundMinutes: r.round_minutes,
    breakMinutes: r.break_minutes,
    tableNames: r.table_names,
    tableLinks: r.table_links,
    registrationOpensAt: r.registration_opens_at.toISOString(),
    registrationClosesAt: r.registration_closes_at.toISOString(),
    requestRules: r.request_rules,
    requestQuota: r.request_quota,
    approvalRequired: r.approval_required,
  };
}

function definedOnly(dto: UpdateEventDto): Partial<EventInput> {
  return Object.fromEntries(
    Object.entries(dto).filter(([, v]) => v !== undefined),
  ) as Partial<EventInput>;
}

function setupParams(s: EventInput): unknown[] {
  return [
    s.titleEn,
    s.titleZh,
    s.description,
    s.venue === '' ? null : s.venue,
    s.online,
    s.timeZone,
    instantOf(s.startsAt),
    s.rounds,
    s.roundMinutes,
    s.breakMinutes,
    s.tableNames,
    s.online ? s.tableLinks : [],
    instantOf(s.registrationOpensAt),
    instantOf(s.registrationClosesAt),
    JSON.stringify(s.requestRules),
    s.requestQuota,
    s.approvalRequired,
  ];
}

/** Rules across fields: the registration window closes after it opens and by the start; online tables have links. */
function checkSetup(s: EventInput): void {
  const opens = instantOf(s.registrationOpensAt)?.getTime() ?? NaN;
  const closes = instantOf(s.registrationClosesAt)?.getTime() ?? NaN;
  const starts = instantOf(s.startsAt)?.getTime() ?? NaN;
  if (!(closes > opens) || closes > starts) {
    throw new AppError('event.bad_window', {}, [
      {
        field: 'registrationClosesAt',
        messages: [
          'registrationClosesAt must be after registrationOpensAt and no later than startsAt',
        ],
        code: 'event.bad_window',
      },
    ]);
  }
  if (s.online && s.tableLinks.length !== s.tableNames.length) {
    throw new AppError('event.table_links', {}, [
      {
        field: 'tableLinks',
        messages: [
          'tableLinks must give one https link per table for an online event',
        ],
        code: 'event.table_links',
      },
    ]);
  }
}
