import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { idRow, sqlRows } from '../../database/sql';
import { PERMISSIONS, Permission, ProgrammePermission } from './permissions';

const MENTORSHIP_PARTY = `
    SELECT m.id FROM mentorships m JOIN mentor_profiles mp ON mp.id = m.mentor_id
     WHERE m.id = ANY($1::uuid[])
       AND (mp.user_id = $2 OR EXISTS (SELECT 1 FROM startup_founders sf WHERE sf.startup_id = m.startup_id AND sf.user_id = $2))`;

const BOOKING_PARTY = `SELECT b.id FROM bookings b WHERE b.id = ANY($1::uuid[]) AND (b.mentor_user_id = $2 OR b.founder_user_id = $2)`;

const CONVERSATION_MEMBER = `SELECT cm.conversation_id AS id FROM conversation_members cm WHERE cm.conversation_id = ANY($1::uuid[]) AND cm.user_id = $2`;

/**
 * Which of `$1` (ids) user `$2` may act on, per permission, by relationship (party, member, team). This module is
 * the one place that reads across modules' tables, and it only reads: every relationship check lives here once.
 * Null: no relationship grants it (staff only).
 */
const GRANTED: Record<Permission, string | null> = {
  'request.read': `
    SELECT r.id FROM mentorship_requests r JOIN mentor_profiles mp ON mp.id = r.mentor_id
     WHERE r.id = ANY($1::uuid[])
       AND (mp.user_id = $2 OR EXISTS (SELECT 1 FROM startup_founders sf WHERE sf.startup_id = r.startup_id AND sf.user_id = $2))`,
  'request.decide': `
    SELECT r.id FROM mentorship_requests r JOIN mentor_profiles mp ON mp.id = r.mentor_id
     WHERE r.id = ANY($1::uuid[]) AND mp.user_id = $2`,
  'request.manage': `
    SELECT r.id FROM mentorship_requests r JOIN startup_founders sf ON sf.startup_id = r.startup_id
     WHERE r.id = ANY($1::uuid[]) AND sf.user_id = $2`,
  'mentorship.read': MENTORSHIP_PARTY,
  'mentorship.update': MENTORSHIP_PARTY,
  'mentor.contact': `
    SELECT mp.id FROM mentor_profiles mp
     WHERE mp.id = ANY($1::uuid[])
       AND (mp.user_id = $2 OR EXISTS (
             SELECT 1 FROM mentorships m JOIN startup_founders sf ON sf.startup_id = m.startup_id
              WHERE m.mentor_id = mp.id AND m.status = 'active' AND sf.user_id = $2))`,
  'startup.contact': `
    SELECT s.id FROM startups s
     WHERE s.id = ANY($1::uuid[])
       AND (EXISTS (SELECT 1 FROM startup_founders sf WHERE sf.startup_id = s.id AND sf.user_id = $2)
            OR EXISTS (SELECT 1 FROM mentorships m JOIN mentor_profiles mp ON mp.id = m.mentor_id
                        WHERE m.startup_id = s.id AND m.status = 'active' AND mp.user_id = $2))`,
  'startup.manage': null,
  'incubator.manage': null,
  'cohort.manage': null,
  'conversation.read': CONVERSATION_MEMBER,
  'conversation.send': CONVERSATION_MEMBER,
  'conversation.manage': `
    SELECT c.id FROM conversations c JOIN conversation_members cm ON cm.conversation_id = c.id
     JOIN users u ON u.id = cm.user_id
     WHERE c.id = ANY($1::uuid[]) AND cm.user_id = $2 AND u.role = 'manager'`,
  'notification.update': `SELECT n.id FROM notifications n WHERE n.id = ANY($1::uuid[]) AND n.user_id = $2`,
  'booking.create': `
    SELECT m.id FROM mentorships m JOIN startup_founders sf ON sf.startup_id = m.startup_id
     WHERE m.id = ANY($1::uuid[]) AND sf.user_id = $2`,
  'booking.read': BOOKING_PARTY,
  'booking.change': BOOKING_PARTY,
  'booking.decide': `SELECT b.id FROM bookings b WHERE b.id = ANY($1::uuid[]) AND b.mentor_user_id = $2`,
  'office_hours.manage': `SELECT o.id FROM office_hours o WHERE o.id = ANY($1::uuid[]) AND o.mentor_user_id = $2`,
  'event.manage': null,
  'event_request.decide': `
    SELECT r.id FROM event_requests r JOIN event_participants p ON p.id = r.to_participant_id
     WHERE r.id = ANY($1::uuid[]) AND p.user_id = $2`,
  'event_meeting.party': `
    SELECT r.id FROM event_requests r JOIN event_participants p ON p.id IN (r.from_participant_id, r.to_participant_id)
     WHERE r.id = ANY($1::uuid[]) AND p.user_id = $2`,
  'event_request.manage': `
    SELECT r.id FROM event_requests r JOIN event_participants p ON p.id = r.from_participant_id
     WHERE r.id = ANY($1::uuid[]) AND p.user_id = $2`,
};

/** The startup `startupId` belongs to an incubator manager `$2` runs. */
const inProgramme = (startupId: string) => `EXISTS (
    SELECT 1 FROM startups ps JOIN incubator_managers im ON im.incubator_id = ps.incubator_id
     WHERE ps.id = ${startupId} AND im.user_id = $2)`;

const PROGRAMME_STARTUPS = `
    SELECT s.id FROM startups s JOIN incubator_managers im ON im.incubator_id = s.incubator_id
     WHERE s.id = ANY($1::uuid[]) AND im.user_id = $2`;

/** Which of `$1` manager `$2` holds as staff of their programme: the startups of the incubators they manage. */
const PROGRAMME: Record<ProgrammePermission, string> = {
  'request.read': `SELECT r.id FROM mentorship_requests r WHERE r.id = ANY($1::uuid[]) AND ${inProgramme('r.startup_id')}`,
  'mentorship.read': `SELECT m.id FROM mentorships m WHERE m.id = ANY($1::uuid[]) AND ${inProgramme('m.startup_id')}`,
  'mentorship.update': `SELECT m.id FROM mentorships m WHERE m.id = ANY($1::uuid[]) AND ${inProgramme('m.startup_id')}`,
  'startup.contact': PROGRAMME_STARTUPS,
  'startup.manage': PROGRAMME_STARTUPS,
  'incubator.manage': `SELECT im.incubator_id AS id FROM incubator_managers im WHERE im.incubator_id = ANY($1::uuid[]) AND im.user_id = $2`,
  // A run is the programme's when every startup in it is; a run spanning two programmes is for admins.
  'cohort.manage': `
    SELECT cr.id FROM cohort_runs cr
     WHERE cr.id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM unnest(cr.startup_ids) AS run (startup_id) WHERE NOT ${inProgramme('run.startup_id')})`,
  'event.manage': `
    SELECT e.id FROM events e JOIN incubator_managers im ON im.incubator_id = e.incubator_id
     WHERE e.id = ANY($1::uuid[]) AND im.user_id = $2`,
};

/** Admins hold every permission but the personal ones: answering as the mentor, acting as the founder, reading others' mail or calendar. */
const ADMIN_EXEMPT: ReadonlySet<Permission> = new Set([
  'request.decide',
  'request.manage',
  'notification.update',
  'conversation.read',
  'conversation.send',
  'booking.create',
  'booking.read',
  'booking.change',
  'booking.decide',
  'office_hours.manage',
  'event_request.decide',
  'event_request.manage',
  'event_meeting.party',
]);

@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The subset of `ids` the user holds `permission` on. */
  async granted(user: AuthUser, permission: Permission, ids: string[], runner: Queryable = this.db): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) {
      return new Set();
    }
    const staff = PERMISSIONS[permission].staff;
    if ((user.role === 'admin' && !ADMIN_EXEMPT.has(permission)) || (user.role === 'manager' && staff === 'all')) {
      return new Set(unique);
    }
    const programme = user.role === 'manager' && staff === 'programme' ? PROGRAMME[permission as ProgrammePermission] : null;
    const sql = [GRANTED[permission], programme].filter((q): q is string => q !== null).join(' UNION ');
    if (!sql) {
      return new Set();
    }
    const rows = await sqlRows(runner, idRow, sql, [unique, user.id]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The startups whose programme the user runs as staff, for lists that show staff more than their own rows:
   * null for admins (every startup), the startups of their incubators for managers, none for anyone else.
   */
  async programmeStartupIds(user: AuthUser, runner: Queryable = this.db): Promise<string[] | null> {
    if (user.role === 'admin') {
      return null;
    }
    if (user.role !== 'manager') {
      return [];
    }
    const rows = await sqlRows(
      runner,
      idRow,
      'SELECT s.id FROM startups s JOIN incubator_managers im ON im.incubator_id = s.incubator_id WHERE im.user_id = $1',
      [user.id],
    );
    return rows.map((r) => r.id);
  }

  async has(user: AuthUser, permission: Permission, id: string, runner?: Queryable): Promise<boolean> {
    return (await this.granted(user, permission, [id], runner)).has(id);
  }

  /** Throws the permission's coded denial unless the user holds it on `id`. */
  async require(user: AuthUser, permission: Permission, id: string, runner?: Queryable): Promise<void> {
    if (!(await this.has(user, permission, id, runner))) {
      throw new AppError(PERMISSIONS[permission].denied);
    }
  }
}
