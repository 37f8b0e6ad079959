import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { READ_ANYWHERE, TABLE_OWNERS, TableName } from './table-owners';

const SRC = resolve(__dirname, '..');
const MIGRATION_DIR = join(SRC, 'database', 'migrations');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return files(path);
    }
    return /\.tsx?$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
  });
}

/** The owner a source file belongs to: its module, `common`, `realtime`, or null for database/config/root. */
function ownerOf(path: string): string | null {
  const rel = relative(SRC, path).split(/[\\/]/);
  if (rel[0] === 'modules') {
    return rel[1] ?? null;
  }
  return rel[0] === 'common' || rel[0] === 'realtime' ? rel[0] : null;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const TABLES = Object.keys(TABLE_OWNERS) as TableName[];
const REFERENCE = /\b(FROM|JOIN|INTO|UPDATE|TABLE|DELETE\s+FROM)\s+([a-z_][a-z0-9_]*)/gi;
const WRITE = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_][a-z0-9_]*)/gi;

interface Reference {
  file: string;
  table: TableName;
  write: boolean;
}

function references(path: string): Reference[] {
  const text = stripComments(readFileSync(path, 'utf8'));
  const found: Reference[] = [];
  for (const [pattern, write] of [[REFERENCE, false], [WRITE, true]] as const) {
    for (const match of text.matchAll(pattern)) {
      const table = match[2]?.toLowerCase() as TableName;
      if (TABLES.includes(table)) {
        found.push({ file: relative(SRC, path), table, write });
      }
    }
  }
  return found;
}

const sources = files(SRC).filter((f) => !f.startsWith(MIGRATION_DIR) && !f.includes(`${join('database', 'seed')}`));

describe('module boundaries', () => {
  it('every table has an owner that exists', () => {
    for (const owner of new Set(Object.values(TABLE_OWNERS))) {
      const dir = owner === 'common' ? join(SRC, 'common') : join(SRC, 'modules', owner);
      expect({ owner, exists: statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false }).toEqual({ owner, exists: true });
    }
  });

  it('only the owning module names a table in SQL (access may read any table, never write)', () => {
    const offences: string[] = [];
    for (const path of sources) {
      const owner = ownerOf(path);
      for (const ref of references(path)) {
        const readOnly = (READ_ANYWHERE as readonly (string | null)[]).includes(owner);
        if (owner === TABLE_OWNERS[ref.table] || (readOnly && !ref.write)) {
          continue;
        }
        offences.push(`${ref.file} ${ref.write ? 'writes' : 'reads'} ${ref.table}, owned by ${TABLE_OWNERS[ref.table]}`);
      }
    }
    expect([...new Set(offences)]).toEqual([]);
  });

  it("a module imports another module only through its index, and common code imports no module", () => {
    const offences: string[] = [];
    for (const path of sources) {
      const owner = ownerOf(path);
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(/from\s+'(\.[^']+)'/g)) {
        const target = resolve(dirname(path), match[1] ?? '');
        const rel = relative(SRC, target).split(/[\\/]/);
        // The composition roots (app module, data source) wire every module together.
        if (owner === null || rel[0] !== 'modules' || rel[1] === owner) {
          continue;
        }
        const throughIndex = rel.length === 2 || (rel.length === 3 && rel[2] === 'index');
        if (owner === 'common' || !throughIndex) {
          offences.push(`${relative(SRC, path)} imports ${relative(SRC, target)}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('finds the references it is meant to find', () => {
    // Guards the scanner itself: the owners' own SQL must be seen, or the test above proves nothing.
    const seen = new Set(sources.flatMap(references).map((r) => r.table));
    expect(TABLES.filter((t) => !seen.has(t) && t !== 'refresh_tokens' && t !== 'users')).toEqual([]);
  });
});
