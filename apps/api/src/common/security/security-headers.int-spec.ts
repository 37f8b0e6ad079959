import { REFRESH_COOKIE } from '@torchbridge/contracts';
import { buildRegistration } from '@torchbridge/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call } from '../../../test/http';
import { startTestApp, TestApp } from '../../../test/test-app';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** A GET with a Host header of our choosing (fetch will not send a forged one). */
function getWithHost(url: string, host: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, headers: { host } }, (res) => {
      res.resume();
      resolve(res.headers['content-security-policy'] as string | undefined);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('content security policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'tb-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Torchbridge</title><div id="root"></div>');
    t = await startTestApp({ env: { WEB_DIST_DIR: web } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('locks the web app to its own origin: scripts, styles, connections (sockets too), images and framing', async () => {
    const page = await fetch(`${t.url}/sign-in`);
    expect(page.status).toBe(200);
    const host = new URL(t.url).host;
    expect(directives(page.headers.get('content-security-policy'))).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'", `ws://${host}`, `wss://${host}`],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('sends the same policy with API answers', async () => {
    const health = await fetch(`${t.url}/api/health`);
    expect(directives(health.headers.get('content-security-policy'))['script-src']).toEqual(["'self'"]);
  });

  it('takes the socket origin from PUBLIC_URL when set, and never copies a malformed Host header', async () => {
    const own = await startTestApp({ env: { PUBLIC_URL: 'https://torchbridge.example' } });
    try {
      const reply = await fetch(`${own.url}/api/health`);
      expect(directives(reply.headers.get('content-security-policy'))['connect-src']).toEqual([
        "'self'",
        'ws://torchbridge.example',
        'wss://torchbridge.example',
      ]);
    } finally {
      await own.close();
    }
    const forged = await getWithHost(`${t.url}/api/health`, "evil.example;script-src 'unsafe-inline'");
    expect(directives(forged)['connect-src']).toEqual(["'self'"]);
    expect(directives(forged)['script-src']).toEqual(["'self'"]);
  });

  it('keeps the API docs working: their inline styles are allowed there and only there', async () => {
    const docs = await fetch(`${t.url}/api/docs`);
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(html).toContain('<style>');
    // Every script of the docs page is a file of our origin, so script-src 'self' holds there too.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const policy = directives(docs.headers.get('content-security-policy'));
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => new URL(m[1] as string, `${t.url}/api/docs`));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect({ script: script.pathname, status: (await fetch(script)).status }).toEqual({ script: script.pathname, status: 200 });
    }
  });
});

describe('refresh cookie behind a TLS-terminating proxy', () => {
  const cookieFor = async (t: TestApp, headers: Record<string, string>) => {
    const reply = await call(t.url, 'post', '/api/auth/register', { body: buildRegistration(), headers });
    expect(reply.status).toBe(201);
    return reply.headers.get('set-cookie') ?? '';
  };

  it('is Secure when a trusted proxy says the request came over https', async () => {
    const t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    try {
      expect(await cookieFor(t, { 'x-forwarded-proto': 'https' })).toMatch(new RegExp(`^${REFRESH_COOKIE}=.+; HttpOnly; Secure; SameSite=Strict$`));
      expect(await cookieFor(t, { 'x-forwarded-proto': 'http' })).not.toContain('Secure');
    } finally {
      await t.close();
    }
  });

  it('ignores X-Forwarded-Proto without TRUST_PROXY, and COOKIE_SECURE always wins', async () => {
    const untrusted = await startTestApp();
    const forcedOff = await startTestApp({ env: { TRUST_PROXY: 'true', COOKIE_SECURE: 'false' } });
    const forcedOn = await startTestApp({ env: { COOKIE_SECURE: 'true' } });
    try {
      expect(await cookieFor(untrusted, { 'x-forwarded-proto': 'https' })).not.toContain('Secure');
      expect(await cookieFor(forcedOff, { 'x-forwarded-proto': 'https' })).not.toContain('Secure');
      expect(await cookieFor(forcedOn, {})).toContain('; Secure');
    } finally {
      await Promise.all([untrusted.close(), forcedOff.close(), forcedOn.close()]);
    }
  });
});
