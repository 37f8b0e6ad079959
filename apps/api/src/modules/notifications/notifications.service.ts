import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEventName, NOTIFICATION_KINDS, NotificationView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DomainEvents, Queryable, StoredEvent } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { NOTIFICATION_RULES, Planned } from './notification-rules';

const notificationRow = z.object({
  id: col.id,
  user_id: col.id,
  kind: z.enum(NOTIFICATION_KINDS),
  payload: col.json,
  created_at: col.date,
  read_at: col.nullableDate,
});
type NotificationRow = z.output<typeof notificationRow>;
const COLUMNS = 'id, user_id, kind, payload, created_at, read_at';
const countRow = z.object({ unread: col.int });

function toView(r: NotificationRow): NotificationView {
  return { id: r.id, kind: r.kind, payload: r.payload, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null };
}

/** The notification centre: domain events become rows for the people they concern; each row is announced live. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
  ) {}

  onModuleInit(): void {
    for (const name of Object.keys(NOTIFICATION_RULES) as DomainEventName[]) {
      this.events.on(name, (payload, event) => this.record(event, (NOTIFICATION_RULES[name] as (p: typeof payload) => Planned[])(payload)));
    }
  }

  /** Writes the planned rows once per event and recipient, however often the event is delivered. */
  async record(event: StoredEvent, planned: Planned[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const plan of planned) {
        for (const userId of new Set(plan.userIds)) {
          const created = await sqlRow(
            tx,
            idRow,
            `INSERT INTO notifications (user_id, kind, payload, event_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (event_id, user_id, kind) WHERE event_id IS NOT NULL DO NOTHING RETURNING id`,
            [userId, plan.kind, JSON.stringify(plan.payload), event.id],
          );
          if (created) {
            await this.events.publish(tx, 'notification.created', { notificationId: created.id, userId });
          }
        }
      }
    });
  }

  async list(viewer: AuthUser): Promise<NotificationView[]> {
    const rows = await sqlRows(this.db, notificationRow, `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 100`, [viewer.id]);
    return rows.map(toView);
  }

  async unread(userId: string, runner: Queryable = this.db): Promise<number> {
    return (await sqlRow(runner, countRow, `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]))?.unread ?? 0;
  }

  async one(id: string): Promise<{ view: NotificationView; userId: string } | undefined> {
    const row = await sqlRow(this.db, notificationRow, `SELECT ${COLUMNS} FROM notifications WHERE id = $1`, [id]);
    return row && { view: toView(row), userId: row.user_id };
  }

  async markRead(viewer: AuthUser, id: string): Promise<{ unread: number }> {
    return this.db.transaction(async (tx) => {
      await this.access.require(viewer, 'notification.update', id, tx);
      await sqlExec(tx, `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1`, [id]);
      await this.events.publish(tx, 'notification.read', { userId: viewer.id, ids: [id] });
      return { unread: await this.unread(viewer.id, tx) };
    });
  }

  async markAllRead(viewer: AuthUser): Promise<{ unread: number }> {
    await this.db.transaction(async (tx) => {
      await sqlExec(tx, `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [viewer.id]);
      await this.events.publish(tx, 'notification.read', { userId: viewer.id, ids: 'all' });
    });
    return { unread: 0 };
  }
}
