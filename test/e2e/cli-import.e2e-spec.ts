import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, startStackOnServers, Stack } from '../support/stack';

function torchbridge(args: string[], stdin = ''): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end(stdin);
    child.once('exit', (code) => resolve({ code, out }));
  });
}

const CSV = [
  'email,displayName,category,headlineEn,headlineZh,bioEn,bioZh,sectors,stages,topics,languages,timeZone,country,city,capacity',
  'marta.koch@cli.test,Marta Koch,executive,Former Siemens Healthineers VP,前西门子医疗副总裁,Took imaging devices through MDR.,带领影像设备通过欧盟MDR认证。,medical-devices,market-validation;scaling,certification;market-entry-europe,de;en,Europe/Berlin,DE,Erlangen,2',
  'bad@cli.test,Bad Row,executive,H,头衔,B,简介,medical-devices,scaling,certification,en,Europe/Berlin,Germany,Berlin,2',
].join('\n');

describe('torchbridge import (command line)', () => {
  let stack: Stack & { cleanup(): Promise<void> };
  let dir: string;
  let file: string;

  beforeAll(async () => {
    stack = await startStackOnServers();
    dir = mkdtempSync(join(tmpdir(), 'tb-import-'));
    file = join(dir, 'mentors.csv');
    writeFileSync(file, CSV);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await stack?.cleanup();
  });

  const login = ['--url', '', '--email', 'manager@torchbridge.dev', '--password', 'lantern-orchard-42'];

  it('prints the per-row report and writes nothing when the answer is no', async () => {
    login[1] = stack.url;
    const { code, out } = await torchbridge(['import', 'mentors', file, ...login], 'n\n');
    expect(code).toBe(0);
    expect(out).toContain('1 of 2 rows are ready to import; 1 problem(s):');
    expect(out).toContain('line 3, country: country must be an ISO 3166-1 alpha-2 country code such as CN or DE');
    expect(out).toContain('Nothing was written.');
  });

  it('writes the good rows with --yes', async () => {
    const { code, out } = await torchbridge(['import', 'mentors', file, ...login, '--yes']);
    expect(code).toBe(0);
    expect(out).toContain('Wrote 1 row(s).');
    const auth = (await fetch(`${stack.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'manager@torchbridge.dev', password: 'lantern-orchard-42' }),
    }).then((r) => r.json())) as { accessToken: string };
    const page = (await fetch(`${stack.url}/api/mentors?vetting=pending&q=marta`, { headers: { authorization: `Bearer ${auth.accessToken}` } }).then((r) =>
      r.json(),
    )) as { items: { displayName: string }[] };
    expect(page.items.map((m) => m.displayName)).toEqual(['Marta Koch']);
  });

  it('exits 2 with a usage message for a bad invocation', async () => {
    const { code, out } = await torchbridge(['import', 'robots', file]);
    expect(code).toBe(2);
    expect(out).toContain('import needs a kind: mentors or startups');
  });
});
