import express from 'express';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger, httpLogger, PinoNestLogger } from './logging';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>));
      done();
    },
  });
  return { lines, logger: createLogger({ LOG_LEVEL: 'info', LOG_PRETTY: false }, stream) };
}

describe('logging', () => {
  it("writes Nest's log calls as JSON lines with their context, level and error stack", () => {
    const { lines, logger } = capture();
    const nest = new PinoNestLogger(logger);
    nest.log('Nest application successfully started', 'NestApplication');
    nest.warn('Presence for u1 not announced', 'ChatGateway');
    nest.error('Handler failed', 'Error: boom\n    at x', 'ChatGateway');
    nest.debug('hidden below info', 'ChatGateway');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, context: 'NestApplication', msg: 'Nest application successfully started', service: 'torchbridge-api' }),
      expect.objectContaining({ level: 40, context: 'ChatGateway', msg: 'Presence for u1 not announced' }),
      expect.objectContaining({ level: 50, context: 'ChatGateway', msg: 'Handler failed', stack: 'Error: boom\n    at x' }),
    ]);
  });

  it('logs each HTTP request once with a request id, keeps a sane x-request-id and redacts credentials', async () => {
    const { lines, logger } = capture();
    const app = express();
    app.use(httpLogger(logger));
    app.get('/api/health', (_req, res) => res.json({ ok: true }));
    app.get('/api/me', (_req, res) => res.json({ ok: true }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/api/health`);
      await fetch(`${base}/api/me`, { headers: { authorization: 'Bearer secret-token', 'x-request-id': 'req-42' } });
      await fetch(`${base}/api/me`, { headers: { 'x-request-id': 'not a sane id!' } });
    } finally {
      server.close();
    }
    const requests = lines.filter((l) => l['msg'] === 'request completed');
    expect(requests).toHaveLength(2);
    const [given, generated] = requests as [Record<string, { id?: string; headers?: Record<string, string> }>, Record<string, { id?: string }>];
    expect(given['req']?.id).toBe('req-42');
    expect(given['req']?.headers?.['authorization']).toBe('[redacted]');
    expect(generated['req']?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(lines)).not.toContain('secret-token');
  });
});
