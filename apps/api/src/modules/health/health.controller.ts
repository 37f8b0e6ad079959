import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DependencyStatus, HealthResponse } from '@torchbridge/contracts';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Public } from '../../common/decorators/access.decorators';
import { REDIS } from '../../common/redis/redis.tokens';

async function probe(check: () => Promise<unknown>): Promise<{ status: DependencyStatus; latencyMs?: number }> {
  const started = performance.now();
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { status: 'down' };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and dependencies: 200 when every configured dependency answers, else 503' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const redis = this.redis;
    const [database, redisStatus] = await Promise.all([
      probe(() => this.db.query('SELECT 1')),
      redis ? probe(() => redis.ping()) : Promise.resolve({ status: 'disabled' as const }),
    ]);
    const ok = database.status === 'up' && redisStatus.status !== 'down';
    res.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'degraded',
      version: this.config.APP_VERSION,
      mode: redis ? 'clustered' : 'single-node',
      database,
      redis: redisStatus,
    };
  }
}
