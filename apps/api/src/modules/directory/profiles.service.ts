import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MentorCard, SectorCode, StageCode, VettingState } from '@torchbridge/contracts';
import type { MentorFacts, StartupFacts } from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Queryable } from '../../common/events/domain-events';
import { col, idRow, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { DirectoryCache } from './directory-cache';
import { MENTOR_CARD_COLUMNS, mentorCardRow, OPEN, taxonomy, toMentorCard, vetting } from './directory-rows';

export interface StartupRef {
  id: string;
  nameEn: string;
  nameZh: string;
  timeZone: string;
  sectors: SectorCode[];
  stage: StageCode;
}

export interface MentorRef {
  id: string;
  userId: string;
  displayName: string;
  timeZone: string;
}

export interface MentorAvailability {
  userId: string;
  vetting: VettingState;
  /** Not paused, or paused until a date that has passed. */
  open: boolean;
  free: number;
}

/** What scoring needs of a startup; its past mentors come from the mentorships module. */
export type StartupProfileFacts = Omit<StartupFacts, 'pastMentorIds'>;

const startupRefRow = z.object({ id: col.id, name_en: col.text, name_zh: col.text, time_zone: col.text, sectors: z.array(taxonomy.sector), stage: taxonomy.stage });
const mentorRefRow = z.object({ id: col.id, user_id: col.id, display_name: col.text, time_zone: col.text });
const founderRow = z.object({ startup_id: col.id, user_id: col.id });
const availabilityRow = z.object({ user_id: col.id, vetting, open: col.bool, free: col.int });

const STARTUP_FACT_COLUMNS = 's.id, s.name_en, s.name_zh, s.sectors, s.stage, s.needs, s.languages, s.time_zone, s.market_direction, i.country';
const startupFactsRow = z.object({
  id: col.id,
  name_en: col.text,
  name_zh: col.text,
  sectors: z.array(taxonomy.sector),
  stage: taxonomy.stage,
  needs: z.array(taxonomy.topic),
  languages: z.array(taxonomy.language),
  time_zone: col.text,
  market_direction: taxonomy.marketDirection,
  country: col.text,
});

const mentorFactsRow = mentorCardRow
  .pick({ id: true, display_name: true, sectors: true, stages: true, topics: true, languages: true, time_zone: true, country: true, capacity: true, active_mentees: true })
  .extend({ conflicts: col.texts });

function startupFacts(r: z.output<typeof startupFactsRow>): StartupProfileFacts {
  return {
    id: r.id,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    sectors: r.sectors,
    stage: r.stage,
    needs: r.needs,
    languages: r.languages,
    timeZone: r.time_zone,
    marketDirection: r.market_direction,
    country: r.country,
  };
}

function mentorFacts(r: Omit<z.output<typeof mentorFactsRow>, 'display_name'>): MentorFacts {
  return {
    id: r.id,
    sectors: r.sectors,
    stages: r.stages,
    topics: r.topics,
    languages: r.languages,
    timeZone: r.time_zone,
    country: r.country,
    capacity: r.capacity,
    activeMentees: r.active_mentees,
    conflicts: r.conflicts,
  };
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The directory for other modules: who owns which startup or mentor profile, names for views, a mentor's free
 * places (taken and released inside the caller's transaction), and the facts matching scores. Batched reads take
 * a list of ids and cost one query.
 */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: DirectoryCache,
  ) {}

  async startupCards(ids: string[], runner: Queryable = this.db): Promise<Map<string, StartupRef>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await sqlRows(runner, startupRefRow, 'SELECT id, name_en, name_zh, time_zone, sectors, stage FROM startups WHERE id = ANY($1::uuid[])', [unique(ids)]);
    return new Map(rows.map((r) => [r.id, { id: r.id, nameEn: r.name_en, nameZh: r.name_zh, timeZone: r.time_zone, sectors: r.sectors, stage: r.stage }]));
  }

  async mentorCards(ids: string[], runner: Queryable = this.db): Promise<Map<string, MentorRef>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await sqlRows(runner, mentorRefRow, 'SELECT id, user_id, display_name, time_zone FROM mentor_profiles WHERE id = ANY($1::uuid[])', [unique(ids)]);
    return new Map(rows.map((r) => [r.id, { id: r.id, userId: r.user_id, displayName: r.display_name, timeZone: r.time_zone }]));
  }

  /** The founder's startup; `lock` holds its row until the caller's transaction ends, serialising the founder's requests. */
  founderStartup(runner: Queryable, userId: string, options: { lock?: boolean } = {}): Promise<{ id: string } | undefined> {
    return sqlRow(
      runner,
      idRow,
      options.lock
        ? 'SELECT s.id FROM startups s JOIN startup_founders sf ON sf.startup_id = s.id WHERE sf.user_id = $1 LIMIT 1 FOR UPDATE OF s'
        : 'SELECT startup_id AS id FROM startup_founders WHERE user_id = $1 LIMIT 1',
      [userId],
    );
  }

  async startupIdsOf(userId: string, runner: Queryable = this.db): Promise<string[]> {
    return (await sqlRows(runner, idRow, 'SELECT startup_id AS id FROM startup_founders WHERE user_id = $1', [userId])).map((r) => r.id);
  }

  async mentorIdOf(userId: string, runner: Queryable = this.db): Promise<string | undefined> {
    return (await sqlRow(runner, idRow, 'SELECT id FROM mentor_profiles WHERE user_id = $1', [userId]))?.id;
  }

  /** Each startup's founders, ordered by user id. */
  async founderIds(startupIds: string[], runner: Queryable = this.db): Promise<Map<string, string[]>> {
    const founders = new Map<string, string[]>();
    if (startupIds.length === 0) {
      return founders;
    }
    const rows = await sqlRows(
      runner,
      founderRow,
      'SELECT startup_id, user_id FROM startup_founders WHERE startup_id = ANY($1::uuid[]) ORDER BY startup_id, user_id',
      [unique(startupIds)],
    );
    for (const r of rows) {
      founders.set(r.startup_id, [...(founders.get(r.startup_id) ?? []), r.user_id]);
    }
    return founders;
  }

  async mentorAvailability(runner: Queryable, mentorId: string): Promise<MentorAvailability | undefined> {
    const r = await sqlRow(
      runner,
      availabilityRow,
      `SELECT mp.user_id, mp.vetting, ${OPEN} AS open, mp.capacity - mp.active_mentees AS free FROM mentor_profiles mp WHERE mp.id = $1`,
      [mentorId],
    );
    return r && { userId: r.user_id, vetting: r.vetting, open: r.open, free: r.free };
  }

  /** Takes one free place, or answers false when none is left; one statement, so concurrent takers queue on the row lock and re-check. */
  async takePlace(runner: Queryable, mentorId: string): Promise<boolean> {
    const taken = await sqlRows(
      runner,
      idRow,
      'UPDATE mentor_profiles SET active_mentees = active_mentees + 1 WHERE id = $1 AND active_mentees < capacity RETURNING id',
      [mentorId],
    );
    return taken.length > 0;
  }

  async releasePlace(runner: Queryable, mentorId: string): Promise<void> {
    await sqlExec(runner, 'UPDATE mentor_profiles SET active_mentees = active_mentees - 1 WHERE id = $1 AND active_mentees > 0', [mentorId]);
  }

  /** Call after a committed change that shows in the directory (free places, names), so searches see it. */
  changed(): Promise<void> {
    return this.cache.changed();
  }

  /** Changes whenever the directory changes, on any instance; a key for what is derived from it. */
  version(): Promise<string> {
    return this.cache.version();
  }

  /** Scoring facts of the founder's startup. */
  async founderStartupFacts(userId: string, runner: Queryable = this.db): Promise<StartupProfileFacts | undefined> {
    const r = await sqlRow(
      runner,
      startupFactsRow,
      `SELECT ${STARTUP_FACT_COLUMNS}
         FROM startup_founders sf JOIN startups s ON s.id = sf.startup_id JOIN incubators i ON i.id = s.incubator_id
        WHERE sf.user_id = $1 LIMIT 1`,
      [userId],
    );
    return r && startupFacts(r);
  }

  /** Scoring facts of the startups found, by English name. */
  async startupFacts(ids: string[], runner: Queryable = this.db): Promise<StartupProfileFacts[]> {
    const rows = await sqlRows(
      runner,
      startupFactsRow,
      `SELECT ${STARTUP_FACT_COLUMNS} FROM startups s JOIN incubators i ON i.id = s.incubator_id WHERE s.id = ANY($1::uuid[]) ORDER BY s.name_en, s.id`,
      [ids],
    );
    return rows.map(startupFacts);
  }

  /** Scoring facts of the approved mentors among `ids`, by name. */
  async mentorFacts(ids: string[], runner: Queryable = this.db): Promise<{ facts: MentorFacts; displayName: string }[]> {
    const rows = await sqlRows(
      runner,
      mentorFactsRow,
      `SELECT id, display_name, sectors, stages, topics, languages, time_zone, country, capacity, active_mentees, conflicts
         FROM mentor_profiles WHERE id = ANY($1::uuid[]) AND vetting = 'approved' ORDER BY display_name, id`,
      [ids],
    );
    return rows.map((r) => ({ facts: mentorFacts(r), displayName: r.display_name }));
  }

  /** Every approved mentor open to mentees, with the card a recommendation shows. */
  async openMentors(runner: Queryable = this.db): Promise<{ facts: MentorFacts; card: MentorCard }[]> {
    const rows = await sqlRows(
      runner,
      mentorCardRow.extend({ conflicts: col.texts }),
      `SELECT ${MENTOR_CARD_COLUMNS}, mp.conflicts FROM mentor_profiles mp WHERE mp.vetting = 'approved' AND ${OPEN}`,
    );
    return rows.map((r) => ({ facts: mentorFacts(r), card: toMentorCard(r) }));
  }
}

/**
 * A mentor profile's id and account as a subquery, for another module that must read them in the same statement as
 * its own rows (booking reads the mentor, their availability and their sessions in one round trip). `idParam` names
 * the statement's parameter holding the profile id.
 */
export const mentorAccountSql = (idParam: string): string => `SELECT mp.id, mp.user_id FROM mentor_profiles mp WHERE mp.id = ${idParam}`;
