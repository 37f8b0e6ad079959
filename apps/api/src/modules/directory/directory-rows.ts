import {
  INCUBATOR_KINDS,
  LANGUAGES,
  MARKET_DIRECTIONS,
  MENTOR_CATEGORIES,
  MentorCard,
  REGIONS,
  SECTORS,
  STAGES,
  StartupCard,
  TOPICS,
} from '@torchbridge/contracts';
import { z } from 'zod';
import type { Queryable } from '../../common/events/domain-events';
import { col, idRow, sqlRow } from '../../database/sql';

/** Row schemas of the directory's tables, and the columns and mappers the directory's queries share. */

const code = <C extends string>(list: readonly { code: C }[]) => z.enum(list.map((e) => e.code));

export const taxonomy = {
  sector: code(SECTORS),
  stage: code(STAGES),
  topic: code(TOPICS),
  language: code(LANGUAGES),
  category: code(MENTOR_CATEGORIES),
  incubatorKind: code(INCUBATOR_KINDS),
  marketDirection: code(MARKET_DIRECTIONS),
  region: code(REGIONS),
};

export const vetting = z.enum(['pending', 'approved', 'rejected']);

/** Open now: not paused, or paused until a date that has passed. */
export const OPEN = `(mp.status = 'open' OR mp.paused_until < current_date)`;

export const MENTOR_CARD_COLUMNS = `mp.id, mp.user_id, mp.display_name, mp.headline_en, mp.headline_zh, mp.category, mp.sectors, mp.stages,
  mp.topics, mp.languages, mp.time_zone, mp.country, mp.city, mp.capacity, mp.active_mentees, mp.status,
  to_char(mp.paused_until, 'YYYY-MM-DD') AS paused_until, mp.vetting`;

export const mentorCardRow = z.object({
  id: col.id,
  user_id: col.id,
  display_name: col.text,
  headline_en: col.text,
  headline_zh: col.text,
  category: taxonomy.category,
  sectors: z.array(taxonomy.sector),
  stages: z.array(taxonomy.stage),
  topics: z.array(taxonomy.topic),
  languages: z.array(taxonomy.language),
  time_zone: col.text,
  country: col.text,
  city: col.text,
  capacity: col.int,
  active_mentees: col.int,
  status: z.enum(['open', 'paused']),
  paused_until: col.nullableText,
  vetting,
});
export type MentorCardRow = z.output<typeof mentorCardRow>;

export function toMentorCard(r: MentorCardRow): MentorCard {
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

export const STARTUP_CARD_COLUMNS = `s.id, s.name_en, s.name_zh, s.incubator_id, i.name_en AS incubator_name_en, i.name_zh AS incubator_name_zh,
  i.park_id, p.region, i.country, s.sectors, s.stage, s.languages, s.time_zone, s.market_direction, s.needs`;
export const STARTUP_FROM = `FROM startups s JOIN incubators i ON i.id = s.incubator_id JOIN parks p ON p.id = i.park_id`;

export const startupCardRow = z.object({
  id: col.id,
  name_en: col.text,
  name_zh: col.text,
  incubator_id: col.id,
  incubator_name_en: col.text,
  incubator_name_zh: col.text,
  park_id: col.id,
  region: taxonomy.region,
  country: col.text,
  sectors: z.array(taxonomy.sector),
  stage: taxonomy.stage,
  languages: z.array(taxonomy.language),
  time_zone: col.text,
  market_direction: taxonomy.marketDirection,
  needs: z.array(taxonomy.topic),
});
export type StartupCardRow = z.output<typeof startupCardRow>;

export function toStartupCard(r: StartupCardRow): StartupCard {
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

/** A keyset page's rows carry their sort key, text or number depending on the sort. */
export const sortKey = { sort_key: z.union([z.string(), z.number()]) };

/** The id an `INSERT … RETURNING id` wrote. */
export async function insertedId(db: Queryable, text: string, params: unknown[]): Promise<string> {
  const row = await sqlRow(db, idRow, text, params);
  if (!row) {
    throw new Error('INSERT … RETURNING id returned no row');
  }
  return row.id;
}
