import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, Role, UserView, WorkingHours } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { AppError, uniqueOr409 } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import { col, idRow, sqlRow, sqlRows } from '../../database/sql';
import { UpdateMeDto } from './dto/update-me.dto';
import { USER_COLUMNS, loginRow, toUserView, userRow, workingHoursOf } from './user-rows';

/** A new account. Emails are stored lower-cased; callers normalise them. */
export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  displayName: string;
  locale: Locale;
  timeZone: string;
  phone?: string | null;
}

/** What other modules show about a person. */
export interface UserCard {
  id: string;
  email: string;
  phone: string | null;
  role: Role;
  displayName: string;
  locale: Locale;
  timeZone: string;
  workingHours: WorkingHours;
}

/** An account as sign-in sees it: the view plus the password hash to check. */
export interface LoginAccount extends UserView {
  passwordHash: string;
}

/** Password hash of an account that cannot sign in yet (imported, not invited); no argon2 hash matches it. */
export const NO_PASSWORD = '!';

/** The directory cache holds mentor names, so a rename must drop it. */
const DIRECTORY_CACHE = 'directory';

const UPDATABLE: Record<Exclude<keyof UpdateMeDto, 'workingHours'>, string> = { displayName: 'display_name', locale: 'locale', timeZone: 'time_zone' };

const roleRow = z.object({ id: col.id, role: userRow.shape.role });
const emailRow = z.object({ email: col.text });

/** Owns the `users` table: every other module reads and changes accounts through this service. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
    private readonly events: DomainEvents,
  ) {}

  async get(id: string, runner: Queryable = this.db): Promise<UserView> {
    const row = await sqlRow(runner, userRow, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    if (!row) {
      throw new AppError('account.not_found');
    }
    return toUserView(row);
  }

  /** Changes the caller's own settings; absent fields are left as they are (validation refuses null: every column is NOT NULL). */
  async update(id: string, dto: UpdateMeDto): Promise<UserView> {
    const set: [string, unknown][] = (Object.keys(UPDATABLE) as (keyof typeof UPDATABLE)[])
      .filter((k) => dto[k] !== undefined && dto[k] !== null)
      .map((k) => [UPDATABLE[k], dto[k]]);
    if (dto.workingHours) {
      set.push(['working_start_minute', dto.workingHours.startMinute], ['working_end_minute', dto.workingHours.endMinute], ['working_weekdays', [...dto.workingHours.weekdays].sort((a, b) => a - b)]);
    }
    if (set.length === 0) {
      return this.get(id);
    }
    const view = await this.db.transaction(async (tx) => {
      const row = await sqlRow(
        tx,
        userRow,
        `UPDATE users SET ${set.map(([column], i) => `${column} = $${i + 2}`).join(', ')}, updated_at = now()
          WHERE id = $1 RETURNING ${USER_COLUMNS}`,
        [id, ...set.map(([, value]) => value)],
      );
      if (!row) {
        throw new AppError('account.not_found');
      }
      await this.events.publish(tx, 'user.updated', { userId: id });
      return toUserView(row);
    });
    if (dto.displayName !== undefined) {
      await this.cache.invalidate(DIRECTORY_CACHE);
    }
    return view;
  }

  async findForLogin(email: string, runner: Queryable = this.db): Promise<LoginAccount | undefined> {
    const row = await sqlRow(runner, loginRow, `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = $1`, [email]);
    return row ? { ...toUserView(row), passwordHash: row.password_hash } : undefined;
  }

  /** Creates one account in the caller's transaction; a registered email is a coded 409. */
  async create(runner: Queryable, input: NewUser): Promise<string> {
    const row = await uniqueOr409('email', 'email is already registered', () =>
      sqlRow(
        runner,
        idRow,
        `INSERT INTO users (email, password_hash, display_name, role, locale, time_zone, phone)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.email, input.passwordHash, input.displayName, input.role, input.locale, input.timeZone, input.phone ?? null],
      ),
    );
    if (!row) {
      throw new Error('Account insert returned no id');
    }
    return row.id;
  }

  /**
   * Creates many accounts in one statement (CSV imports); ids come back in input order. A clashing email raises
   * the driver's unique violation untouched, so the caller can report the clash in its own terms.
   */
  async createMany(runner: Queryable, inputs: NewUser[]): Promise<string[]> {
    if (inputs.length === 0) {
      return [];
    }
    const rows = await sqlRows(
      runner,
      z.object({ id: col.id, email: col.text }),
      `INSERT INTO users (email, password_hash, display_name, role, locale, time_zone, phone)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       RETURNING id, email`,
      [
        inputs.map((u) => u.email),
        inputs.map((u) => u.passwordHash),
        inputs.map((u) => u.displayName),
        inputs.map((u) => u.role),
        inputs.map((u) => u.locale),
        inputs.map((u) => u.timeZone),
        inputs.map((u) => u.phone ?? null),
      ],
    );
    // RETURNING order is not guaranteed; emails are unique, so they map rows back to inputs.
    const byEmail = new Map(rows.map((r) => [r.email, r.id]));
    return inputs.map((u) => {
      const id = byEmail.get(u.email);
      if (!id) {
        throw new Error(`Account insert returned no id for ${u.email}`);
      }
      return id;
    });
  }

  /** Sets or clears the contact phone shown to mentorship partners. */
  async setPhone(runner: Queryable, userId: string, phone: string | null): Promise<void> {
    await this.set(runner, userId, 'phone', phone || null);
  }

  async setDisplayName(runner: Queryable, userId: string, name: string): Promise<void> {
    await this.set(runner, userId, 'display_name', name);
  }

  /** Locks the account row until the caller's transaction ends, serialising that person's writes; false if it does not exist. */
  async lock(runner: Queryable, userId: string): Promise<boolean> {
    return (await sqlRow(runner, idRow, 'SELECT id FROM users WHERE id = $1 FOR UPDATE', [userId])) !== undefined;
  }

  /** Cards of the given accounts, by id; unknown ids are absent from the map. */
  async cards(ids: string[], runner: Queryable = this.db): Promise<Map<string, UserCard>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await sqlRows(runner, userRow, `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(
      rows.map((r) => [
        r.id,
        { id: r.id, email: r.email, phone: r.phone, role: r.role, displayName: r.display_name, locale: r.locale, timeZone: r.time_zone, workingHours: workingHoursOf(r) },
      ]),
    );
  }

  /** The ids among these that name an account. */
  async existing(ids: string[], runner: Queryable = this.db): Promise<Set<string>> {
    if (ids.length === 0) {
      return new Set();
    }
    const rows = await sqlRows(runner, idRow, 'SELECT id FROM users WHERE id = ANY($1::uuid[])', [[...new Set(ids)]]);
    return new Set(rows.map((r) => r.id));
  }

  /** The ids among these that name a community manager account. */
  async managerIds(ids: string[], runner: Queryable = this.db): Promise<Set<string>> {
    if (ids.length === 0) {
      return new Set();
    }
    const rows = await sqlRows(runner, roleRow, 'SELECT id, role FROM users WHERE id = ANY($1::uuid[])', [[...new Set(ids)]]);
    return new Set(rows.filter((r) => r.role === 'manager').map((r) => r.id));
  }

  /** The emails among these (lower-cased) that are already registered. */
  async existingEmails(emails: string[], runner: Queryable = this.db): Promise<Set<string>> {
    if (emails.length === 0) {
      return new Set();
    }
    const rows = await sqlRows(runner, emailRow, 'SELECT email FROM users WHERE email = ANY($1::text[])', [emails]);
    return new Set(rows.map((r) => r.email));
  }

  private async set(runner: Queryable, userId: string, column: 'phone' | 'display_name', value: string | null): Promise<void> {
    const row = await sqlRow(runner, idRow, `UPDATE users SET ${column} = $2, updated_at = now() WHERE id = $1 RETURNING id`, [userId, value]);
    if (!row) {
      throw new AppError('account.not_found');
    }
    await this.events.publish(runner, 'user.updated', { userId });
  }
}
