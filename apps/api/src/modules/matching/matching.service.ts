import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MatchWeights, MentorCard, RecommendationView, WEIGHT_KEYS } from '@torchbridge/contracts';
import { DEFAULT_WEIGHTS, localDate, MentorFacts, MentorIndex, StartupFacts } from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { cached, VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { badField } from '../../common/http/field-errors';
import type { AuthUser } from '../../common/http/auth-user';
import { CARD_COLUMNS, DIRECTORY_CACHE, MentorRow, OPEN, toCard } from '../directory/mentors.service';
import { RecommendationQueryDto, WeightsDto } from './dto/matching.dto';

interface Snapshot {
  index: MentorIndex;
  cards: Map<string, MentorCard>;
  weights: MatchWeights;
}

/** Recommendations and the weights behind them. Mentors are held in memory as a compiled index, rebuilt on directory changes. */
@Injectable()
export class MatchingService {
  private snapshot?: { version: string; value: Promise<Snapshot> };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
  ) {}

  async weights(): Promise<MatchWeights> {
    const rows: { value: MatchWeights }[] = await this.db.query(`SELECT value FROM programme_settings WHERE key = 'match_weights'`);
    return rows[0]?.value ?? { ...DEFAULT_WEIGHTS };
  }

  async setWeights(viewer: AuthUser, dto: WeightsDto): Promise<MatchWeights> {
    const value = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, dto[k]])) as MatchWeights;
    const total = WEIGHT_KEYS.reduce((sum, k) => sum + value[k], 0);
    if (total !== 100) {
      throw badField('weights', `weights must add up to 100 points (they add up to ${total})`);
    }
    await this.db.query(
      `INSERT INTO programme_settings (key, value, updated_by) VALUES ('match_weights', $1, $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [JSON.stringify(value), viewer.id],
    );
    await this.cache.invalidate(DIRECTORY_CACHE);
    return value;
  }

  async recommend(viewer: AuthUser, query: RecommendationQueryDto): Promise<RecommendationView[]> {
    const limit = query.limit ?? 10;
    const allowRepeat = query.allowRepeat ?? false;
    // Keyed by the founder, so a cached list costs no query; any directory write (their startup included) or a new day refreshes it.
    const day = new Date().toISOString().slice(0, 10);
    return cached(this.cache, DIRECTORY_CACHE, `recommendations:${viewer.id}:${day}:${limit}:${allowRepeat}`, async () => {
      const startup = await this.startupOf(viewer.id);
      const date = localDate(startup.timeZone, new Date());
      const snapshot = await this.current();
      return snapshot.index
        .rank(startup, limit, { date, allowRepeat }, snapshot.weights)
        .map(({ mentor, score, reasons }) => ({ mentor: snapshot.cards.get(mentor.id) as MentorCard, score, reasons }));
    });
  }

  private async startupOf(userId: string): Promise<StartupFacts> {
    const rows: (Omit<StartupFacts, 'pastMentorIds' | 'nameEn' | 'nameZh' | 'timeZone' | 'marketDirection'> & {
      name_en: string;
      name_zh: string;
      time_zone: string;
      market_direction: StartupFacts['marketDirection'];
      past: string[];
    })[] = await this.db.query(
      `SELECT s.id, s.name_en, s.name_zh, s.sectors, s.stage, s.needs, s.languages, s.time_zone, s.market_direction, i.country,
              ARRAY(SELECT mentor_id::text FROM mentorships m WHERE m.startup_id = s.id) AS past
         FROM startup_founders sf JOIN startups s ON s.id = sf.startup_id JOIN incubators i ON i.id = s.incubator_id
        WHERE sf.user_id = $1 LIMIT 1`,
      [userId],
    );
    const r = rows[0];
    if (!r) {
      throw new NotFoundException('Create your startup profile to get recommendations');
    }
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
      pastMentorIds: new Set(r.past),
    };
  }

  /** The compiled mentor index for the current directory version; one rebuild is shared by concurrent requests. */
  private async current(): Promise<Snapshot> {
    // A new day can end a mentor's pause, so the snapshot is also rebuilt daily.
    const version = `${await this.cache.version(DIRECTORY_CACHE)}:${new Date().toISOString().slice(0, 10)}`;
    if (!this.snapshot || this.snapshot.version !== version) {
      const value = this.build();
      this.snapshot = { version, value };
      value.catch(() => {
        if (this.snapshot?.value === value) {
          this.snapshot = undefined;
        }
      });
    }
    return this.snapshot.value;
  }

  private async build(): Promise<Snapshot> {
    const [rows, weights] = await Promise.all([
      this.db.query(`SELECT ${CARD_COLUMNS}, mp.conflicts FROM mentor_profiles mp WHERE mp.vetting = 'approved' AND ${OPEN}`) as Promise<MentorRow[]>,
      this.weights(),
    ]);
    const facts: MentorFacts[] = rows.map((r) => ({
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
    }));
    const cards = new Map<string, MentorCard>(rows.map((r) => [r.id, toCard(r)]));
    return { index: new MentorIndex(facts), cards, weights };
  }
}
