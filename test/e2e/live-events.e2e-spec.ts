import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, seriousViolations } from '../support/browser';
import { DEMO_PASSWORD, signInInEnglish as signIn } from '../support/flows';
import { startStackOnServers, Stack } from '../support/stack';

/** JSON against the running API, as a second client would send it. */
async function api<T>(url: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${url}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) {
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

async function register(url: string, role: 'founder' | 'mentor', displayName: string, email: string, timeZone: string) {
  return api<{ accessToken: string; user: { id: string } }>(url, '/auth/register', {
    method: 'POST',
    body: { email, password: DEMO_PASSWORD, displayName, role, timeZone, locale: 'en', tokenDelivery: 'body' },
  });
}

/**
 * Domain events seen by a user: a founder keeps the messages page open in Shenzhen while a mentor in Berlin accepts
 * the request in another browser; the conversation appears and the bell rings without a reload, in English and Chinese.
 */
describe('live events in a browser', () => {
  let stack: Stack & { cleanup(): Promise<void> };
  let browser: Browser;
  let founderPage: Page;
  let mentorPage: Page;
  const stamp = Date.now().toString(36);
  const founderEmail = `li.na.${stamp}@example.cn`;
  const mentorEmail = `jonas.weber.${stamp}@example.de`;
  const startupName = `Qianhai Sensors ${stamp}`;
  const mentorName = 'Jonas Weber';

  beforeAll(async () => {
    stack = await startStackOnServers();
    browser = await launchChromium();
    const manager = await api<{ accessToken: string }>(stack.url, '/auth/login', {
      method: 'POST',
      body: { email: 'manager@torchbridge.dev', password: DEMO_PASSWORD, tokenDelivery: 'body' },
    });
    const founder = await register(stack.url, 'founder', 'Li Na', founderEmail, 'Asia/Shanghai');
    const mentor = await register(stack.url, 'mentor', mentorName, mentorEmail, 'Europe/Berlin');
    const incubators = await api<{ id: string }[]>(stack.url, '/incubators', { token: founder.accessToken });
    await api(stack.url, '/me/startup', {
      method: 'PUT',
      token: founder.accessToken,
      body: {
        nameEn: startupName, nameZh: `前海传感${stamp}`, incubatorId: incubators[0]?.id, sectors: ['smart-manufacturing'], stage: 'prototype',
        foundedYear: 2024, teamSize: 5, languages: ['zh', 'en'], timeZone: 'Asia/Shanghai', marketDirection: 'china-to-europe',
        targetMarkets: ['DE'], needs: ['certification'], pitchEn: 'Vibration sensors for pumps.', pitchZh: '泵用振动传感器。', highTechEnterprise: false,
      },
    });
    const profile = await api<{ id: string }>(stack.url, '/me/mentor-profile', {
      method: 'PUT',
      token: mentor.accessToken,
      body: {
        category: 'executive', headlineEn: 'Former plant manager', headlineZh: '前工厂经理', bioEn: 'Ran a pump plant in Dortmund.', bioZh: '曾在多特蒙德管理泵厂。',
        sectors: ['smart-manufacturing'], stages: ['prototype'], topics: ['certification'], languages: ['de', 'en'],
        timeZone: 'Europe/Berlin', country: 'DE', city: 'Dortmund', capacity: 3, status: 'open', conflicts: [],
      },
    });
    await api(stack.url, `/mentors/${profile.id}/vetting`, { method: 'POST', token: manager.accessToken, body: { decision: 'approved' } });
    await api(stack.url, '/mentorship-requests', { method: 'POST', token: founder.accessToken, body: { mentorId: profile.id, message: 'Could you guide our CE marking?' } });

    founderPage = await (await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'en-US', viewport: { width: 1366, height: 860 } })).newPage();
    mentorPage = await (await browser.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 1366, height: 860 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  it('shows the founder the new conversation and a notification the moment the mentor accepts', async () => {
    await founderPage.goto(`${stack.url}/sign-in`);
    await signIn(founderPage, founderEmail);
    await founderPage.getByRole('link', { name: 'Messages' }).click();
    await founderPage.getByRole('heading', { level: 1 }).waitFor();
    await founderPage.getByRole('button', { name: 'Notifications' }).waitFor();
    expect(await founderPage.getByRole('link', { name: mentorName }).count()).toBe(0);

    await mentorPage.goto(`${stack.url}/sign-in`);
    await signIn(mentorPage, mentorEmail);
    await mentorPage.getByRole('link', { name: 'Requests' }).click();
    const row = mentorPage.getByRole('listitem', { name: startupName });
    await row.getByRole('button', { name: `Accept ${startupName}` }).click();
    await mentorPage.getByText(`You are now mentoring ${startupName}.`).waitFor();

    // No reload on the founder's side: the socket brings both.
    await founderPage.getByRole('link', { name: mentorName }).waitFor({ timeout: 10_000 });
    const bell = founderPage.getByRole('button', { name: 'Notifications (1 unread)' });
    await bell.waitFor({ timeout: 10_000 });
    await bell.click();
    const panel = founderPage.getByRole('region', { name: 'Notifications' });
    await panel.getByText(`${mentorName} accepted your request. Your mentorship and its conversation are open.`).waitFor();
    await screenshot(founderPage, '30-notifications-en-1366');
    expect(await seriousViolations(founderPage)).toEqual([]);

    await founderPage.setViewportSize({ width: 390, height: 844 });
    await screenshot(founderPage, '31-notifications-en-390');
    expect(await seriousViolations(founderPage)).toEqual([]);
  });

  it('reads the same notification in Chinese and marks it read', async () => {
    await founderPage.setViewportSize({ width: 1366, height: 860 });
    await founderPage.keyboard.press('Escape');
    await founderPage.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
    const bell = founderPage.getByRole('button', { name: '通知（1 条未读）' });
    await bell.click();
    const panel = founderPage.getByRole('region', { name: '通知' });
    await panel.getByText(`${mentorName} 接受了你的请求。辅导关系和对话已开启。`).waitFor();
    await screenshot(founderPage, '32-notifications-zh-1366');
    expect(await seriousViolations(founderPage)).toEqual([]);
    await founderPage.setViewportSize({ width: 390, height: 844 });
    await screenshot(founderPage, '33-notifications-zh-390');
    expect(await seriousViolations(founderPage)).toEqual([]);
    await panel.getByRole('button', { name: '全部标为已读' }).click();
    await founderPage.getByRole('button', { name: '通知', exact: true }).waitFor();
  });
});
