// Compiles the scheduler (libs/domain/src/lib/events, with the matching solver it uses for the bound) and the
// `event` CLI command to CommonJS in a temporary directory with @swc/core, so the benchmark runs offline without
// building the whole workspace.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const root = join(import.meta.dirname, '../..');
const libDir = join(root, 'libs/domain/src/lib');
const commandFile = join(root, 'apps/cli/src/commands/event.ts');

/** Returns the directory holding events/index.js (the scheduler) and event-command.js (the CLI command). */
export function compileScheduler() {
  const swc = require('@swc/core');
  const outDir = mkdtempSync(join(tmpdir(), 'torchbridge-events-bench-'));
  const compile = (file) =>
    swc.transformFileSync(file, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: false,
    }).code;
  for (const dir of ['events', 'matching']) {
    mkdirSync(join(outDir, dir));
    for (const name of readdirSync(join(libDir, dir))) {
      if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) {
        writeFileSync(
          join(outDir, dir, name.replace(/\.ts$/, '.js')),
          compile(join(libDir, dir, name)),
        );
      }
    }
  }
  const command = compile(commandFile).replaceAll(
    'require("@torchbridge/domain")',
    'require("./events/index.js")',
  );
  if (!command.includes('require("./events/index.js")')) {
    throw new Error(
      'could not point the CLI command at the compiled scheduler',
    );
  }
  writeFileSync(join(outDir, 'event-command.js'), command);
  return outDir;
}
