import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, StartupCard, StartupDetail } from '@torchbridge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { snake } from '../../database/snake-naming.strategy';
import { badField, uniqueOr409 } from '../../common/http/field-errors';
import { cached, VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import type { AuthUser } from '../../common/http/auth-user';
import { decodeCursor, encodeCursor } from './cursor';
import { StartupProfileDto, StartupQueryDto } from './dto/directory.dto';
import { DIRECTORY_CACHE, isStaff } from './mentors.service';
import { SqlFilter } from './sql-filter';

interface StartupRow {
  id: string;
  name_en: string;
  name_zh: string;
  incubator_id: string;
  incubator_name_en: string;
  incubator_name_zh: string;
  park_id: string;
  region: StartupCard['region'];
  country: string;
  sectors: StartupCard['sectors'];
  stage: StartupCard['stage'];
  languages: StartupCard['languages'];
  time_zone: string;
  market_direction: StartupCard['marketDirection'];
  needs: StartupCard['needs'];
  founded_year: number;
  team_size: number;
  target_markets: string[];
  pitch_en: string;
  pitch_zh: string;
  high_tech_enterprise: boolean;
}

const COLUMNS = `s.id, s.name_en, s.name_zh, s.incubator_id, i.name_en AS incubator_name_en, i.name_zh AS incubator_name_zh,
  i.park_id, p.region, i.country, s.sectors, s.stage, s.languages, s.time_zone, s.market_direction, s.needs`;
const FROM = `FROM startups s JOIN incubators i ON i.id = s.incubator_id JOIN parks p ON p.id = i.park_id`;

function toCard(r: StartupRow): StartupCard {
  return {
    id: r.id,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    incubatorId: r.incubator_id,
    incubatorNameEn: r.incubator_name_en,
    incubatorNameZh: r.incubator_name_zh,
    parkId: r.park_id,
    region: r.region,
    country: r.country,
    sectors: r.sectors,
    stage: r.stage,
    languages: r.languages,
    timeZone: r.time_zone,
    marketDirection: r.market_direction,
    needs: r.needs,
  };
}

@Injectable()
export class StartupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
  ) {}

  list(query: StartupQueryDto): Promise<Page<StartupCard>> {
    return cached(this.cache, DIRECTORY_CACHE, `startups:${JSON.stringify(query)}`, () => this.search(query));
  }

  private async search(query: StartupQueryDto): Promise<Page<StartupCard>> {
    const f = new SqlFilter();
    const hits = query.q ? `WITH hits AS MATERIALIZED (SELECT s.id FROM startups s WHERE ${f.textMatch('s', query.q)}) ` : '';
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
    const sort = query.sort ?? 'name';
    const key = sort === 'name' ? 'lower(s.name_en)' : `to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
    const cursor = decodeCursor(query.cursor);
    if (cursor) {
      const op = sort === 'name' ? '>' : '<';
      f.add(`(${key}, s.id) ${op} (${f.param(String(cursor[0]))}::text, ${f.param(cursor[1])}::uuid)`);
    }
    const order = sort === 'name' ? 'lower(s.name_en), s.id' : 's.created_at DESC, s.id DESC';
    const limit = query.limit ?? 20;
    const rows: (StartupRow & { sort_key: string })[] = await this.db.query(
      `${hits}SELECT ${COLUMNS}, ${key} AS sort_key ${FROM}${hits ? ' JOIN hits ON hits.id = s.id' : ''} ${f.where()} ORDER BY ${order} LIMIT ${limit + 1}`,
      f.params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toCard), nextCursor: rows.length > limit && last ? encodeCursor(last.sort_key, last.id) : null };
  }

  async get(viewer: AuthUser, id: string): Promise<StartupDetail> {
    const detail = await this.load(this.db.manager, id, viewer);
    if (!detail) {
      throw new NotFoundException('No such startup');
    }
    return detail;
  }

  async mine(viewer: AuthUser): Promise<StartupDetail> {
    const rows: { startup_id: string }[] = await this.db.query('SELECT startup_id FROM startup_founders WHERE user_id = $1 LIMIT 1', [viewer.id]);
    const detail = rows[0] ? await this.load(this.db.manager, rows[0].startup_id, viewer) : undefined;
    if (!detail) {
      throw new NotFoundException('You have no startup profile yet');
    }
    return detail;
  }

  /** Creates the founder's startup and attaches them, or updates it; all or nothing. */
  async upsertMine(viewer: AuthUser, dto: StartupProfileDto): Promise<StartupDetail> {
    const saved = await uniqueOr409('nameEn', 'nameEn is already used by another startup', () =>
      this.db.transaction(async (tx) => {
        // Locking the founder's account serialises their saves, so a double submit cannot create two startups.
        await tx.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [viewer.id]);
        const incubators: { park_id: string }[] = await tx.query('SELECT park_id FROM incubators WHERE id = $1', [dto.incubatorId]);
        const incubator = incubators[0];
        if (!incubator) {
          throw badField('incubatorId', 'incubatorId does not name a known incubator');
        }
        if (dto.parkId && incubator.park_id !== dto.parkId) {
          throw badField('incubatorId', 'incubatorId belongs to another science park than parkId');
        }
        const { parkId: _parkId, ...values } = dto;
        const cols = Object.keys(values).map(snake);
        const params = Object.values(values);
        const owned: { startup_id: string }[] = await tx.query(
          'SELECT startup_id FROM startup_founders WHERE user_id = $1 LIMIT 1 FOR UPDATE',
          [viewer.id],
        );
        let id = owned[0]?.startup_id;
        if (id) {
          await tx.query(`UPDATE startups SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`, [id, ...params]);
        } else {
          const inserted: { id: string }[] = await tx.query(
            `INSERT INTO startups (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
            params,
          );
          id = inserted[0]?.id as string;
          await tx.query('INSERT INTO startup_founders (startup_id, user_id) VALUES ($1, $2)', [id, viewer.id]);
        }
        return (await this.load(tx, id, viewer)) as StartupDetail;
      }),
    );
    await this.cache.invalidate(DIRECTORY_CACHE);
    return saved;
  }

  private async load(manager: EntityManager, id: string, viewer: AuthUser): Promise<StartupDetail | undefined> {
    const rows: StartupRow[] = await manager.query(
      `SELECT ${COLUMNS}, s.founded_year, s.team_size, s.target_markets, s.pitch_en, s.pitch_zh, s.high_tech_enterprise ${FROM} WHERE s.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) {
      return undefined;
    }
    const founders: { user_id: string; display_name: string; email: string; phone: string | null }[] = await manager.query(
      `SELECT u.id AS user_id, u.display_name, u.email, u.phone FROM startup_founders sf JOIN users u ON u.id = sf.user_id
        WHERE sf.startup_id = $1 ORDER BY u.display_name`,
      [id],
    );
    const team = founders.some((f) => f.user_id === viewer.id);
    const partners: unknown[] = await manager.query(
      `SELECT 1 FROM mentorships m JOIN mentor_profiles mp ON mp.id = m.mentor_id WHERE m.startup_id = $1 AND m.status = 'active' AND mp.user_id = $2`,
      [id, viewer.id],
    );
    return {
      ...toCard(r),
      foundedYear: r.founded_year,
      teamSize: r.team_size,
      targetMarkets: r.target_markets,
      pitchEn: r.pitch_en,
      pitchZh: r.pitch_zh,
      highTechEnterprise: r.high_tech_enterprise,
      founders: founders.map((f) => ({
        userId: f.user_id,
        displayName: f.display_name,
        // Contact details: the founders themselves, their active mentors and staff.
        ...(team || partners.length > 0 || isStaff(viewer.role) ? { contact: { email: f.email, phone: f.phone } } : {}),
      })),
    };
  }
}
