import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EventParticipantKind,
  EventParticipantView,
  EventRequestView,
  Role,
} from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { AppError, isUniqueViolation } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { ProfilesService } from '../directory';
import { UsersService } from '../users';
import type {
  CreateEventRequestDto,
  EventProfileDto,
} from './dto/participant.dto';
import {
  allows,
  EventRow,
  isOpenForRequests,
  PARTICIPANT_COLUMNS,
  participantRow,
  ParticipantRow,
  participantView,
  REQUEST_COLUMNS,
  requestRow,
  RequestRow,
} from './event-rows';
import { EventsService } from './events.service';

/**
 * How each kind of account takes part: founders as their startup; mentors as mentors, or as the investor or corporate
 * partner they also are (guests sign up with a mentor account, the side that offers). Staff organise, not attend.
 */
const KINDS_BY_ROLE: Record<Role, readonly EventParticipantKind[]> = {
  founder: ['founder'],
  mentor: ['mentor', 'investor', 'corporate'],
  manager: [],
  admin: [],
};

/** Who registers for an event and the meetings they ask each other for. */
@Injectable()
export class EventParticipationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly domainEvents: DomainEvents,
    private readonly access: AccessService,
    private readonly setup: EventsService,
    private readonly users: UsersService,
    private readonly profiles: ProfilesService,
  ) {}

  /** Registers the caller with an event profile; waits for approval when the event asks for it. */
  async register(
    user: AuthUser,
    eventId: string,
    dto: EventProfileDto,
  ): Promise<EventParticipantView> {
    const event = await this.visibleEvent(user, eventId);
    if (!isOpenForRequests(event)) {
      throw new AppError('event.registration_closed');
    }
    const kinds = KINDS_BY_ROLE[user.role];
    if (!kinds.includes(dto.kind)) {
      throw new AppError(
        'event.kind_not_yours',
        { allowed: kinds.join(', ') || '—' },
        [
          {
            field: 'kind',
            messages: [
              `kind must be how your account takes part: ${kinds.join(', ') || 'none'}`,
            ],
            code: 'event.kind_not_yours',
          },
        ],
      );
    }
    if (
      dto.kind === 'founder' &&
      (await this.profiles.startupIdsOf(user.id)).length === 0
    ) {
      throw new AppError('startup.profile_missing');
    }
    const outside = dto.unavailableRounds.find((r) => r >= event.rounds);
    if (outside !== undefined) {
      throw new AppError(
        'event.round_out_of_range',
        { last: event.rounds - 1 },
        [
          {
            field: 'unavailableRounds',
            messages: [
              `unavailableRounds must be round numbers from 0 to ${event.rounds - 1}`,
            ],
            code: 'event.round_out_of_range',
          },
        ],
      );
    }
    const status = event.approval_required ? 'pending' : 'approved';
    const row = await this.db
      .transaction(async (tx) => {
        const inserted = await sqlRow(
          tx,
          participantRow,
          `INSERT INTO event_participants AS p (event_id, user_id, kind, status, organisation, offer, looking_for, sectors, stages, languages, unavailable_rounds)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${PARTICIPANT_COLUMNS}`,
          [
            eventId,
            user.id,
            dto.kind,
            status,
            dto.organisation,
            dto.offer,
            dto.lookingFor,
            dto.sectors,
            dto.stages,
            dto.languages,
            [...new Set(dto.unavailableRounds)].sort((a, b) => a - b),
          ],
        );
        if (!inserted) {
          throw new Error('The registration was not returned');
        }
        await this.domainEvents.publish(tx, 'event.registered', {
          eventId,
          participantId: inserted.id,
          userId: user.id,
          status,
        });
        return inserted;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new AppError('event.already_registered')
          : error;
      });
    return (
      await this.toViews([row], event.request_quota)
    )[0] as EventParticipantView;
  }

  /** An organiser approves or declines a registration. */
  async decide(
    user: AuthUser,
    eventId: string,
    participantId: string,
    approve: boolean,
  ): Promise<EventParticipantView> {
    await this.access.require(user, 'event.manage', eventId);
    const event = await this.setup.row(eventId);
    const row = await this.db.transaction(async (tx) => {
      const updated = await sqlRow(
        tx,
        participantRow,
        `UPDATE event_participants p SET status = $3 WHERE p.id = $2 AND p.event_id = $1 RETURNING ${PARTICIPANT_COLUMNS}`,
        [eventId, participantId, approve ? 'approved' : 'declined'],
      );
      if (!updated) {
        throw new AppError('event.participant_not_found');
      }
      await this.domainEvents.publish(tx, 'event.registration_decided', {
        eventId,
        titleEn: event.title_en,
        titleZh: event.title_zh,
        participantId,
        userId: updated.user_id,
        approved: approve,
        actorId: user.id,
      });
      return updated;
    });
    return (
      await this.toViews([row], event.request_quota)
    )[0] as EventParticipantView;
  }

  /** The people at an event: approved ones for everyone, every registration for its organisers. */
  async participants(
    user: AuthUser,
    eventId: string,
  ): Promise<EventParticipantView[]> {
    const event = await this.visibleEvent(user, eventId);
    const organiser = await this.access.has(user, 'event.manage', eventId);
    const rows = await sqlRows(
      this.db,
      participantRow,
      `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p
        WHERE p.event_id = $1 AND ($2 OR p.status = 'approved' OR p.user_id = $3) ORDER BY p.created_at, p.id`,
      [eventId, organiser, user.id],
    );
    return this.toViews(rows, event.request_quota);
  }

  /**
   * Asks another participant for a meeting. The sender's count moves only while it is under the quota (one
   * conditional UPDATE, so concurrent requests queue on the row and re-check), and the request is written in the same
   * transaction or not at all; one live request per pair, whichever side asked.
   */
  async request(
    user: AuthUser,
    eventId: string,
    dto: CreateEventRequestDto,
  ): Promise<EventRequestView> {
    const event = await this.visibleEvent(user, eventId);
    const me = await this.participantOf(eventId, user.id);
    if (!me) {
      throw new AppError('event.not_registered');
    }
    if (me.status !== 'approved') {
      throw new AppError('event.not_approved');
    }
    if (!isOpenForRequests(event)) {
      throw new AppError('event.registration_closed');
    }
    if (dto.toParticipantId === me.id) {
      throw new AppError('event.request_self', {}, [
        {
          field: 'toParticipantId',
          messages: ['toParticipantId must be someone else'],
          code: 'event.request_self',
        },
      ]);
    }
    const to = await sqlRow(
      this.db,
      participantRow,
      `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.id = $1 AND p.event_id = $2`,
      [dto.toParticipantId, eventId],
    );
    if (!to) {
      throw new AppError('event.participant_not_found');
    }
    if (to.status !== 'approved') {
      throw new AppError('event.recipient_not_approved');
    }
    if (!allows(event.request_rules, me.kind, to.kind)) {
      throw new AppError('event.request_not_allowed', {
        from: me.kind,
        to: to.kind,
      });
    }
    const row = await this.db
      .transaction(async (tx) => {
        const counted = await sqlRow(
          tx,
          participantRow,
          `UPDATE event_participants p SET requests_sent = requests_sent + 1 WHERE p.id = $1 AND p.requests_sent < $2 RETURNING ${PARTICIPANT_COLUMNS}`,
          [me.id, event.request_quota],
        );
        if (!counted) {
          throw new AppError('event.quota_reached', {
            quota: event.request_quota,
          });
        }
        const inserted = await sqlRow(
          tx,
          requestRow,
          `INSERT INTO event_requests AS r (event_id, from_participant_id, to_participant_id, priority, message)
           VALUES ($1, $2, $3, $4, $5) RETURNING ${REQUEST_COLUMNS}`,
          [eventId, me.id, to.id, dto.priority, dto.message ?? ''],
        );
        if (!inserted) {
          throw new Error('The request was not returned');
        }
        await this.domainEvents.publish(tx, 'event.request_created', {
          eventId,
          titleEn: event.title_en,
          titleZh: event.title_zh,
          requestId: inserted.id,
          fromUserId: me.user_id,
          fromName:
            (await this.users.cards([me.user_id], tx)).get(me.user_id)
              ?.displayName ?? '',
          toUserId: to.user_id,
          priority: dto.priority,
        });
        return inserted;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new AppError('event.request_duplicate')
          : error;
      });
    return (await this.requestViews([row]))[0] as EventRequestView;
  }

  /** The receiver accepts or declines; a declined request gives the sender their request back. */
  async decideRequest(
    user: AuthUser,
    requestId: string,
    accept: boolean,
  ): Promise<EventRequestView> {
    await this.access.require(user, 'event_request.decide', requestId);
    return this.settle(
      requestId,
      accept ? 'accepted' : 'declined',
      async (r, tx) => {
        const event = await this.setup.row(r.event_id, tx);
        if (!isOpenForRequests(event)) {
          throw new AppError('event.registration_closed');
        }
      },
    );
  }

  /** The sender takes back a request still waiting for an answer, and gets it back for someone else. */
  async withdraw(user: AuthUser, requestId: string): Promise<EventRequestView> {
    await this.access.require(user, 'event_request.manage', requestId);
    return this.settle(requestId, 'withdrawn');
  }

  /** Requests the caller sent or received at an event; organisers see every one. */
  async requests(user: AuthUser, eventId: string): Promise<EventRequestView[]> {
    await this.visibleEvent(user, eventId);
    const organiser = await this.access.has(user, 'event.manage', eventId);
    const rows = await sqlRows(
      this.db,
      requestRow,
      `SELECT ${REQUEST_COLUMNS} FROM event_requests r
        WHERE r.event_id = $1
          AND ($2 OR EXISTS (SELECT 1 FROM event_participants p WHERE p.id IN (r.from_participant_id, r.to_participant_id) AND p.user_id = $3))
        ORDER BY r.created_at DESC, r.id LIMIT 2000`,
      [eventId, organiser, user.id],
    );
    return this.requestViews(rows);
  }

  private async settle(
    requestId: string,
    status: 'accepted' | 'declined' | 'withdrawn',
    check?: (r: RequestRow, tx: Queryable) => Promise<void>,
  ): Promise<EventRequestView> {
    const row = await this.db.transaction(async (tx) => {
      const current = await sqlRow(
        tx,
        requestRow,
        `SELECT ${REQUEST_COLUMNS} FROM event_requests r WHERE r.id = $1 FOR UPDATE`,
        [requestId],
      );
      if (!current) {
        throw new AppError('event.request_not_found');
      }
      if (current.status !== 'pending') {
        throw new AppError('event.request_decided');
      }
      await check?.(current, tx);
      const updated = await sqlRow(
        tx,
        requestRow,
        `UPDATE event_requests r SET status = $2, decided_at = now() WHERE r.id = $1 RETURNING ${REQUEST_COLUMNS}`,
        [requestId, status],
      );
      if (!updated) {
        throw new AppError('event.request_not_found');
      }
      if (status !== 'accepted') {
        await tx.query(
          `UPDATE event_participants SET requests_sent = requests_sent - 1 WHERE id = $1 AND requests_sent > 0`,
          [updated.from_participant_id],
        );
      }
      if (status !== 'withdrawn') {
        const people = await sqlRows(
          tx,
          participantRow,
          `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.id = ANY($1::uuid[])`,
          [[updated.from_participant_id, updated.to_participant_id]],
        );
        const userOf = (id: string) =>
          people.find((p) => p.id === id)?.user_id ?? '';
        const event = await this.setup.row(updated.event_id, tx);
        const toUserId = userOf(updated.to_participant_id);
        await this.domainEvents.publish(tx, 'event.request_decided', {
          eventId: updated.event_id,
          titleEn: event.title_en,
          titleZh: event.title_zh,
          requestId,
          fromUserId: userOf(updated.from_participant_id),
          toUserId,
          toName:
            (await this.users.cards([toUserId], tx)).get(toUserId)
              ?.displayName ?? '',
          accepted: status === 'accepted',
        });
      }
      return updated;
    });
    return (await this.requestViews([row]))[0] as EventRequestView;
  }

  /** The event if the caller may see it (drafts only for organisers). */
  private async visibleEvent(
    user: AuthUser,
    eventId: string,
  ): Promise<EventRow> {
    const event = await this.setup.row(eventId);
    if (
      event.status === 'draft' &&
      !(await this.access.has(user, 'event.manage', eventId))
    ) {
      throw new AppError('event.not_found');
    }
    return event;
  }

  private participantOf(
    eventId: string,
    userId: string,
  ): Promise<ParticipantRow | undefined> {
    return sqlRow(
      this.db,
      participantRow,
      `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.event_id = $1 AND p.user_id = $2`,
      [eventId, userId],
    );
  }

  private async toViews(
    rows: ParticipantRow[],
    quota: number,
  ): Promise<EventParticipantView[]> {
    const cards = await this.users.cards(rows.map((r) => r.user_id));
    return rows.map((r) => participantView(r, quota, cards.get(r.user_id)));
  }

  /** Requests with both sides named, as the screens show them. */
  async requestViews(rows: RequestRow[]): Promise<EventRequestView[]> {
    const ids = [
      ...new Set(
        rows.flatMap((r) => [r.from_participant_id, r.to_participant_id]),
      ),
    ];
    const people = ids.length
      ? await sqlRows(
          this.db,
          participantRow,
          `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const cards = await this.users.cards(people.map((p) => p.user_id));
    const side = (id: string) => {
      const p = byId.get(id);
      return {
        participantId: id,
        userId: p?.user_id ?? '',
        displayName: (p && cards.get(p.user_id)?.displayName) ?? '',
        kind: p?.kind ?? 'founder',
        organisation: p?.organisation ?? '',
      };
    };
    return rows.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      from: side(r.from_participant_id),
      to: side(r.to_participant_id),
      priority: r.priority,
      message: r.message,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      decidedAt: r.decided_at?.toISOString() ?? null,
    }));
  }
}
