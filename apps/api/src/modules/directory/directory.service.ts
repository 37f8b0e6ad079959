import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncubatorView, ParkView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, badField, uniqueOr409 } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { UsersService } from '../users';
import { insertedId, taxonomy } from './directory-rows';
import { CreateIncubatorDto, CreateParkDto } from './dto/directory.dto';

const parkRow = z.object({
  id: col.id,
  torch_no: z.number().int().nullable(),
  name_en: col.text,
  name_zh: col.nullableText,
  city: col.text,
  province: col.nullableText,
  country: col.text,
  region: taxonomy.region,
  website: col.nullableText,
  incubator_count: col.int,
});

const incubatorRow = z.object({
  id: col.id,
  name_en: col.text,
  name_zh: col.text,
  kind: taxonomy.incubatorKind,
  city: col.text,
  country: col.text,
  park_id: col.id,
  manager_ids: col.texts,
});

export type ParkWithCount = ParkView & { incubatorCount: number };

/** Science parks, hubs and their incubators. */
@Injectable()
export class DirectoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
  ) {}

  async parks(id?: string): Promise<ParkWithCount[]> {
    const rows = await sqlRows(
      this.db,
      parkRow,
      `SELECT p.id, p.torch_no, p.name_en, p.name_zh, p.city, p.province, p.country, p.region, p.website,
              (SELECT count(*)::int FROM incubators i WHERE i.park_id = p.id) AS incubator_count
         FROM parks p
        WHERE $1::uuid IS NULL OR p.id = $1::uuid
        ORDER BY p.torch_no NULLS LAST, p.name_en`,
      [id ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      torchNo: r.torch_no,
      nameEn: r.name_en,
      nameZh: r.name_zh,
      city: r.city,
      province: r.province,
      country: r.country,
      region: r.region,
      website: r.website,
      incubatorCount: r.incubator_count,
    }));
  }

  async park(id: string): Promise<ParkWithCount> {
    const [park] = await this.parks(id);
    if (!park) {
      throw new AppError('park.not_found');
    }
    return park;
  }

  /** Managers add parks and hubs outside China for the cross-border community. */
  async createPark(dto: CreateParkDto): Promise<ParkWithCount> {
    const id = await uniqueOr409('nameEn', 'a science park with this nameEn already exists', () =>
      this.db.transaction(async (tx) => {
        const parkId = await insertedId(
          tx,
          `INSERT INTO parks (name_en, name_zh, city, province, country, region, website) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [dto.nameEn, dto.nameZh ?? null, dto.city, dto.province ?? null, dto.country, dto.region, dto.website ?? null],
        );
        await this.events.publish(tx, 'park.created', { parkId });
        return parkId;
      }),
    );
    return this.park(id);
  }

  incubators(parkId?: string): Promise<IncubatorView[]> {
    return this.list({ parkId });
  }

  /** A manager who adds an incubator runs it (an admin appoints its managers). */
  async createIncubator(viewer: AuthUser, dto: CreateIncubatorDto): Promise<IncubatorView> {
    const id = await uniqueOr409('nameEn', 'an incubator with this nameEn already exists', () =>
      this.db.transaction(async (tx) => {
        if (!(await sqlRow(tx, idRow, 'SELECT id FROM parks WHERE id = $1', [dto.parkId]))) {
          throw badField('parkId', 'parkId does not name a known science park');
        }
        const incubatorId = await insertedId(
          tx,
          `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [dto.nameEn, dto.nameZh, dto.parkId, dto.kind, dto.city, dto.country],
        );
        await this.events.publish(tx, 'incubator.created', { incubatorId });
        if (viewer.role === 'manager') {
          await sqlRow(tx, z.object({ user_id: col.id }), 'INSERT INTO incubator_managers (incubator_id, user_id) VALUES ($1, $2) RETURNING user_id', [incubatorId, viewer.id]);
          await this.events.publish(tx, 'incubator.manager_added', { incubatorId, userId: viewer.id });
        }
        return incubatorId;
      }),
    );
    return this.one(id);
  }

  /** Appoints a manager account to run an incubator: admins may, and the incubator's own managers. */
  async addManager(viewer: AuthUser, incubatorId: string, userId: string): Promise<IncubatorView> {
    if (!(await this.users.managerIds([userId])).has(userId)) {
      throw badField('userId', 'userId must name a community manager account');
    }
    await this.db.transaction(async (tx) => {
      if (!(await sqlRow(tx, idRow, 'SELECT id FROM incubators WHERE id = $1', [incubatorId]))) {
        throw new AppError('incubator.not_found');
      }
      await this.access.require(viewer, 'incubator.manage', incubatorId, tx);
      const added = await sqlRow(
        tx,
        z.object({ user_id: col.id }),
        'INSERT INTO incubator_managers (incubator_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id',
        [incubatorId, userId],
      );
      if (added) {
        await this.events.publish(tx, 'incubator.manager_added', { incubatorId, userId });
      }
    });
    return this.one(incubatorId);
  }

  private async one(incubatorId: string): Promise<IncubatorView> {
    const [incubator] = await this.list({ id: incubatorId });
    if (!incubator) {
      throw new AppError('incubator.not_found');
    }
    return incubator;
  }

  /** Incubators with their managers' names, read from the users module in one batch. */
  private async list(filter: { parkId?: string; id?: string }): Promise<IncubatorView[]> {
    const rows = await sqlRows(
      this.db,
      incubatorRow,
      `SELECT i.id, i.name_en, i.name_zh, i.kind, i.city, i.country, i.park_id,
              ARRAY(SELECT im.user_id::text FROM incubator_managers im WHERE im.incubator_id = i.id) AS manager_ids
         FROM incubators i
        WHERE ($1::uuid IS NULL OR i.park_id = $1::uuid) AND ($2::uuid IS NULL OR i.id = $2::uuid)
        ORDER BY i.name_en`,
      [filter.parkId ?? null, filter.id ?? null],
    );
    const cards = await this.users.cards(rows.flatMap((r) => r.manager_ids));
    return rows.map((r) => ({
      id: r.id,
      nameEn: r.name_en,
      nameZh: r.name_zh,
      kind: r.kind,
      city: r.city,
      country: r.country,
      parkId: r.park_id,
      managers: r.manager_ids
        .flatMap((userId) => {
          const card = cards.get(userId);
          return card ? [{ userId, displayName: card.displayName }] : [];
        })
        .sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0)),
    }));
  }
}
