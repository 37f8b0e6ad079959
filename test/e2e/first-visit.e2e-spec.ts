import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, seriousViolations } from '../support/browser';
import { startStackOnServers, Stack } from '../support/stack';

/** A new user's first visit: register, sign out, sign in, switch to Chinese, sign out — in Chromium. */
describe('first visit in a browser', () => {
  let stack: Stack & { cleanup(): Promise<void> };
  let browser: Browser;
  let page: Page;
  const email = `e2e-${randomUUID().slice(0, 8)}@example.test`;
  const password = 'shenzhen-berlin-2026';
  const policyViolations: string[] = [];

  beforeAll(async () => {
    stack = await startStackOnServers();
    browser = await launchChromium();
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'en-US', viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    // Chromium reports every script, style, image or connection the Content-Security-Policy refused.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        policyViolations.push(message.text());
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  it('serves the app and the API from the printed URL', async () => {
    const health = await fetch(`${stack.url}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', mode: 'clustered', database: { status: 'up' }, redis: { status: 'up' } });
    await page.goto(stack.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(page.url()).toMatch(/\/sign-in$/);
    await screenshot(page, '01-sign-in');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('registers a founder and lands on the home page', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    // The sign-in page has Email and Password fields too: fill only once the register page is there.
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Display name').fill('Zhou Min 周敏');
    await page.getByLabel('Founder').check().catch(async () => page.getByLabel('I am a').selectOption({ label: 'Founder' }));
    await screenshot(page, '02-register');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: /Zhou Min 周敏/ }).waitFor();
    await screenshot(page, '03-home');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('stays signed in across a reload (silent refresh from the cookie)', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Zhou Min 周敏/ }).waitFor();
  });

  it('shows the science parks from the demo data', async () => {
    await page.getByRole('link', { name: 'Science parks' }).click();
    await page.getByText('Zhongguancun Science Park').waitFor();
    await screenshot(page, '04-parks');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('signs out and back in', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /incorrect/i }).waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Zhou Min 周敏/ }).waitFor();
  });

  it('switches the interface to Simplified Chinese and remembers it for the account', async () => {
    await page.getByLabel('Language').selectOption({ label: '简体中文' });
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await screenshot(page, '05-home-zh');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    const me = await page.evaluate(async (base) => {
      const refresh = await fetch(`${base}/api/auth/refresh`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' });
      return (await refresh.json()).user.locale as string;
    }, stack.url);
    expect(me).toBe('zh-CN');
  });

  it('signs out in Chinese', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await screenshot(page, '06-sign-in-zh');
  });

  it('is usable at phone width', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByLabel('语言').selectOption({ label: 'English' });
    await page.getByLabel('Email').fill('founder@demo.torchbridge.dev');
    await page.getByLabel('Password').fill('lantern-orchard-42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The demo founder chose Chinese, so the interface follows the account, not the sign-in page.
    await page.getByRole('heading', { level: 1, name: /欢迎/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '07-home-phone');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('breaks no rule of the content security policy on any page it visited', () => {
    expect(policyViolations).toEqual([]);
  });
});
