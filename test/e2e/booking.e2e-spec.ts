import type { Browser, Page } from 'playwright-core';
import {
  launchChromium,
  screenshot,
  seriousViolations,
} from '../support/browser';
import {
  DEMO_PASSWORD,
  openBerlinPage,
  openShanghaiPage,
  signInInEnglish,
  submitSignIn,
} from '../support/flows';
import { startStackOnServers, Stack } from '../support/stack';

const FOUNDER = 'founder@demo.torchbridge.dev';
const MENTOR = 'mentor@demo.torchbridge.dev';
const FOUNDER_NAME = 'Lin Xiaoyu 林晓宇';
const MENTOR_NAME = 'Katrin Bauer';

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email,
      password: DEMO_PASSWORD,
      tokenDelivery: 'body',
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function call<T>(
  url: string,
  token: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(
      `${method} ${path} answered ${response.status}: ${await response.text()}`,
    );
  }
  return (await response.json()) as T;
}

/** The demo founder asks Katrin Bauer, who accepts; Katrin opens every day from 06:00 to 22:00 on her Berlin clock. */
async function prepare(url: string): Promise<{ mentorshipId: string }> {
  const founder = await login(url, FOUNDER);
  const mentors = await call<{ items: { id: string; displayName: string }[] }>(
    url,
    founder,
    'GET',
    '/mentors?q=Katrin',
  );
  const mentor = mentors.items.find((m) => m.displayName === MENTOR_NAME);
  if (!mentor) {
    throw new Error(`no mentor called ${MENTOR_NAME} in the demo data`);
  }
  const request = await call<{ id: string }>(
    url,
    founder,
    'POST',
    '/mentorship-requests',
    {
      mentorId: mentor.id,
      message: 'We would like to book regular sessions on CE marking.',
    },
  );
  const mentorToken = await login(url, MENTOR);
  const mentorship = await call<{ id: string }>(
    url,
    mentorToken,
    'POST',
    `/mentorship-requests/${request.id}/accept`,
    {},
  );
  await call(url, mentorToken, 'PUT', '/me/availability', {
    timeZone: 'Europe/Berlin',
    rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      startMinute: 6 * 60,
      endMinute: 22 * 60,
    })),
    overrides: [],
    blackouts: [],
    sessionLengths: [30, 60],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 60,
    horizonDays: 28,
    maxPerDay: null,
    maxPerWeek: null,
    meetingLink: 'https://meet.jit.si/torchbridge-katrin',
    meetingPlace: null,
    autoConfirm: false,
  });
  return { mentorshipId: mentorship.id };
}

/** "19:00–19:30" on a zone's wall clock, as the screens write a session. */
function range(start: string, end: string, timeZone: string): string {
  const clock = new Intl.DateTimeFormat('en', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${clock.format(new Date(start))}–${clock.format(new Date(end))}`;
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 1000 ? 860 : 844 });
    await screenshot(page, `${name}-${width}`);
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 1366, height: 860 });
}

async function useLanguage(
  page: Page,
  label: 'English' | '简体中文',
): Promise<void> {
  const lang = label === 'English' ? 'en' : 'zh-CN';
  const select = page.locator('.language-select select');
  // The page may still apply the person's stored language after it first renders: choose again until it holds.
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.waitFor();
    if ((await page.getAttribute('html', 'lang')) !== lang) {
      await select.selectOption({ label });
    }
    try {
      await page.waitForFunction(
        (want) => document.documentElement.lang === want,
        lang,
        { timeout: 10_000 },
      );
      return;
    } catch {
      // Not yet: look again.
    }
  }
  throw new Error(`the page did not switch to ${label}`);
}

/**
 * Booking across the border in Chromium: the demo founder in Shanghai, reading Chinese, books a slot of her Berlin
 * mentor; the mentor, reading English, finds it in My sessions on both clocks and confirms it.
 */
describe('session booking in a browser', () => {
  let stack: Stack & { cleanup(): Promise<void> };
  let browser: Browser;
  let founderPage: Page;
  let mentorPage: Page;
  let ids: { mentorshipId: string };
  let booked: { start: string; end: string };

  beforeAll(async () => {
    stack = await startStackOnServers();
    browser = await launchChromium();
    ids = await prepare(stack.url);
    founderPage = await openShanghaiPage(browser, 'zh-CN', 1366);
    mentorPage = await openBerlinPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  it('lets the founder book a time of her mentor in Chinese, each time on both clocks', async () => {
    await founderPage.goto(`${stack.url}/sign-in`);
    await useLanguage(founderPage, 'English');
    await submitSignIn(founderPage, FOUNDER);
    await founderPage.getByRole('navigation').first().waitFor();
    await useLanguage(founderPage, '简体中文');

    await founderPage.goto(`${stack.url}/mentorships/${ids.mentorshipId}`);
    await founderPage.getByRole('link', { name: '预约会谈' }).click();
    await founderPage
      .getByRole('heading', { level: 1, name: `预约与 ${MENTOR_NAME} 的会谈` })
      .waitFor();
    const week = founderPage.getByRole('group', { name: /^可预约时间/ });
    await week.getByRole('button').first().waitFor();
    // Every time names the mentor's clock beside the founder's.
    expect(
      await week.getByRole('button', { name: /Berlin时间/ }).count(),
    ).toBeGreaterThan(0);
    await shoot(founderPage, '40-booking-calendar-zh');

    const best = founderPage.getByRole('region', {
      name: '对双方最合适的时间',
    });
    const pick =
      (await best.getByRole('button').count()) > 0
        ? best.getByRole('button').first()
        : week.getByRole('button').first();
    const start = await pick.getAttribute('data-slot-start');
    await pick.click();
    const dialog = founderPage.getByRole('dialog', { name: '预约这个时间？' });
    await dialog.getByText('你的时间 · Shanghai').waitFor();
    await dialog.getByText(`${MENTOR_NAME} 的时间 · Berlin`).waitFor();
    await dialog.getByLabel(/主题/).fill('CE 认证的时间表');
    await dialog.getByRole('button', { name: '预约会谈' }).click();
    await founderPage
      .getByText(`已发送给 ${MENTOR_NAME}，对方确认后你会收到通知。`)
      .waitFor();

    const token = await login(stack.url, FOUNDER);
    const sessions = await call<
      { start: string; end: string; status: string }[]
    >(stack.url, token, 'GET', '/bookings?scope=upcoming');
    expect(sessions).toHaveLength(1);
    booked = sessions[0] as { start: string; end: string };
    expect(booked.start).toBe(start);
    expect(sessions[0]?.status).toBe('requested');

    await useLanguage(founderPage, 'English');
    await founderPage
      .getByRole('heading', {
        level: 1,
        name: `Book a session with ${MENTOR_NAME}`,
      })
      .waitFor();
    await shoot(founderPage, '41-booking-calendar-en');
  });

  it('shows the mentor the session in English on both clocks, and both sides see it confirmed', async () => {
    await mentorPage.goto(`${stack.url}/sign-in`);
    await signInInEnglish(mentorPage, MENTOR);
    await mentorPage.getByRole('link', { name: 'Sessions' }).click();
    await mentorPage
      .getByRole('heading', { level: 1, name: 'My sessions' })
      .waitFor();
    const card = mentorPage.getByRole('article', {
      name: `Session with ${FOUNDER_NAME}`,
    });
    await card.getByText('Requested').waitFor();
    await card.getByText('Topic: CE 认证的时间表').waitFor();
    await card.getByText('Your time · Berlin').waitFor();
    await card
      .getByText(range(booked.start, booked.end, 'Europe/Berlin'))
      .first()
      .waitFor();
    await card.getByText(`${FOUNDER_NAME}’s time · Shanghai`).waitFor();
    await card
      .getByText(range(booked.start, booked.end, 'Asia/Shanghai'))
      .first()
      .waitFor();
    await shoot(mentorPage, '42-my-sessions-en');

    await card.getByRole('button', { name: 'Confirm' }).click();
    await card.getByText('Confirmed').waitFor();

    await mentorPage.getByRole('link', { name: 'Availability' }).click();
    await mentorPage
      .getByRole('heading', { level: 1, name: 'Availability' })
      .waitFor();
    await mentorPage.getByText(/^Open times this week: \d+ /).waitFor();
    await shoot(mentorPage, '44-availability-en');

    // The confirmation went out by mail; with no SMTP server it waits in the dev outbox.
    await mentorPage.getByRole('link', { name: 'Outbox' }).click();
    await mentorPage
      .getByRole('heading', { level: 1, name: 'Outbox' })
      .waitFor();
    await mentorPage.getByRole('row').nth(1).waitFor();
    await shoot(mentorPage, '45-outbox-en');

    await founderPage.goto(`${stack.url}/sessions`);
    await useLanguage(founderPage, '简体中文');
    const founderCard = founderPage.getByRole('article', {
      name: `与 ${MENTOR_NAME} 的会谈`,
    });
    await founderCard.getByText('已确认').waitFor();
    await founderCard.getByText('你的时间 · Shanghai').waitFor();
    await founderCard
      .getByText(range(booked.start, booked.end, 'Asia/Shanghai'))
      .first()
      .waitFor();
    await founderPage.getByRole('textbox', { name: '日历地址' }).waitFor();
    await shoot(founderPage, '43-my-sessions-zh');
  });
});
