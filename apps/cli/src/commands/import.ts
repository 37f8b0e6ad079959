import type { AuthResponse, ErrorBody, ImportReport } from '@torchbridge/contracts';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';

export interface ImportOptions {
  kind: 'mentors' | 'startups';
  file: string;
  url: string;
  email: string;
  password: string;
  yes: boolean;
}

export class ImportUsageError extends Error {}

/** Parses `import <mentors|startups> FILE [--url U] [--email E] [--password P] [--yes]`. */
export function parseImportArgs(args: string[], env: { url?: string; email?: string; password?: string }): ImportOptions {
  const [kind, file, ...rest] = args;
  if (kind !== 'mentors' && kind !== 'startups') {
    throw new ImportUsageError('import needs a kind: mentors or startups');
  }
  if (!file) {
    throw new ImportUsageError('import needs the CSV file to read');
  }
  const flag = (name: string) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const email = flag('email') ?? env.email;
  const password = flag('password') ?? env.password;
  if (!email || !password) {
    throw new ImportUsageError('import needs a manager sign-in: --email and --password (or TORCHBRIDGE_EMAIL / TORCHBRIDGE_PASSWORD)');
  }
  return { kind, file, url: (flag('url') ?? env.url ?? 'http://localhost:3000').replace(/\/$/, ''), email, password, yes: rest.includes('--yes') };
}

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T | ErrorBody;
  if (!res.ok) {
    throw new Error((json as ErrorBody).message ?? `HTTP ${res.status}`);
  }
  return json as T;
}

export function formatReport(report: ImportReport): string {
  const lines = [`${report.goodRows} of ${report.totalRows} rows are ready to import; ${report.errors.length} problem(s):`];
  for (const e of report.errors) {
    lines.push(`  line ${e.line}, ${e.field}: ${e.message}`);
  }
  return lines.join('\n');
}

/** Checks the file on the server, shows the per-row report, and writes the good rows only when confirmed. */
export async function importCommand(options: ImportOptions, out: (line: string) => void, ask?: (question: string) => Promise<string>): Promise<ImportReport> {
  const csv = readFileSync(options.file, 'utf8');
  const auth = await post<AuthResponse>(`${options.url}/api/auth/login`, { email: options.email, password: options.password, tokenDelivery: 'body' });
  const report = await post<ImportReport>(`${options.url}/api/imports`, { kind: options.kind, csv, fileName: basename(options.file) }, auth.accessToken);
  out(formatReport(report));
  if (report.goodRows === 0) {
    out('Nothing to write.');
    return report;
  }
  let confirmed = options.yes;
  if (!confirmed) {
    const prompt = ask ?? (async (question: string) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    });
    confirmed = /^y(es)?$/i.test((await prompt(`Write the ${report.goodRows} good row(s)? [y/N] `)).trim());
  }
  if (!confirmed) {
    out('Nothing was written.');
    return report;
  }
  const done = await post<ImportReport>(`${options.url}/api/imports/${report.id}/confirm`, {}, auth.accessToken);
  out(`Wrote ${done.written ?? 0} row(s).`);
  return done;
}
