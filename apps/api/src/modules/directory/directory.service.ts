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
    const rows: { id: string; name_en: string; name_zh: string; kind: IncubatorView['kind']; city: string; country: string; park_id: string }[] =
      await this.db.query(
        `SELECT id, name_en, name_zh, kind, city, country, park_id FROM incubators
          WHERE $1::uuid IS NULL OR park_id = $1::uuid ORDER BY name_en`,
        [parkId ?? null],
      );
    return rows.map((r) => ({ id: r.id, nameEn: r.name_en, nameZh: r.name_zh, kind: r.kind, city: r.city, country: r.country, parkId: r.park_id }));
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
    return { id: rows[0]?.id as string, nameEn: dto.nameEn, nameZh: dto.nameZh, kind: dto.kind, city: dto.city, country: dto.country, parkId: dto.parkId };
  }
}
