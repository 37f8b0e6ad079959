import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built API bundle sits beside the command line's own bundle in dist/apps. */
export function apiEntry(): string {
  const entry = join(__dirname, '..', 'api', 'main.js');
  if (!existsSync(entry)) {
    throw new Error(`The API is not built (${entry} is missing); run "npm run build" first`);
  }
  return entry;
}

export function webDist(): string | undefined {
  const dir = join(__dirname, '..', 'web');
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

export function runApi(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--enable-source-maps', apiEntry(), ...args], { env, stdio: 'inherit' });
}

/** Runs an API command (migrate, seed) to completion. */
export function runApiCommand(command: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = runApi([command], env);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`api ${command} exited with code ${code}`))));
  });
}

/** Polls /api/health until it answers 200, or fails when the process dies or time runs out. */
export async function waitForHealthy(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API stopped during start-up (exit code ${child.exitCode})`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API did not become healthy within ${timeoutMs / 1000} s`);
}
