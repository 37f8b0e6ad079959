import { register } from 'tsconfig-paths';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';

// Global setup runs outside Jest's module resolver, so teach Node the workspace path aliases.
const root = resolve(__dirname, '../../..');
const base = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: root, paths: base.compilerOptions.paths });
