import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncubatorView, ParkView, RegionCode } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { badField, uniqueOr409 } from '../../common/http/field-errors';
import { CreateIncubatorDto, CreateParkDto } from './dto/directory.dto';

interface ParkRow {
  id: string;
  torch_no: number | null;
  name_en: string;
  name_zh: string | null;
  city: string;
  province: string | null;
  country: string;
  region: RegionCode;
  website: string | null;
  incubator_count: number;
}

@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async parks(id?: string): Promise<(ParkView & { incubatorCount: number })[]> {
    const rows: ParkRow[] = await this.db.query(
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

  async park(id: string): Promise<ParkView & { incubatorCount: number }> {
    const [park] = await this.parks(id);
    if (!park) {
      throw new NotFoundException('No such science park');
    }
    return park;
  }

  /** Managers add parks and hubs outside China for the cross-border community. */
  async createPark(dto: CreateParkDto): Promise<ParkView & { incubatorCount: number }> {
    const rows: { id: string }[] = await uniqueOr409('nameEn', 'a science park with this nameEn already exists', () =>
      this.db.query(
        `INSERT INTO parks (name_en, name_zh, city, province, country, region, website) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [dto.nameEn, dto.nameZh ?? null, dto.city, dto.province ?? null, dto.country, dto.region, dto.website ?? null],
      ),
    );
    return this.park(rows[0]?.id as string);
  }

  async incubators(parkId?: string): Promise<IncubatorView[]> {
    const rows: {
      id: string;
      name_en: string;
      name_zh: string;
      kind: IncubatorView['kind'];
      city: string;
      country: string;
      park_id: string;
      managers: { userId: string; displayName: string }[];
    }[] = await this.db.query(
      `SELECT i.id, i.name_en, i.name_zh, i.kind, i.city, i.country, i.park_id,
              coalesce((SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name) ORDER BY u.display_name)
                          FROM incubator_managers im JOIN users u ON u.id = im.user_id WHERE im.incubator_id = i.id), '[]') AS managers
         FROM incubators i
        WHERE $1::uuid IS NULL OR i.park_id = $1::uuid ORDER BY i.name_en`,
      [parkId ?? null],
    );
    return rows.map((r) => ({ id: r.id, nameEn: r.name_en, nameZh: r.name_zh, kind: r.kind, city: r.city, country: r.country, parkId: r.park_id, managers: r.managers }));
  }

  async createIncubator(dto: CreateIncubatorDto): Promise<IncubatorView> {
    const parks: unknown[] = await this.db.query('SELECT 1 FROM parks WHERE id = $1', [dto.parkId]);
    if (!parks.length) {
      throw badField('parkId', 'parkId does not name a known science park');
    }
    const rows: { id: string }[] = await uniqueOr409('nameEn', 'an incubator with this nameEn already exists', () =>
      this.db.query(
        `INSERT INTO incubators (name_en, name_zh, park_id, kind, city, country) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [dto.nameEn, dto.nameZh, dto.parkId, dto.kind, dto.city, dto.country],
      ),
    );
    return { managers: [], id: rows[0]?.id as string, nameEn: dto.nameEn, nameZh: dto.nameZh, kind: dto.kind, city: dto.city, country: dto.country, parkId: dto.parkId };
  }

  /** Appoints a manager account to run an incubator. */
  async addManager(incubatorId: string, userId: string): Promise<IncubatorView> {
    const users: { role: string }[] = await this.db.query('SELECT role FROM users WHERE id = $1', [userId]);
    if (users[0]?.role !== 'manager') {
      throw badField('userId', 'userId must name a community manager account');
    }
    const incubators: unknown[] = await this.db.query('SELECT 1 FROM incubators WHERE id = $1', [incubatorId]);
    if (!incubators.length) {
      throw new NotFoundException('No such incubator');
    }
    await this.db.query('INSERT INTO incubator_managers (incubator_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [incubatorId, userId]);
    return (await this.incubators()).find((i) => i.id === incubatorId) as IncubatorView;
  }
}
