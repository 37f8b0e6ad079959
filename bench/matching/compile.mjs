// Compiles the solver sources (libs/domain/src/lib/matching, TypeScript) to CommonJS in a temporary directory
// with @swc/core, so the benchmark runs offline without a build of the whole workspace.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const root = join(import.meta.dirname, '../..');
const sourceDir = join(root, 'libs/domain/src/lib/matching');

export function compileSolver() {
  const swc = require('@swc/core');
  const outDir = mkdtempSync(join(tmpdir(), 'torchbridge-matching-bench-'));
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(sourceDir)) {
    if (!name.endsWith('.ts') || name.endsWith('.spec.ts')) {
      continue;
    }
    const { code } = swc.transformFileSync(join(sourceDir, name), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: false,
    });
    writeFileSync(join(outDir, name.replace(/\.ts$/, '.js')), code);
  }
  return outDir;
}
