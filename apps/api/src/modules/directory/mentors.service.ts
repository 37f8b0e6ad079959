import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MentorCard, MentorDetail, Page, Role } from '@torchbridge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { snake } from '../../database/snake-naming.strategy';
import { cached, VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { badField } from '../../common/http/field-errors';
import type { AuthUser } from '../../common/http/auth-user';
import { MentorProfileDto, MentorQueryDto, VettingDecisionDto } from './dto/directory.dto';
import { decodeCursor, encodeCursor } from './cursor';
import { SqlFilter } from './sql-filter';

/** Cache namespace of directory search pages; every directory write invalidates it. */
export const DIRECTORY_CACHE = 'directory';

export const isStaff = (role: Role) => role === 'manager' || role === 'admin';

export interface MentorRow {
  id: string;
  user_id: string;
  display_name: string;
  headline_en: string;
  headline_zh: string;
  bio_en: string;
  bio_zh: string;
  category: MentorCard['category'];
  sectors: MentorCard['sectors'];
  stages: MentorCard['stages'];
  topics: MentorCard['topics'];
  languages: MentorCard['languages'];
  time_zone: string;
  country: string;
  city: string;
  capacity: number;
  active_mentees: number;
  status: 'open' | 'paused';
  paused_until: string | null;
  conflicts: string[];
  vetting: MentorCard['vetting'];
  vetting_reason: string | null;
  created_at: Date;
  email?: string;
  phone?: string | null;
  partner?: boolean;
}

export const CARD_COLUMNS = `mp.id, mp.user_id, mp.display_name, mp.headline_en, mp.headline_zh, mp.category, mp.sectors, mp.stages,
  mp.topics, mp.languages, mp.time_zone, mp.country, mp.city, mp.capacity, mp.active_mentees, mp.status,
  to_char(mp.paused_until, 'YYYY-MM-DD') AS paused_until, mp.vetting, mp.created_at`;

/** Open now: not paused, or paused until a date that has passed. */
export const OPEN = `(mp.status = 'open' OR mp.paused_until < current_date)`;

export function toCard(r: MentorRow): MentorCard {
  return {
    id: r.id,
    userId: r.user_id,
    displayName: r.display_name,
    headlineEn: r.headline_en,
    headlineZh: r.headline_zh,
    category: r.category,
    sectors: r.sectors,
    stages: r.stages,
    topics: r.topics,
    languages: r.languages,
    timeZone: r.time_zone,
    country: r.country,
    city: r.city,
    capacity: r.capacity,
    freePlaces: Math.max(0, r.capacity - r.active_mentees),
    status: r.status,
    pausedUntil: r.paused_until,
    vetting: r.vetting,
  };
}

@Injectable()
export class MentorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
  ) {}

  /** Staff see every vetting state; everyone else the same public view, so they share cache entries. */
  list(viewer: AuthUser, query: MentorQueryDto): Promise<Page<MentorCard>> {
    const audience = isStaff(viewer.role) ? 'staff' : 'public';
    return cached(this.cache, DIRECTORY_CACHE, `mentors:${audience}:${JSON.stringify(query)}`, () => this.search(viewer, query));
  }

  private async search(viewer: AuthUser, query: MentorQueryDto): Promise<Page<MentorCard>> {
    const f = new SqlFilter();
    if (isStaff(viewer.role)) {
      if (query.vetting) {
        f.add(`mp.vetting = ${f.param(query.vetting)}`);
      }
    } else {
      // Founders and mentors see approved mentors who are open to mentees.
      f.add(`mp.vetting = 'approved'`);
      f.add(OPEN);
    }
    // Text matches are collected first so the planner works from the (selective) search indexes, then sorts.
    const hits = query.q ? `WITH hits AS MATERIALIZED (SELECT mp.id FROM mentor_profiles mp WHERE ${f.textMatch('mp', query.q)}) ` : '';
    for (const [column, values] of [['sectors', query.sector], ['stages', query.stage], ['topics', query.topic], ['languages', query.language]] as const) {
      if (values?.length) {
        f.add(`mp.${column} && ${f.param(values)}::text[]`);
      }
    }
    if (query.country?.length) {
      f.add(`mp.country = ANY(${f.param(query.country)}::text[])`);
    }
    if (query.available) {
      f.add(`${OPEN} AND mp.capacity > mp.active_mentees`);
    }
    const sort = query.sort ?? 'name';
    const limit = query.limit ?? 20;
    const cursor = decodeCursor(query.cursor);
    const key = { name: 'lower(mp.display_name)', newest: `to_char(mp.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'free-places': '(mp.capacity - mp.active_mentees)' }[sort];
    if (cursor && sort === 'free-places' && typeof cursor[0] !== 'number') {
      throw badField('cursor', 'cursor is not valid; start from the first page');
    }
    if (cursor) {
      const [value, id] = cursor;
      const v = f.param(value);
      const i = f.param(id);
      f.add(
        sort === 'name'
          ? `(lower(mp.display_name), mp.id) > (${v}::text, ${i}::uuid)`
          : sort === 'newest'
            ? `(${key}, mp.id) < (${v}::text, ${i}::uuid)`
            : `((mp.capacity - mp.active_mentees) < ${v}::int OR ((mp.capacity - mp.active_mentees) = ${v}::int AND mp.id > ${i}::uuid))`,
      );
    }
    const order = { name: 'lower(mp.display_name), mp.id', newest: 'mp.created_at DESC, mp.id DESC', 'free-places': '(mp.capacity - mp.active_mentees) DESC, mp.id' }[sort];
    const rows: (MentorRow & { sort_key: string | number })[] = await this.db.query(
      `${hits}SELECT ${CARD_COLUMNS}, ${key} AS sort_key FROM mentor_profiles mp ${hits ? 'JOIN hits ON hits.id = mp.id' : ''} ${f.where()} ORDER BY ${order} LIMIT ${limit + 1}`,
      f.params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toCard), nextCursor: rows.length > limit && last ? encodeCursor(last.sort_key, last.id) : null };
  }

  async get(viewer: AuthUser, id: string): Promise<MentorDetail> {
    const detail = await this.load(this.db.manager, 'mp.id = $1', id, viewer);
    if (!detail || (!isStaff(viewer.role) && detail.userId !== viewer.id && detail.vetting !== 'approved')) {
      throw new NotFoundException('No such mentor');
    }
    return detail;
  }

  async mine(viewer: AuthUser): Promise<MentorDetail> {
    const detail = await this.load(this.db.manager, 'mp.user_id = $1', viewer.id, viewer);
    if (!detail) {
      throw new NotFoundException('You have no mentor profile yet');
    }
    return detail;
  }

  /** Creates the caller's profile (pending vetting) or updates it. */
  async upsertMine(viewer: AuthUser, dto: MentorProfileDto): Promise<MentorDetail> {
    const saved = await this.db.transaction(async (tx) => {
      const { phone, pausedUntil, ...profile } = dto;
      const values = { ...profile, pausedUntil: dto.status === 'paused' ? (pausedUntil ?? null) : null };
      const cols = Object.keys(values).map(snake);
      const params = Object.values(values);
      // One statement, so two first saves at once cannot both insert; vetting starts pending and is kept on update.
      await tx.query(
        `INSERT INTO mentor_profiles (user_id, ${cols.join(', ')}, vetting) VALUES ($1, ${cols.map((_, i) => `$${i + 2}`).join(', ')}, 'pending')
         ON CONFLICT (user_id) DO UPDATE SET ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()`,
        [viewer.id, ...params],
      );
      if (phone !== undefined) {
        await tx.query('UPDATE users SET phone = $2 WHERE id = $1', [viewer.id, phone || null]);
      }
      const detail = await this.load(tx, 'mp.user_id = $1', viewer.id, viewer);
      if (!detail) {
        throw new ConflictException('The profile could not be saved');
      }
      return detail;
    });
    await this.cache.invalidate(DIRECTORY_CACHE);
    return saved;
  }

  async decide(viewer: AuthUser, id: string, dto: VettingDecisionDto): Promise<MentorDetail> {
    await this.db.query(
      `UPDATE mentor_profiles SET vetting = $2, vetting_reason = $3, vetted_by = $4, vetted_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, dto.decision, dto.decision === 'rejected' ? dto.reason : null, viewer.id],
    );
    await this.cache.invalidate(DIRECTORY_CACHE);
    const detail = await this.load(this.db.manager, 'mp.id = $1', id, viewer);
    if (!detail) {
      throw new NotFoundException('No such mentor');
    }
    return detail;
  }

  private async load(manager: EntityManager, where: string, value: string, viewer: AuthUser): Promise<MentorDetail | undefined> {
    const rows: MentorRow[] = await manager.query(
      `SELECT ${CARD_COLUMNS}, mp.bio_en, mp.bio_zh, mp.conflicts, mp.vetting_reason, u.email, u.phone,
              EXISTS (SELECT 1 FROM mentorships m JOIN startup_founders sf ON sf.startup_id = m.startup_id
                       WHERE m.mentor_id = mp.id AND m.status = 'active' AND sf.user_id = $2) AS partner
         FROM mentor_profiles mp JOIN users u ON u.id = mp.user_id WHERE ${where}`,
      [value, viewer.id],
    );
    const r = rows[0];
    if (!r) {
      return undefined;
    }
    const own = isStaff(viewer.role) || viewer.id === r.user_id;
    return {
      ...toCard(r),
      bioEn: r.bio_en,
      bioZh: r.bio_zh,
      conflicts: own ? r.conflicts : [],
      vettingReason: own ? r.vetting_reason : null,
      ...(own || r.partner ? { contact: { email: r.email ?? '', phone: r.phone ?? null } } : {}),
    };
  }
}
