import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MatchWeights, WEIGHT_KEYS } from '@torchbridge/contracts';
import { DEFAULT_WEIGHTS } from '@torchbridge/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { badField } from '../../common/errors/app-error';
import { DomainEvents, type Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { sqlExec, sqlRow } from '../../database/sql';

/** Cache namespace of what matching derives; bumped when the weights change. */
export const MATCHING_CACHE = 'matching';

const points = z.number().int();
const weightsRow = z.object({
  value: z.object({ sector: points, stage: points, needs: points, language: points, overlap: points, market: points, load: points }) satisfies z.ZodType<MatchWeights>,
});

/** The points each matching criterion is worth, set by managers for the programme. */
@Injectable()
export class WeightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
    private readonly events: DomainEvents,
  ) {}

  async get(runner: Queryable = this.db): Promise<MatchWeights> {
    const row = await sqlRow(runner, weightsRow, `SELECT value FROM programme_settings WHERE key = 'match_weights'`);
    return row?.value ?? { ...DEFAULT_WEIGHTS };
  }

  async set(viewer: AuthUser, w: MatchWeights): Promise<MatchWeights> {
    const value: MatchWeights = { sector: w.sector, stage: w.stage, needs: w.needs, language: w.language, overlap: w.overlap, market: w.market, load: w.load };
    const total = WEIGHT_KEYS.reduce((sum, k) => sum + value[k], 0);
    if (total !== 100) {
      throw badField('weights', `weights must add up to 100 points (they add up to ${total})`);
    }
    await this.db.transaction(async (tx) => {
      await sqlExec(
        tx,
        `INSERT INTO programme_settings (key, value, updated_by) VALUES ('match_weights', $1, $2)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [JSON.stringify(value), viewer.id],
      );
      await this.events.publish(tx, 'weights.updated', { actorId: viewer.id });
    });
    await this.cache.invalidate(MATCHING_CACHE);
    return value;
  }

  /** Changes whenever the weights change, on any instance. */
  version(): Promise<string> {
    return this.cache.version(MATCHING_CACHE);
  }
}
