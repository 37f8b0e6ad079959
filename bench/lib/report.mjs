// Shared by the benchmarks: percentiles, machine facts, and writing one section of docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function percentile(sorted, p) {
  if (sorted.length === 0) {
    return NaN;
  }
  const index = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)];
}

export function machine() {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces (or appends) the section that starts with `## <title>` in docs/benchmarks.md. */
export function writeSection(title, body) {
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nEach section is written by the benchmark it names; rerun it to refresh the figures.\n';
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = current.indexOf(heading);
  let next;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${section}`;
  } else {
    const after = current.indexOf('\n## ', start + heading.length);
    next =
      current.slice(0, start) +
      section +
      (after === -1 ? '' : `\n${current.slice(after + 1)}`);
  }
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}
