import type { WeeklyRule } from '@torchbridge/contracts';
import type { DataSource, QueryRunner } from 'typeorm';
import { passwordHasher } from '../../modules/auth/password-hasher';
import { buildDemoData, type DemoPark, type ParkRef } from './demo-data';

export const DEMO_PASSWORD = 'lantern-orchard-42';

export interface DemoSeedReport {
  parks: number;
  incubators: number;
  mentors: number;
  startups: number;
  users: number;
}

type Cast =
  | 'text'
  | 'text[]'
  | 'int'
  | 'int[]'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'uuid'
  | 'jsonb';
type ColumnSpec = readonly (readonly [name: string, cast: Cast])[];

// PostgreSQL accepts at most 65,535 bind parameters per statement.
const MAX_PARAMETERS = 60_000;

/** The demo mentors' weekly hours, on each mentor's own clock. */
const DEMO_WEEKLY_RULES: WeeklyRule[] = [
  { weekday: 2, startMinute: 8 * 60, endMinute: 11 * 60 },
  { weekday: 3, startMinute: 18 * 60, endMinute: 20 * 60 },
  { weekday: 4, startMinute: 8 * 60, endMinute: 11 * 60 },
];

/** Multi-row INSERT with typed placeholders; returns how many rows the conflict clause let through. */
async function insertRows(
  runner: QueryRunner,
  table: string,
  columns: ColumnSpec,
  rows: readonly (readonly unknown[])[],
  onConflict: string,
): Promise<number> {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  let written = 0;
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      if (row.length !== columns.length) {
        throw new Error(
          `demo seed: ${table} row has ${row.length} values for ${columns.length} columns`,
        );
      }
      const placeholders = columns.map(([, cast], i) => {
        params.push(row[i]);
        return `$${params.length}::${cast}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    const returned = (await runner.query(
      `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
       VALUES ${tuples.join(',\n')}
       ${onConflict}
       RETURNING 1`,
      params,
    )) as unknown[];
    written += returned.length;
  }
  return written;
}

async function keyedIds(
  runner: QueryRunner,
  sql: string,
  params: unknown[],
): Promise<Map<string, string>> {
  const rows = (await runner.query(sql, params)) as {
    id: string;
    key: string;
  }[];
  return new Map(rows.map((row) => [row.key, row.id]));
}

function required(
  ids: ReadonlyMap<string, string>,
  key: string,
  what: string,
): string {
  const id = ids.get(key);
  if (id === undefined) {
    throw new Error(`demo seed: ${what} "${key}" is missing after insert`);
  }
  return id;
}

/**
 * Writes the demo data set in one transaction. Rows are matched on their natural keys and existing rows are
 * left alone, so running it again (or on every boot) changes nothing and never overwrites edits made in the demo.
 */
export async function seedDemo(
  db: DataSource,
  log?: (line: string) => void,
): Promise<DemoSeedReport> {
  const started = Date.now();
  const data = buildDemoData();
  // One argon2 hash shared by every demo account keeps seeding ~200 users fast.
  const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);

  let report: DemoSeedReport;
  let added: string;
  const runner = db.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    // Two instances booting together would otherwise race on the same unique keys.
    await runner.query(
      `SELECT pg_advisory_xact_lock(hashtext('torchbridge:demo-seed'))`,
    );

    const newUsers = await insertRows(
      runner,
      'users',
      [
        ['email', 'text'],
        ['password_hash', 'text'],
        ['display_name', 'text'],
        ['role', 'text'],
        ['locale', 'text'],
        ['time_zone', 'text'],
      ],
      data.users.map((user) => [
        user.email,
        passwordHash,
        user.displayName,
        user.role,
        user.locale,
        user.timeZone,
      ]),
      'ON CONFLICT (email) DO NOTHING',
    );
    const userRows = (await runner.query(
      `SELECT id, email, role FROM users WHERE email = ANY($1::text[])`,
      [data.users.map((user) => user.email)],
    )) as { id: string; email: string; role: string }[];
    const users = new Map(userRows.map((row) => [row.email, row]));
    // An address already registered under another role is left as it is rather than given demo rows.
    const demoRoles = new Map(
      data.users.map((user) => [user.email, user.role]),
    );
    const skipped = new Set<string>();
    const idOfEmail = (email: string): string | null => {
      const row = users.get(email);
      const role = demoRoles.get(email);
      if (row === undefined || role === undefined) {
        throw new Error(`demo seed: user "${email}" is missing after insert`);
      }
      if (row.role === role) {
        return row.id;
      }
      if (!skipped.has(email)) {
        skipped.add(email);
        log?.(
          `demo seed: ${email} exists as ${row.role}, not ${role}; skipping its demo rows`,
        );
      }
      return null;
    };

    // Parks carry two unique keys (torch_no and lower(name_en)); a bare ON CONFLICT covers both.
    const parkColumns: ColumnSpec = [
      ['torch_no', 'int'],
      ['name_en', 'text'],
      ['name_zh', 'text'],
      ['city', 'text'],
      ['province', 'text'],
      ['country', 'text'],
      ['region', 'text'],
      ['website', 'text'],
    ];
    const parkRow = (park: DemoPark) => [
      park.torchNo,
      park.nameEn,
      park.nameZh,
      park.city,
      park.province,
      park.country,
      park.region,
      park.website,
    ];
    const newParks = await insertRows(
      runner,
      'parks',
      parkColumns,
      data.parks.map(parkRow),
      'ON CONFLICT DO NOTHING',
    );
    // National parks loaded earlier without Chinese names get them; names someone already set are kept.
    const stips = data.parks.filter((park) => park.torchNo !== null);
    await runner.query(
      `UPDATE parks p SET name_zh = v.name_zh
         FROM unnest($1::int[], $2::text[]) AS v(torch_no, name_zh)
        WHERE p.torch_no = v.torch_no AND p.name_zh IS NULL`,
      [stips.map((park) => park.torchNo), stips.map((park) => park.nameZh)],
    );
    const parkRows = (await runner.query(
      `SELECT id, torch_no, lower(name_en) AS name_key FROM parks
        WHERE torch_no = ANY($1::int[]) OR lower(name_en) = ANY($2::text[])`,
      [
        stips.map((park) => park.torchNo),
        data.parks.map((park) => park.nameEn.toLowerCase()),
      ],
    )) as { id: string; torch_no: number | null; name_key: string }[];
    const parkByTorchNo = new Map(
      parkRows.flatMap((row) =>
        row.torch_no === null ? [] : [[row.torch_no, row.id]],
      ),
    );
    const parkByName = new Map(parkRows.map((row) => [row.name_key, row.id]));
    const parkIdOf = (park: DemoPark): string => {
      const byNo =
        park.torchNo === null ? undefined : parkByTorchNo.get(park.torchNo);
      return byNo ?? required(parkByName, park.nameEn.toLowerCase(), 'park');
    };
    const parkId = (ref: ParkRef): string => {
      const park = data.parks.find((candidate) =>
        'hub' in ref
          ? candidate.hub === ref.hub
          : candidate.torchNo === ref.torchNo,
      );
      if (park === undefined) {
        throw new Error(`demo seed: unknown park ${JSON.stringify(ref)}`);
      }
      return parkIdOf(park);
    };
    const parkIds = new Set(data.parks.map(parkIdOf));

    const newIncubators = await insertRows(
      runner,
      'incubators',
      [
        ['name_en', 'text'],
        ['name_zh', 'text'],
        ['park_id', 'uuid'],
        ['kind', 'text'],
        ['city', 'text'],
        ['country', 'text'],
      ],
      data.incubators.map((incubator) => [
        incubator.nameEn,
        incubator.nameZh,
        parkId(incubator.park),
        incubator.kind,
        incubator.city,
        incubator.country,
      ]),
      'ON CONFLICT ((lower(name_en))) DO NOTHING',
    );
    const incubatorByName = await keyedIds(
      runner,
      `SELECT id, lower(name_en) AS key FROM incubators WHERE lower(name_en) = ANY($1::text[])`,
      [data.incubators.map((incubator) => incubator.nameEn.toLowerCase())],
    );
    const incubatorId = (key: string): string => {
      const incubator = data.incubators.find(
        (candidate) => candidate.key === key,
      );
      if (incubator === undefined) {
        throw new Error(`demo seed: unknown incubator "${key}"`);
      }
      return required(
        incubatorByName,
        incubator.nameEn.toLowerCase(),
        'incubator',
      );
    };

    await insertRows(
      runner,
      'incubator_managers',
      [
        ['incubator_id', 'uuid'],
        ['user_id', 'uuid'],
      ],
      data.incubatorManagers.flatMap((link) => {
        const managerId = idOfEmail(link.userEmail);
        return managerId === null
          ? []
          : [[incubatorId(link.incubatorKey), managerId]];
      }),
      'ON CONFLICT DO NOTHING',
    );

    const newStartups = await insertRows(
      runner,
      'startups',
      [
        ['name_en', 'text'],
        ['name_zh', 'text'],
        ['incubator_id', 'uuid'],
        ['sectors', 'text[]'],
        ['stage', 'text'],
        ['founded_year', 'int'],
        ['team_size', 'int'],
        ['languages', 'text[]'],
        ['time_zone', 'text'],
        ['market_direction', 'text'],
        ['target_markets', 'text[]'],
        ['needs', 'text[]'],
        ['pitch_en', 'text'],
        ['pitch_zh', 'text'],
        ['high_tech_enterprise', 'boolean'],
      ],
      data.startups.map((startup) => [
        startup.nameEn,
        startup.nameZh,
        incubatorId(startup.incubatorKey),
        startup.sectors,
        startup.stage,
        startup.foundedYear,
        startup.teamSize,
        startup.languages,
        startup.timeZone,
        startup.marketDirection,
        startup.targetMarkets,
        startup.needs,
        startup.pitchEn,
        startup.pitchZh,
        startup.highTechEnterprise,
      ]),
      'ON CONFLICT ((lower(name_en))) DO NOTHING',
    );
    const startupByName = await keyedIds(
      runner,
      `SELECT id, lower(name_en) AS key FROM startups WHERE lower(name_en) = ANY($1::text[])`,
      [data.startups.map((startup) => startup.nameEn.toLowerCase())],
    );

    await insertRows(
      runner,
      'startup_founders',
      [
        ['startup_id', 'uuid'],
        ['user_id', 'uuid'],
      ],
      data.startups.flatMap((startup) => {
        const founderId = idOfEmail(startup.founderEmail);
        const startupId = required(
          startupByName,
          startup.nameEn.toLowerCase(),
          'startup',
        );
        return founderId === null ? [] : [[startupId, founderId]];
      }),
      'ON CONFLICT DO NOTHING',
    );

    const mentorRows = data.mentors.flatMap((mentor) => {
      const mentorId = idOfEmail(mentor.userEmail);
      if (mentorId === null) {
        return [];
      }
      const vettedBy =
        mentor.vettedByEmail === null
          ? null
          : (users.get(mentor.vettedByEmail)?.id ?? null);
      return [
        [
          mentorId,
          mentor.category,
          mentor.headlineEn,
          mentor.headlineZh,
          mentor.bioEn,
          mentor.bioZh,
          mentor.sectors,
          mentor.stages,
          mentor.topics,
          mentor.languages,
          mentor.timeZone,
          mentor.country,
          mentor.city,
          mentor.capacity,
          mentor.status,
          mentor.pausedUntil,
          mentor.conflicts,
          mentor.vetting,
          mentor.vettingReason,
          vettedBy,
          mentor.vettedAt,
        ],
      ];
    });
    const newMentors = await insertRows(
      runner,
      'mentor_profiles',
      [
        ['user_id', 'uuid'],
        ['category', 'text'],
        ['headline_en', 'text'],
        ['headline_zh', 'text'],
        ['bio_en', 'text'],
        ['bio_zh', 'text'],
        ['sectors', 'text[]'],
        ['stages', 'text[]'],
        ['topics', 'text[]'],
        ['languages', 'text[]'],
        ['time_zone', 'text'],
        ['country', 'text'],
        ['city', 'text'],
        ['capacity', 'int'],
        ['status', 'text'],
        ['paused_until', 'date'],
        ['conflicts', 'text[]'],
        ['vetting', 'text'],
        ['vetting_reason', 'text'],
        ['vetted_by', 'uuid'],
        ['vetted_at', 'timestamptz'],
      ],
      mentorRows,
      'ON CONFLICT (user_id) DO NOTHING',
    );
    const [mentorCount] = (await runner.query(
      `SELECT count(*)::int AS count FROM mentor_profiles WHERE user_id = ANY($1::uuid[])`,
      [mentorRows.map((row) => row[0])],
    )) as { count: number }[];

    // Every approved mentor opens hours a founder in China and one in Europe can both reach: mornings on their
    // own clock on Tuesday and Thursday (afternoon in Shanghai for a Berlin mentor), and a Wednesday evening.
    const newAvailability = await insertRows(
      runner,
      'mentor_availability',
      [
        ['mentor_id', 'uuid'],
        ['time_zone', 'text'],
        ['rules', 'jsonb'],
        ['session_lengths', 'int[]'],
        ['buffer_after_minutes', 'int'],
        ['minimum_notice_minutes', 'int'],
        ['horizon_days', 'int'],
        ['meeting_link', 'text'],
      ],
      (
        (await runner.query(
          `SELECT id, time_zone FROM mentor_profiles WHERE user_id = ANY($1::uuid[]) AND vetting = 'approved'`,
          [mentorRows.map((row) => row[0])],
        )) as { id: string; time_zone: string }[]
      ).map((mentor) => [
        mentor.id,
        mentor.time_zone,
        JSON.stringify(DEMO_WEEKLY_RULES),
        [30, 60],
        10,
        12 * 60,
        60,
        `https://meet.jit.si/torchbridge-${mentor.id.slice(0, 8)}`,
      ]),
      'ON CONFLICT (mentor_id) DO NOTHING',
    );

    await runner.commitTransaction();
    report = {
      parks: parkIds.size,
      incubators: incubatorByName.size,
      mentors: mentorCount?.count ?? 0,
      startups: startupByName.size,
      users: users.size,
    };
    added = `${newUsers} users, ${newParks} parks, ${newIncubators} incubators, ${newStartups} startups, ${newMentors} mentors, ${newAvailability} mentors' hours`;
  } catch (error) {
    // A failed rollback must not hide the error that caused it.
    await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
  log?.(
    `demo seed: added ${added} in ${Date.now() - started} ms; demo set now ${JSON.stringify(report)}`,
  );
  return report;
}
