import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, StartupCard, StartupDetail } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, badField, uniqueOr409 } from '../../common/errors/app-error';
import { DomainEvents, type Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { snake } from '../../database/snake-naming.strategy';
import { AccessService } from '../access';
import { UsersService } from '../users';
import { decodeCursor, encodeCursor, relevanceKey } from './cursor';
import { DirectoryCache } from './directory-cache';
import { insertedId, STARTUP_CARD_COLUMNS, STARTUP_FROM, startupCardRow, toStartupCard } from './directory-rows';
import { StartupProfileDto, StartupQueryDto } from './dto/directory.dto';
import { SqlFilter } from './sql-filter';
import { searchHits, type SearchSpec } from './text-search';

const startupPageRow = startupCardRow.extend({ sort_key: col.text });
const STARTUP_SEARCH: SearchSpec = {
  table: 'startups',
  alias: 's',
  names: ['name_en', 'name_zh'],
  headlines: [],
  bios: ['pitch_en', 'pitch_zh'],
  tags: [
    { column: 'sectors', codes: (t) => t.sectors },
    { column: 'stage', codes: (t) => t.stages, scalar: true },
    { column: 'needs', codes: (t) => t.topics },
  ],
  audience: [],
};
const startupDetailRow = startupCardRow.extend({
  founded_year: col.int,
  team_size: col.int,
  target_markets: col.texts,
  pitch_en: col.text,
  pitch_zh: col.text,
  high_tech_enterprise: col.bool,
  founder_ids: col.texts,
});

@Injectable()
export class StartupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: DirectoryCache,
    private readonly users: UsersService,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  list(query: StartupQueryDto): Promise<Page<StartupCard>> {
    return this.cache.page(`startups:${JSON.stringify(query)}`, () => this.search(query));
  }

  private async search(query: StartupQueryDto): Promise<Page<StartupCard>> {
    const f = new SqlFilter();
    const hits = query.q ? searchHits(f, STARTUP_SEARCH, query.q) : '';
    for (const [column, values] of [['sectors', query.sector], ['needs', query.topic], ['languages', query.language]] as const) {
      if (values?.length) {
        f.add(`s.${column} && ${f.param(values)}::text[]`);
      }
    }
    if (query.stage?.length) {
      f.add(`s.stage = ANY(${f.param(query.stage)}::text[])`);
    }
    if (query.region?.length) {
      f.add(`p.region = ANY(${f.param(query.region)}::text[])`);
    }
    if (query.country?.length) {
      f.add(`i.country = ANY(${f.param(query.country)}::text[])`);
    }
    if (query.marketDirection) {
      f.add(`s.market_direction = ${f.param(query.marketDirection)}`);
    }
    // A text search is ordered by how well each startup matches unless another order is asked for.
    const sort = query.sort ?? (query.q ? 'relevance' : 'name');
    const key = { name: 'lower(s.name_en)', relevance: `hits.rank::text || ':' || lower(s.name_en)`, newest: `to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')` }[sort];
    const cursor = decodeCursor(query.cursor);
    if (cursor && sort === 'relevance') {
      const [rank, name] = relevanceKey(cursor[0]);
      f.add(`(hits.rank, lower(s.name_en), s.id) > (${f.param(rank)}::int, ${f.param(name)}::text, ${f.param(cursor[1])}::uuid)`);
    } else if (cursor) {
      const op = sort === 'name' ? '>' : '<';
      f.add(`(${key}, s.id) ${op} (${f.param(String(cursor[0]))}::text, ${f.param(cursor[1])}::uuid)`);
    }
    const order = { name: 'lower(s.name_en), s.id', relevance: 'hits.rank, lower(s.name_en), s.id', newest: 's.created_at DESC, s.id DESC' }[sort];
    const limit = query.limit ?? 20;
    const rows = await sqlRows(
      this.db,
      startupPageRow,
      `${hits}SELECT ${STARTUP_CARD_COLUMNS}, ${key} AS sort_key ${STARTUP_FROM}${hits ? ' JOIN hits ON hits.id = s.id' : ''} ${f.where()} ORDER BY ${order} LIMIT ${limit + 1}`,
      f.params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toStartupCard), nextCursor: rows.length > limit && last ? encodeCursor(last.sort_key, last.id) : null };
  }

  async get(viewer: AuthUser, id: string): Promise<StartupDetail> {
    const detail = await this.load(this.db, id, viewer);
    if (!detail) {
      throw new AppError('startup.not_found');
    }
    return detail;
  }

  async mine(viewer: AuthUser): Promise<StartupDetail> {
    const owned = await sqlRow(this.db, idRow, 'SELECT startup_id AS id FROM startup_founders WHERE user_id = $1 LIMIT 1', [viewer.id]);
    const detail = owned ? await this.load(this.db, owned.id, viewer) : undefined;
    if (!detail) {
      throw new AppError('startup.profile_missing');
    }
    return detail;
  }

  /** Creates the founder's startup and attaches them, or updates it; all or nothing. */
  async upsertMine(viewer: AuthUser, dto: StartupProfileDto): Promise<StartupDetail> {
    const saved = await uniqueOr409('nameEn', 'nameEn is already used by another startup', () =>
      this.db.transaction(async (tx) => {
        // Locking the founder's account serialises their saves, so a double submit cannot create two startups.
        await this.users.lock(tx, viewer.id);
        const incubator = await sqlRow(tx, z.object({ park_id: col.id }), 'SELECT park_id FROM incubators WHERE id = $1', [dto.incubatorId]);
        if (!incubator) {
          throw badField('incubatorId', 'incubatorId does not name a known incubator');
        }
        if (dto.parkId && incubator.park_id !== dto.parkId) {
          throw badField('incubatorId', 'incubatorId belongs to another science park than parkId');
        }
        const { parkId: _parkId, ...values } = dto;
        const cols = Object.keys(values).map(snake);
        const params = Object.values(values);
        const owned = await sqlRow(tx, idRow, 'SELECT startup_id AS id FROM startup_founders WHERE user_id = $1 LIMIT 1 FOR UPDATE', [viewer.id]);
        let id = owned?.id;
        if (id) {
          await sqlExec(tx, `UPDATE startups SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`, [id, ...params]);
        } else {
          id = await insertedId(tx, `INSERT INTO startups (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`, params);
          await sqlExec(tx, 'INSERT INTO startup_founders (startup_id, user_id) VALUES ($1, $2)', [id, viewer.id]);
        }
        const detail = await this.load(tx, id, viewer);
        if (!detail) {
          throw new AppError('profile.save_failed');
        }
        await this.events.publish(tx, 'startup.saved', { startupId: id, actorId: viewer.id });
        return detail;
      }),
    );
    await this.cache.changed();
    return saved;
  }

  /** Founders' contact details: the founders themselves, their active mentors and staff (`startup.contact`). */
  private async load(runner: Queryable, id: string, viewer: AuthUser): Promise<StartupDetail | undefined> {
    const r = await sqlRow(
      runner,
      startupDetailRow,
      `SELECT ${STARTUP_CARD_COLUMNS}, s.founded_year, s.team_size, s.target_markets, s.pitch_en, s.pitch_zh, s.high_tech_enterprise,
              ARRAY(SELECT sf.user_id::text FROM startup_founders sf WHERE sf.startup_id = s.id) AS founder_ids
         ${STARTUP_FROM} WHERE s.id = $1`,
      [id],
    );
    if (!r) {
      return undefined;
    }
    // Sequential: the runner may be a transaction's single connection.
    const founders = await this.users.cards(r.founder_ids, runner);
    const contact = r.founder_ids.includes(viewer.id) || (await this.access.has(viewer, 'startup.contact', id, runner));
    return {
      ...toStartupCard(r),
      foundedYear: r.founded_year,
      teamSize: r.team_size,
      targetMarkets: r.target_markets,
      pitchEn: r.pitch_en,
      pitchZh: r.pitch_zh,
      highTechEnterprise: r.high_tech_enterprise,
      founders: [...founders.values()]
        .sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0))
        .map((f) => ({ userId: f.id, displayName: f.displayName, ...(contact ? { contact: { email: f.email, phone: f.phone } } : {}) })),
    };
  }
}
