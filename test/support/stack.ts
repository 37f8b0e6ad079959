import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  testServices,
} from '@torchbridge/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'dist/apps/cli/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Stack {
  url: string;
  /** The launcher's process id. */
  pid: number;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Runs the first README command's launcher (`torchbridge start`) and waits for the URL it prints. */
export async function startStack(
  env: Record<string, string>,
  options: { cwd?: string } = {},
): Promise<Stack> {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: build first (npm run build)`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'start'], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`start timed out:\n${log}`)),
      90_000,
    );
    const onData = () => {
      const match = /Torchbridge is running at (http:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolveUrl((match[1] as string).replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`start exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    pid: child.pid as number,
    output: () => log,
    stop: () =>
      new Promise((resolveExit) => {
        // A launcher killed by a signal has no exit code, only a signal; its 'exit' event may have passed already.
        if (child.exitCode !== null || child.signalCode !== null) {
          resolveExit(child.exitCode);
          return;
        }
        child.once('exit', (code) => resolveExit(code));
        child.kill('SIGTERM');
      }),
  };
}

/** Runs `torchbridge start` expecting it to give up: its exit code and everything it printed. */
export function startExpectingFailure(
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [CLI, 'start'], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolveRun, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `start kept running although it should have stopped:\n${output}`,
        ),
      );
    }, options.timeoutMs ?? 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
  });
}

/** A stack on the machine's PostgreSQL and Redis, with its own database. */
export async function startStackOnServers(): Promise<
  Stack & { cleanup(): Promise<void> }
> {
  const name = `tb_e2e_${process.pid}_${Date.now().toString(36)}`;
  await createDatabase(name);
  const dataDir = mkdtempSync(join(tmpdir(), 'tb-e2e-'));
  const stack = await startStack({
    DATABASE_URL: databaseUrl(name),
    REDIS_URL: testServices.redisUrl,
    REDIS_PREFIX: `tb:${name}:`,
    TORCHBRIDGE_DATA_DIR: dataDir,
  });
  return {
    ...stack,
    async cleanup() {
      await stack.stop();
      await dropDatabase(name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
