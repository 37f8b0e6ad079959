import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportReport, ImportRowError } from '@torchbridge/contracts';
import { CsvError, CsvRow, readCsv, splitList } from '@torchbridge/domain';
import { plainToInstance } from 'class-transformer';
import { IsEmail, Length, validate, ValidationError } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { stringifyInSlices, TimeSlicer } from '../../common/batching/time-slicer';
import { AppError, badField, isUniqueViolation } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { col, idRow, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { NO_PASSWORD, UsersService } from '../users';
import { DirectoryCache } from './directory-cache';
import { insertedId, taxonomy } from './directory-rows';
import { CreateImportDto, MentorProfileDto, StartupProfileDto } from './dto/directory.dto';

class MentorImportRow extends MentorProfileDto {
  @IsEmail({}, { message: 'email must be a valid email address' }) email!: string;
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' }) displayName!: string;
}

export const MENTOR_COLUMNS = ['email', 'displayName', 'category', 'headlineEn', 'headlineZh', 'bioEn', 'bioZh', 'sectors', 'stages', 'topics', 'languages', 'timeZone', 'country', 'city', 'capacity'] as const;
export const STARTUP_COLUMNS = ['nameEn', 'nameZh', 'incubator', 'sectors', 'stage', 'foundedYear', 'teamSize', 'languages', 'timeZone', 'marketDirection', 'needs', 'pitchEn', 'pitchZh'] as const;

type GoodRow = Record<string, unknown> & { line: number };

/** An import as its report needs it: the good rows are counted here and read a page at a time when written. */
const importRecord = z.object({
  id: col.id,
  kind: z.enum(['mentors', 'startups']),
  status: z.enum(['pending', 'confirmed']),
  good_count: z.number().int(),
  report: z.object({
    totalRows: z.number().int(),
    errors: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
  }),
  written: z.number().int().nullable(),
});
type ImportRecord = z.output<typeof importRecord>;

/** A checked mentor row as the preview stored it. */
const mentorGoodRow = z.object({
  email: z.string(),
  displayName: z.string(),
  category: taxonomy.category,
  headlineEn: z.string(),
  headlineZh: z.string(),
  bioEn: z.string(),
  bioZh: z.string(),
  sectors: z.array(taxonomy.sector),
  stages: z.array(taxonomy.stage),
  topics: z.array(taxonomy.topic),
  languages: z.array(taxonomy.language),
  timeZone: z.string(),
  country: z.string(),
  city: z.string(),
  capacity: z.number().int(),
  status: z.enum(['open', 'paused']),
  pausedUntil: z.string().optional(),
  conflicts: z.array(z.string()),
});

/** A checked startup row as the preview stored it. */
const startupGoodRow = z.object({
  nameEn: z.string(),
  nameZh: z.string(),
  incubatorId: col.id,
  sectors: z.array(taxonomy.sector),
  stage: taxonomy.stage,
  foundedYear: z.number().int(),
  teamSize: z.number().int(),
  languages: z.array(taxonomy.language),
  timeZone: z.string(),
  marketDirection: taxonomy.marketDirection,
  targetMarkets: z.array(z.string()),
  needs: z.array(taxonomy.topic),
  pitchEn: z.string(),
  pitchZh: z.string(),
  highTechEnterprise: z.boolean(),
});

function flatten(errors: ValidationError[], line: number): ImportRowError[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => ({ line, field: e.property, message })));
}

const int = (v: string | undefined) => (v && /^-?\d+$/.test(v) ? Number(v) : v);

/** Rows per INSERT when a confirmed import is written (parameters stay far below PostgreSQL's 65,535). */
const WRITE_PAGE = 500;

/** The file's rows as they are read; a malformed record, once reached, is a 400 naming `csv`. */
function* fileRows(rows: Iterable<CsvRow>): Generator<CsvRow, void> {
  try {
    yield* rows;
  } catch (error) {
    throw error instanceof CsvError ? badField('csv', `csv ${error.message}`) : error;
  }
}

/** `($1, $2, …), (…)` for a multi-row INSERT, and its parameters in order. */
function valuesOf(rows: unknown[][]): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const text = rows.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`).join(',\n');
  return { text, params };
}

/** Managers' CSV import: a preview with a per-row report writes nothing; confirming writes every good row at once. */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: DirectoryCache,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly access: AccessService,
  ) {}

  /**
   * Checks a file row by row. A file of tens of thousands of rows takes seconds of CPU, so the work is cut into
   * slices of about 10 ms with a turn of the event loop between them: other requests (and health checks) are
   * answered meanwhile instead of after the whole file.
   */
  async preview(viewer: AuthUser, dto: CreateImportDto): Promise<ImportReport> {
    let table;
    try {
      table = readCsv(dto.csv);
    } catch (error) {
      if (error instanceof CsvError) {
        throw badField('csv', `csv ${error.message}`);
      }
      throw error;
    }
    const slicer = new TimeSlicer();
    const required = dto.kind === 'mentors' ? MENTOR_COLUMNS : STARTUP_COLUMNS;
    const missing = required.filter((c) => !table.header.includes(c));
    if (missing.length) {
      // A malformed record anywhere in the file is named first: the file is unreadable before it is incomplete.
      for (const _ of fileRows(table.rows)) {
        await slicer.breathe();
      }
      throw badField('csv', `csv is missing column(s): ${missing.join(', ')}`);
    }
    const errors: ImportRowError[] = [];
    const good: GoodRow[] = [];
    const seen = new Map<string, number>();
    const incubators = new Map<string, string>(
      (await sqlRows(this.db, z.object({ id: col.id, name: col.text }), 'SELECT id, lower(name_en) AS name FROM incubators')).map((r) => [r.name, r.id]),
    );
    // Startups join the programme of the one who imports them: a manager imports into incubators they run.
    const runs = dto.kind === 'startups' ? await this.access.granted(viewer, 'incubator.manage', [...incubators.values()]) : new Set<string>();
    let totalRows = 0;
    for (const { line, values } of fileRows(table.rows)) {
      await slicer.breathe();
      totalRows++;
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
        } else if (!runs.has(incubatorId)) {
          rowErrors.push({ line, field: 'incubator', message: `incubator "${values['incubator'] ?? ''}" is not one you manage` });
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
    const failed = new Set(errors.map((e) => e.line));
    const goodRows = good.filter((g) => !failed.has(g.line));
    const id = await insertedId(
      this.db,
      `INSERT INTO imports (kind, created_by, file_name, good_rows, report) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        dto.kind,
        viewer.id,
        dto.fileName ?? null,
        await stringifyInSlices(goodRows, slicer),
        `{"totalRows":${totalRows},"errors":${await stringifyInSlices(errors, slicer)}}`,
      ],
    );
    return { id, kind: dto.kind, status: 'pending', totalRows, goodRows: goodRows.length, errors, written: null };
  }

  async get(id: string): Promise<ImportReport> {
    return this.view(await this.load(id));
  }

  /**
   * Writes every good row in one transaction; a second confirm, or a clash with data added since the preview, writes
   * nothing. Rows are read from the stored preview and inserted a page at a time (one multi-row INSERT per page).
   */
  async confirm(viewer: AuthUser, id: string): Promise<ImportReport> {
    const record = await this.load(id);
    try {
      const written = await this.db.transaction(async (tx) => {
        if (!(await sqlRow(tx, idRow, `SELECT id FROM imports WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`, [id]))) {
          throw new AppError('import.already_confirmed');
        }
        const slicer = new TimeSlicer();
        let created = 0;
        for (let from = 0; from < record.good_count; from += WRITE_PAGE) {
          const page = await this.goodRows(tx, id, from, Math.min(from + WRITE_PAGE, record.good_count));
          created += record.kind === 'mentors' ? await this.writeMentors(tx, page) : await this.writeStartups(tx, page);
          await slicer.breathe();
        }
        await sqlExec(tx, `UPDATE imports SET status = 'confirmed', written = $2, confirmed_at = now() WHERE id = $1`, [id, created]);
        await this.events.publish(tx, 'import.confirmed', { importId: id, kind: record.kind, created, actorId: viewer.id });
        return created;
      });
      await this.cache.changed();
      return { ...this.view(record), status: 'confirmed', written };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('import.stale');
      }
      throw error;
    }
  }

  /** Good rows `from` (inclusive) to `to` (exclusive) of a stored preview, in file order. */
  private async goodRows(tx: EntityManager, id: string, from: number, to: number): Promise<unknown[]> {
    const rows = await sqlRows(
      tx,
      z.object({ row: z.unknown() }),
      'SELECT good_rows -> i AS row FROM imports, generate_series($2::int, $3::int - 1) AS i WHERE id = $1 ORDER BY i',
      [id, from, to],
    );
    return rows.map((r) => r.row);
  }

  /** Imported mentors get an account without a password: they cannot sign in until they are invited and set one. */
  private async writeMentors(tx: EntityManager, good: unknown[]): Promise<number> {
    const rows = z.array(mentorGoodRow).parse(good);
    const userIds = await this.users.createMany(
      tx,
      rows.map((row) => ({ email: row.email, passwordHash: NO_PASSWORD, displayName: row.displayName, role: 'mentor' as const, locale: 'en' as const, timeZone: row.timeZone })),
    );
    const { text, params } = valuesOf(
      rows.map((row, i) => [
        userIds[i], row.category, row.headlineEn, row.headlineZh, row.bioEn, row.bioZh, row.sectors, row.stages, row.topics, row.languages,
        row.timeZone, row.country, row.city, row.capacity, row.status, row.status === 'paused' ? (row.pausedUntil ?? null) : null, row.conflicts, 'pending',
      ]),
    );
    await sqlExec(
      tx,
      `INSERT INTO mentor_profiles (user_id, category, headline_en, headline_zh, bio_en, bio_zh, sectors, stages, topics, languages,
         time_zone, country, city, capacity, status, paused_until, conflicts, vetting)
       VALUES ${text}`,
      params,
    );
    return rows.length;
  }

  private async writeStartups(tx: EntityManager, good: unknown[]): Promise<number> {
    const rows = z.array(startupGoodRow).parse(good);
    const { text, params } = valuesOf(
      rows.map((row) => [
        row.nameEn, row.nameZh, row.incubatorId, row.sectors, row.stage, row.foundedYear, row.teamSize, row.languages,
        row.timeZone, row.marketDirection, row.targetMarkets, row.needs, row.pitchEn, row.pitchZh, row.highTechEnterprise,
      ]),
    );
    await sqlExec(
      tx,
      `INSERT INTO startups (name_en, name_zh, incubator_id, sectors, stage, founded_year, team_size, languages, time_zone,
         market_direction, target_markets, needs, pitch_en, pitch_zh, high_tech_enterprise)
       VALUES ${text}`,
      params,
    );
    return rows.length;
  }

  private async flagExisting(kind: 'mentors' | 'startups', rows: GoodRow[], errors: ImportRowError[]): Promise<void> {
    const field = kind === 'mentors' ? 'email' : 'nameEn';
    const keys = rows.map((r) => String(r[field]).toLowerCase());
    if (!keys.length) {
      return;
    }
    const taken =
      kind === 'mentors'
        ? await this.users.existingEmails(keys)
        : new Set((await sqlRows(this.db, z.object({ key: col.text }), 'SELECT lower(name_en) AS key FROM startups WHERE lower(name_en) = ANY($1)', [keys])).map((r) => r.key));
    for (const row of rows) {
      if (taken.has(String(row[field]).toLowerCase())) {
        errors.push({ line: row.line, field, message: `${field} already exists in the directory` });
      }
    }
  }

  private async load(id: string): Promise<ImportRecord> {
    const record = await sqlRow(
      this.db,
      importRecord,
      'SELECT id, kind, status, jsonb_array_length(good_rows) AS good_count, report, written FROM imports WHERE id = $1',
      [id],
    );
    if (!record) {
      throw new AppError('import.not_found');
    }
    return record;
  }

  private view(r: ImportRecord): ImportReport {
    return { id: r.id, kind: r.kind, status: r.status, totalRows: r.report.totalRows, goodRows: r.good_count, errors: r.report.errors, written: r.written };
  }
}
