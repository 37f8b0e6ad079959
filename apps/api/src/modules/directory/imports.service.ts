import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportReport, ImportRowError } from '@torchbridge/contracts';
import { CsvError, parseCsv, splitList } from '@torchbridge/domain';
import { plainToInstance } from 'class-transformer';
import { IsEmail, Length, validate, ValidationError } from 'class-validator';
import { DataSource } from 'typeorm';
import { VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { badField, isUniqueViolation } from '../../common/http/field-errors';
import { DIRECTORY_CACHE } from './mentors.service';
import type { AuthUser } from '../../common/http/auth-user';
import { CreateImportDto, MentorProfileDto, StartupProfileDto } from './dto/directory.dto';

class MentorImportRow extends MentorProfileDto {
  @IsEmail({}, { message: 'email must be a valid email address' }) email!: string;
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' }) displayName!: string;
}

export const MENTOR_COLUMNS = ['email', 'displayName', 'category', 'headlineEn', 'headlineZh', 'bioEn', 'bioZh', 'sectors', 'stages', 'topics', 'languages', 'timeZone', 'country', 'city', 'capacity'] as const;
export const STARTUP_COLUMNS = ['nameEn', 'nameZh', 'incubator', 'sectors', 'stage', 'foundedYear', 'teamSize', 'languages', 'timeZone', 'marketDirection', 'needs', 'pitchEn', 'pitchZh'] as const;

type GoodRow = Record<string, unknown> & { line: number };

interface ImportRecord {
  id: string;
  kind: 'mentors' | 'startups';
  status: 'pending' | 'confirmed';
  good_rows: GoodRow[];
  report: { totalRows: number; errors: ImportRowError[] };
  written: number | null;
}

function flatten(errors: ValidationError[], line: number): ImportRowError[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => ({ line, field: e.property, message })));
}

const int = (v: string | undefined) => (v && /^-?\d+$/.test(v) ? Number(v) : v);

/** Managers' CSV import: a preview with a per-row report writes nothing; confirming writes every good row at once. */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
  ) {}

  async preview(viewer: AuthUser, dto: CreateImportDto): Promise<ImportReport> {
    let table;
    try {
      table = parseCsv(dto.csv);
    } catch (error) {
      if (error instanceof CsvError) {
        throw badField('csv', `csv ${error.message}`);
      }
      throw error;
    }
    const required = dto.kind === 'mentors' ? MENTOR_COLUMNS : STARTUP_COLUMNS;
    const missing = required.filter((c) => !table.header.includes(c));
    if (missing.length) {
      throw badField('csv', `csv is missing column(s): ${missing.join(', ')}`);
    }
    const errors: ImportRowError[] = [];
    const good: GoodRow[] = [];
    const seen = new Map<string, number>();
    const incubators = new Map<string, string>(
      ((await this.db.query('SELECT id, lower(name_en) AS name FROM incubators')) as { id: string; name: string }[]).map((r) => [r.name, r.id]),
    );
    for (const { line, values } of table.rows) {
      const rowErrors: ImportRowError[] = [];
      let row: GoodRow;
      if (dto.kind === 'mentors') {
        const plain = {
          ...values,
          email: values['email']?.toLowerCase(),
          sectors: splitList(values['sectors']),
          stages: splitList(values['stages']),
          topics: splitList(values['topics']),
          languages: splitList(values['languages']),
          conflicts: splitList(values['conflicts']),
          capacity: int(values['capacity']),
          status: values['status'] || 'open',
          pausedUntil: values['pausedUntil'] || undefined,
          phone: values['phone'] || undefined,
        };
        const instance = plainToInstance(MentorImportRow, plain);
        rowErrors.push(...flatten(await validate(instance, { whitelist: true }), line));
        row = { line, ...instance };
        const key = String(plain.email);
        if (seen.has(key)) {
          rowErrors.push({ line, field: 'email', message: `email repeats line ${seen.get(key)}` });
        }
        seen.set(key, line);
      } else {
        const incubatorId = incubators.get((values['incubator'] ?? '').toLowerCase());
        const plain = {
          ...values,
          incubatorId: incubatorId ?? '00000000-0000-0000-0000-000000000000',
          sectors: splitList(values['sectors']),
          languages: splitList(values['languages']),
          needs: splitList(values['needs']),
          targetMarkets: splitList(values['targetMarkets']),
          foundedYear: int(values['foundedYear']),
          teamSize: int(values['teamSize']),
          highTechEnterprise: ['true', 'yes', '1', '是'].includes((values['highTechEnterprise'] ?? '').toLowerCase()),
        };
        const instance = plainToInstance(StartupProfileDto, plain);
        rowErrors.push(...flatten(await validate(instance, { whitelist: true }), line));
        if (!incubatorId) {
          rowErrors.push({ line, field: 'incubator', message: `incubator "${values['incubator'] ?? ''}" is not a known incubator (use its English name)` });
        }
        row = { line, ...instance };
        const key = String(values['nameEn']).toLowerCase();
        if (seen.has(key)) {
          rowErrors.push({ line, field: 'nameEn', message: `nameEn repeats line ${seen.get(key)}` });
        }
        seen.set(key, line);
      }
      errors.push(...rowErrors);
      if (rowErrors.length === 0) {
        good.push(row);
      }
    }
    await this.flagExisting(dto.kind, good, errors);
    const goodRows = good.filter((g) => !errors.some((e) => e.line === g.line));
    const report = { totalRows: table.rows.length, errors };
    const saved: { id: string }[] = await this.db.query(
      `INSERT INTO imports (kind, created_by, file_name, good_rows, report) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [dto.kind, viewer.id, dto.fileName ?? null, JSON.stringify(goodRows), JSON.stringify(report)],
    );
    return { id: saved[0]?.id as string, kind: dto.kind, status: 'pending', totalRows: report.totalRows, goodRows: goodRows.length, errors, written: null };
  }

  async get(id: string): Promise<ImportReport> {
    return this.view(await this.load(id));
  }

  /** Writes every good row in one transaction; a second confirm, or a clash with data added since the preview, writes nothing. */
  async confirm(id: string): Promise<ImportReport> {
    const record = await this.load(id);
    try {
      const written = await this.db.transaction(async (tx) => {
        const claimed: unknown[] = await tx.query(`SELECT id FROM imports WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`, [id]);
        if (!claimed.length) {
          throw new ConflictException('This import has already been confirmed');
        }
        for (const row of record.good_rows) {
          if (record.kind === 'mentors') {
            // Imported mentors get no password: they cannot sign in until they are invited and set one.
            const users: { id: string }[] = await tx.query(
              `INSERT INTO users (email, password_hash, display_name, role, locale, time_zone) VALUES ($1, '!', $2, 'mentor', 'en', $3) RETURNING id`,
              [row['email'], row['displayName'], row['timeZone']],
            );
            await tx.query(
              `INSERT INTO mentor_profiles (user_id, category, headline_en, headline_zh, bio_en, bio_zh, sectors, stages, topics, languages,
                 time_zone, country, city, capacity, status, paused_until, conflicts, vetting)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 'pending')`,
              [users[0]?.id, row['category'], row['headlineEn'], row['headlineZh'], row['bioEn'], row['bioZh'], row['sectors'], row['stages'],
                row['topics'], row['languages'], row['timeZone'], row['country'], row['city'], row['capacity'], row['status'],
                row['status'] === 'paused' ? (row['pausedUntil'] ?? null) : null, row['conflicts']],
            );
          } else {
            await tx.query(
              `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone,
                 market_direction, target_markets, needs, pitch_en, pitch_zh, high_tech_enterprise)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
              [row['nameEn'], row['nameZh'], row['incubatorId'], row['sectors'], row['stage'], row['foundedYear'], row['teamSize'], row['languages'],
                row['timeZone'], row['marketDirection'], row['targetMarkets'], row['needs'], row['pitchEn'], row['pitchZh'], row['highTechEnterprise']],
            );
          }
        }
        await tx.query(`UPDATE imports SET status = 'confirmed', written = $2, confirmed_at = now() WHERE id = $1`, [id, record.good_rows.length]);
        return record.good_rows.length;
      });
      await this.cache.invalidate(DIRECTORY_CACHE);
      return { ...this.view(record), status: 'confirmed', written };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException('Some rows clash with records added since the preview; nothing was written. Upload the file again.');
      }
      throw error;
    }
  }

  private async flagExisting(kind: 'mentors' | 'startups', rows: GoodRow[], errors: ImportRowError[]): Promise<void> {
    const field = kind === 'mentors' ? 'email' : 'nameEn';
    const keys = rows.map((r) => String(r[field]).toLowerCase());
    if (!keys.length) {
      return;
    }
    const sql = kind === 'mentors' ? 'SELECT email AS key FROM users WHERE email = ANY($1)' : 'SELECT lower(name_en) AS key FROM startups WHERE lower(name_en) = ANY($1)';
    const taken = new Set(((await this.db.query(sql, [keys])) as { key: string }[]).map((r) => r.key));
    for (const row of rows) {
      if (taken.has(String(row[field]).toLowerCase())) {
        errors.push({ line: row.line, field, message: `${field} already exists in the directory` });
      }
    }
  }

  private async load(id: string): Promise<ImportRecord> {
    const rows: ImportRecord[] = await this.db.query('SELECT id, kind, status, good_rows, report, written FROM imports WHERE id = $1', [id]);
    if (!rows[0]) {
      throw new NotFoundException('No such import');
    }
    return rows[0];
  }

  private view(r: ImportRecord): ImportReport {
    return { id: r.id, kind: r.kind, status: r.status, totalRows: r.report.totalRows, goodRows: r.good_rows.length, errors: r.report.errors, written: r.written };
  }
}
