import { getMetadataStorage } from 'class-validator';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../..');
const VALIDATORS = join(SRC, 'common', 'http', 'validators.ts');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return files(path);
    }
    return /\.ts$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
  });
}

const dtoFiles = files(join(SRC, 'modules')).filter((f) => f.endsWith('.dto.ts'));

/** Every class a DTO file exports. */
function dtoClasses(): { name: string; cls: new () => object }[] {
  return dtoFiles.flatMap((file) =>
    Object.entries(require(file) as Record<string, unknown>)
      .filter((entry): entry is [string, new () => object] => typeof entry[1] === 'function')
      .map(([name, cls]) => ({ name, cls })),
  );
}

// Properties that hold a name or a title: one line of plain text, shown to other people.
const NAME_PROPERTIES = new Set(['displayName', 'name', 'nameEn', 'nameZh', 'title', 'city', 'province', 'headlineEn', 'headlineZh', 'fileName', 'conflicts']);

describe('DTO rules of the input policy', () => {
  it('no code uses IsOptional, which lets null through to NOT NULL columns: fields use Optional() from validators.ts', () => {
    const offenders = files(SRC)
      .filter((f) => f !== VALIDATORS)
      .filter((f) => /\bIsOptional\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('finds the DTO files it checks', () => {
    expect(dtoFiles.length).toBeGreaterThanOrEqual(6);
    expect(dtoClasses().map((c) => c.name)).toEqual(expect.arrayContaining(['UpdateMeDto', 'RegisterDto', 'CreateGroupConversationDto', 'StartupProfileDto']));
  });

  it('every name or title field of a request DTO is checked by IsNameText', () => {
    const storage = getMetadataStorage();
    const missing = dtoClasses().flatMap(({ name, cls }) => {
      const metadata = storage.getTargetValidationMetadatas(cls, '', true, false);
      const validated = new Set(metadata.map((m) => m.propertyName));
      const named = new Set(metadata.filter((m) => m.name === 'isNameText').map((m) => m.propertyName));
      return [...validated].filter((property) => NAME_PROPERTIES.has(property) && !named.has(property)).map((property) => `${name}.${property}`);
    });
    expect(missing).toEqual([]);
  });
});
