// Compiles the solver sources (libs/domain/src/lib/matching) and the `match` CLI command to CommonJS in a
// temporary directory with @swc/core, so the benchmark runs offline without building the whole workspace.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const root = join(import.meta.dirname, '../..');
const sourceDir = join(root, 'libs/domain/src/lib/matching');
const commandFile = join(root, 'apps/cli/src/commands/match.ts');

/** Returns the directory holding index.js (the solver) and match-command.js (the CLI command). */
export function compileSolver() {
  const swc = require('@swc/core');
  const outDir = mkdtempSync(join(tmpdir(), 'torchbridge-matching-bench-'));
  mkdirSync(outDir, { recursive: true });
  const compile = (file) =>
    swc.transformFileSync(file, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: false,
    }).code;
  for (const name of readdirSync(sourceDir)) {
    if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) {
      writeFileSync(
        join(outDir, name.replace(/\.ts$/, '.js')),
        compile(join(sourceDir, name)),
      );
    }
  }
  const command = compile(commandFile).replaceAll(
    'require("@torchbridge/domain")',
    'require("./index.js")',
  );
  if (!command.includes('require("./index.js")')) {
    throw new Error('could not point the CLI command at the compiled solver');
  }
  writeFileSync(join(outDir, 'match-command.js'), command);
  return outDir;
}
