// Repeated runs, shared by the benchmarks: the machine is shared and noisy, so every benchmark runs its measurement
// --runs=N times (default 3), each run against its own reference in that run, and reports per figure the median
// and the worst of the runs (worst = highest latency, lowest throughput) next to every run's figures.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './report.mjs';

/** `--runs=N` (default 3) and `--no-write` (print the section, leave docs/benchmarks.md alone). */
export function runOptions(usage, argv = process.argv.slice(2)) {
  const options = { runs: 3, write: true };
  for (const arg of argv) {
    const [, name, value] = /^--([\w-]+)(?:=(.*))?$/.exec(arg) ?? [];
    if (name === 'runs' && /^[1-9]$/.test(value ?? '')) {
      options.runs = Number(value);
    } else if (name === 'no-write' && value === undefined) {
      options.write = false;
    } else {
      console.error(
        `unknown argument ${arg}\nusage: ${usage} [--runs=1..9] [--no-write]`,
      );
      process.exit(2);
    }
  }
  return options;
}

/** The middle value; with an even count the mean of the two middle ones. Non-finite values are left out. */
export function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) {
    return NaN;
  }
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The worst value: the highest where lower is better (latency), the lowest where higher is better (throughput). */
export function worst(values, better) {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) {
    return NaN;
  }
  return better === 'higher' ? Math.min(...v) : Math.max(...v);
}

export const fixed = (digits) => (v) =>
  Number.isFinite(v) ? v.toFixed(digits) : '—';
export const whole = (v) => (Number.isFinite(v) ? String(Math.round(v)) : '—');

/** "median X, worst Y (runs: a, b, c)" for one figure measured once per run. */
export function spread(values, better, format = fixed(1), unit = '') {
  return `median ${format(median(values))}${unit}, worst ${format(worst(values, better))}${unit} (runs: ${values.map(format).join(', ')})`;
}

/** The 1, 5 and 15 minute load averages. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');

/** The commit measured, naming the top-level folders of apps/api and libs that had uncommitted changes. */
export function revision() {
  const git = (...args) =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trimEnd();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = [
      ...new Set(
        git('status', '--porcelain', '--', 'apps/api', 'libs')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.slice(3).split('/').slice(0, 2).join('/')),
      ),
    ];
    return changed.length
      ? `${commit} (uncommitted changes in ${changed.join(', ')} at the time)`
      : commit;
  } catch {
    return 'unknown commit';
  }
}

/** Calls measure(run) `runs` times; logs the load average before each run. Returns { results, loads, seconds }. */
export async function repeat(runs, measure) {
  const results = [];
  const loads = [];
  const started = performance.now();
  for (let run = 1; run <= runs; run++) {
    loads.push(os.loadavg()[0]);
    console.log(`run ${run}/${runs}, load average ${loadAverage()}`);
    const result = await measure(run);
    results.push(result);
  }
  return { results, loads, seconds: (performance.now() - started) / 1000 };
}

/**
 * The summary table: one line per row with the median and the worst of the runs for each figure, counters summed
 * over the runs, and the figures published before (if any) in the last column.
 *   head:    labels of the leading cells, e.g. ['endpoint'] or ['server', 'target msg/s']
 *   rows:    [{ key, cells: [...], before?: { [figure key]: number } }]
 *   runs:    one object per run, { [row key]: result }; a row may be missing from some runs
 *   figures: [{ key, label, better: 'lower' | 'higher', format }]
 *   totals:  [{ keys: [...], label }], each summed over the runs and shown as "a / b / …"
 *   before:  label of the last column, when rows carry `before`
 */
export function summaryTable({
  head,
  rows,
  runs,
  figures,
  totals = [],
  before,
}) {
  const counted = rows.map((r) => runs.filter((run) => run[r.key]).length);
  const showCount = counted.some((n) => n !== runs.length);
  const header = [
    ...head,
    ...figures.flatMap((f) => [`${f.label} median`, `${f.label} worst`]),
    ...totals.map((t) => t.label),
    ...(showCount ? ['runs'] : []),
    ...(before ? [before] : []),
  ];
  const align = [
    ...head.map((_, i) => (i === 0 ? '---' : '---:')),
    ...figures.flatMap(() => ['---:', '---:']),
    ...totals.map(() => '---:'),
    ...(showCount ? ['---:'] : []),
    ...(before ? ['---'] : []),
  ];
  const lines = rows.map((r, i) => {
    const measured = runs.map((run) => run[r.key]).filter(Boolean);
    const cells = [
      ...r.cells,
      ...figures.flatMap((f) => {
        const values = measured.map((m) => m[f.key]);
        return [f.format(median(values)), f.format(worst(values, f.better))];
      }),
      ...totals.map((t) =>
        t.keys
          .map((k) => measured.reduce((sum, m) => sum + (m[k] ?? 0), 0))
          .join(' / '),
      ),
      ...(showCount ? [`${counted[i]} of ${runs.length}`] : []),
      ...(before
        ? [
            r.before
              ? figures
                  .filter((f) => r.before[f.key] !== undefined)
                  .map((f) => f.format(r.before[f.key]))
                  .join(' · ')
              : '—',
          ]
        : []),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...lines,
  ].join('\n');
}

/** Every run's figures, one column per run, collapsed: `describe(result)` writes one cell. */
export function perRunTable({ head, rows, runs, loads, describe }) {
  const header = [head, ...runs.map((_, i) => `run ${i + 1}`)];
  const lines = [
    `| load average at start | ${loads.map((l) => l.toFixed(2)).join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${r.cells.join(', ')} | ${runs.map((run) => (run[r.key] ? describe(run[r.key]) : '—')).join(' | ')} |`,
    ),
  ];
  return `<details><summary>Figures of each run</summary>

| ${header.join(' | ')} |
| --- | ${runs.map(() => '---:').join(' | ')} |
${lines.join('\n')}

</details>`;
}
