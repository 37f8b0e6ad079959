import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MentorCard, MentorDetail, Page } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents, type Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlRow, sqlRows } from '../../database/sql';
import { snake } from '../../database/snake-naming.strategy';
import { AccessService, isStaff } from '../access';
import { UsersService } from '../users';
import { decodeCursor, encodeCursor, invalidCursor, relevanceKey } from './cursor';
import { DirectoryCache } from './directory-cache';
import { MENTOR_CARD_COLUMNS, mentorCardRow, OPEN, sortKey, toMentorCard } from './directory-rows';
import { MentorProfileDto, MentorQueryDto, VettingDecisionDto } from './dto/directory.dto';
import { SqlFilter } from './sql-filter';
import { searchHits, type SearchSpec } from './text-search';

const mentorDetailRow = mentorCardRow.extend({ bio_en: col.text, bio_zh: col.text, conflicts: col.texts, vetting_reason: col.nullableText });
const mentorPageRow = mentorCardRow.extend(sortKey);

const MENTOR_SEARCH = (audience: string[]): SearchSpec => ({
  table: 'mentor_profiles',
  alias: 'mp',
  names: ['display_name'],
  headlines: ['headline_en', 'headline_zh', 'city'],
  bios: ['bio_en', 'bio_zh'],
  tags: [
    { column: 'sectors', codes: (t) => t.sectors },
    { column: 'stages', codes: (t) => t.stages },
    { column: 'topics', codes: (t) => t.topics },
  ],
  audience,
});

@Injectable()
export class MentorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: DirectoryCache,
    private readonly users: UsersService,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  /** Staff see every vetting state; everyone else the same public view, so they share cache entries. */
  list(viewer: AuthUser, query: MentorQueryDto): Promise<Page<MentorCard>> {
    const audience = isStaff(viewer.role) ? 'staff' : 'public';
    return this.cache.page(`mentors:${audience}:${JSON.stringify(query)}`, () => this.search(viewer, query));
  }

  private async search(viewer: AuthUser, query: MentorQueryDto): Promise<Page<MentorCard>> {
    const f = new SqlFilter();
    // Founders and mentors see approved mentors who are open to mentees.
    const audience = isStaff(viewer.role) ? (query.vetting ? [`mp.vetting = ${f.param(query.vetting)}`] : []) : [`mp.vetting = 'approved'`, OPEN];
    audience.forEach((clause) => f.add(clause));
    // Text matches are collected first so the planner works from the (selective) search indexes, then sorts.
    const hits = query.q ? searchHits(f, MENTOR_SEARCH(audience), query.q) : '';
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
    // A text search is ordered by how well each mentor matches unless another order is asked for.
    const sort = query.sort ?? (query.q ? 'relevance' : 'name');
    const limit = query.limit ?? 20;
    const cursor = decodeCursor(query.cursor);
    const key = {
      name: 'lower(mp.display_name)',
      relevance: `hits.rank::text || ':' || lower(mp.display_name)`,
      newest: `to_char(mp.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
      'free-places': '(mp.capacity - mp.active_mentees)',
    }[sort];
    if (cursor && sort === 'free-places' && typeof cursor[0] !== 'number') {
      throw invalidCursor();
    }
    if (cursor) {
      const [value, id] = cursor;
      const i = f.param(id);
      if (sort === 'relevance') {
        const [rank, name] = relevanceKey(value);
        f.add(`(hits.rank, lower(mp.display_name), mp.id) > (${f.param(rank)}::int, ${f.param(name)}::text, ${i}::uuid)`);
      } else {
        const v = f.param(value);
        f.add(
          sort === 'name'
            ? `(lower(mp.display_name), mp.id) > (${v}::text, ${i}::uuid)`
            : sort === 'newest'
              ? `(${key}, mp.id) < (${v}::text, ${i}::uuid)`
              : `((mp.capacity - mp.active_mentees) < ${v}::int OR ((mp.capacity - mp.active_mentees) = ${v}::int AND mp.id > ${i}::uuid))`,
        );
      }
    }
    const order = {
      name: 'lower(mp.display_name), mp.id',
      relevance: 'hits.rank, lower(mp.display_name), mp.id',
      newest: 'mp.created_at DESC, mp.id DESC',
      'free-places': '(mp.capacity - mp.active_mentees) DESC, mp.id',
    }[sort];
    const rows = await sqlRows(
      this.db,
      mentorPageRow,
      `${hits}SELECT ${MENTOR_CARD_COLUMNS}, ${key} AS sort_key FROM mentor_profiles mp ${hits ? 'JOIN hits ON hits.id = mp.id' : ''} ${f.where()} ORDER BY ${order} LIMIT ${limit + 1}`,
      f.params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toMentorCard), nextCursor: rows.length > limit && last ? encodeCursor(last.sort_key, last.id) : null };
  }

  async get(viewer: AuthUser, id: string): Promise<MentorDetail> {
    const detail = await this.load(this.db, 'mp.id = $1', id, viewer);
    if (!detail) {
      throw new AppError('mentor.not_found');
    }
    return detail;
  }

  async mine(viewer: AuthUser): Promise<MentorDetail> {
    const detail = await this.load(this.db, 'mp.user_id = $1', viewer.id, viewer);
    if (!detail) {
      throw new AppError('mentor.profile_missing');
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
      const row = await sqlRow(
        tx,
        idRow,
        `INSERT INTO mentor_profiles (user_id, ${cols.join(', ')}, vetting) VALUES ($1, ${cols.map((_, i) => `$${i + 2}`).join(', ')}, 'pending')
         ON CONFLICT (user_id) DO UPDATE SET ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
         RETURNING id`,
        [viewer.id, ...params],
      );
      if (phone !== undefined) {
        await this.users.setPhone(tx, viewer.id, phone || null);
      }
      const detail = row && (await this.load(tx, 'mp.id = $1', row.id, viewer));
      if (!detail) {
        throw new AppError('profile.save_failed');
      }
      await this.events.publish(tx, 'mentor.saved', { mentorId: detail.id, actorId: viewer.id });
      return detail;
    });
    await this.cache.changed();
    return saved;
  }

  async decide(viewer: AuthUser, id: string, dto: VettingDecisionDto): Promise<MentorDetail> {
    await this.db.transaction(async (tx) => {
      const vetted = await sqlRow(
        tx,
        z.object({ user_id: col.id }),
        `UPDATE mentor_profiles SET vetting = $2, vetting_reason = $3, vetted_by = $4, vetted_at = now(), updated_at = now()
          WHERE id = $1 RETURNING user_id`,
        [id, dto.decision, dto.decision === 'rejected' ? dto.reason : null, viewer.id],
      );
      if (!vetted) {
        throw new AppError('mentor.not_found');
      }
      await this.events.publish(tx, 'mentor.vetted', { mentorId: id, mentorUserId: vetted.user_id, vetting: dto.decision, actorId: viewer.id });
    });
    await this.cache.changed();
    return this.get(viewer, id);
  }

  /**
   * One profile as the viewer may see it: others see approved profiles only; conflicts and the vetting reason are for
   * the mentor and staff; contact details also for founders in an active mentorship with the mentor.
   */
  private async load(runner: Queryable, where: string, value: string, viewer: AuthUser): Promise<MentorDetail | undefined> {
    const r = await sqlRow(
      runner,
      mentorDetailRow,
      `SELECT ${MENTOR_CARD_COLUMNS}, mp.bio_en, mp.bio_zh, mp.conflicts, mp.vetting_reason FROM mentor_profiles mp WHERE ${where}`,
      [value],
    );
    const own = r !== undefined && (isStaff(viewer.role) || viewer.id === r.user_id);
    if (!r || (!own && r.vetting !== 'approved')) {
      return undefined;
    }
    const contact = own || (await this.access.has(viewer, 'mentor.contact', r.id, runner)) ? (await this.users.cards([r.user_id], runner)).get(r.user_id) : undefined;
    return {
      ...toMentorCard(r),
      bioEn: r.bio_en,
      bioZh: r.bio_zh,
      conflicts: own ? r.conflicts : [],
      vettingReason: own ? r.vetting_reason : null,
      ...(contact ? { contact: { email: contact.email, phone: contact.phone } } : {}),
    };
  }
}
