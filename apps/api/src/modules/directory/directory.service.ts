import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParkView, RegionCode } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';

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

  async parks(): Promise<(ParkView & { incubatorCount: number })[]> {
    const rows: ParkRow[] = await this.db.query(
      `SELECT p.id, p.torch_no, p.name_en, p.name_zh, p.city, p.province, p.country, p.region, p.website,
              (SELECT count(*)::int FROM incubators i WHERE i.park_id = p.id) AS incubator_count
         FROM parks p
        ORDER BY p.torch_no NULLS LAST, p.name_en`,
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
}
