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
  signInInEnglish as signIn,
} from '../support/flows';
import { startStackOnServers, Stack } from '../support/stack';

const FOUNDER = 'founder@demo.torchbridge.dev';
const MENTOR = 'mentor@demo.torchbridge.dev';
const FOUNDER_NAME = 'Lin Xiaoyu 林晓宇';

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
  method: 'GET' | 'POST',
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

/** The quick way to a mentorship: the founder asks the demo mentor over the API and the mentor accepts. */
async function openMentorship(
  url: string,
): Promise<{ mentorshipId: string; conversationId: string }> {
  const founder = await login(url, FOUNDER);
  const mentors = await call<{ items: { id: string; displayName: string }[] }>(
    url,
    founder,
    'GET',
    '/mentors?q=Katrin',
  );
  const mentor =
    mentors.items.find((m) => m.displayName === 'Katrin Bauer') ??
    mentors.items[0];
  if (!mentor) {
    throw new Error('no mentor called Katrin in the demo data');
  }
  const request = await call<{ id: string }>(
    url,
    founder,
    'POST',
    '/mentorship-requests',
    {
      mentorId: mentor.id,
      message: 'We would like your advice on entering the German market.',
    },
  );
  const mentorToken = await login(url, MENTOR);
  const mentorship = await call<{ id: string; conversationId: string | null }>(
    url,
    mentorToken,
    'POST',
    `/mentorship-requests/${request.id}/accept`,
    {},
  );
  if (!mentorship.conversationId) {
    throw new Error('the accepted mentorship has no conversation');
  }
  return {
    mentorshipId: mentorship.id,
    conversationId: mentorship.conversationId,
  };
}

/** Chat in Chromium: a founder in Shanghai and a mentor in Berlin write to each other live. */
describe('chat in a browser', () => {
  let stack: Stack & { cleanup(): Promise<void> };
  let browser: Browser;
  let founderPage: Page;
  let mentorPage: Page;
  let ids: { mentorshipId: string; conversationId: string };

  beforeAll(async () => {
    stack = await startStackOnServers();
    browser = await launchChromium();
    ids = await openMentorship(stack.url);
    founderPage = await openShanghaiPage(browser);
    mentorPage = await openBerlinPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  it('opens the conversation from the mentorship page and from the messages list', async () => {
    await founderPage.goto(`${stack.url}/sign-in`);
    await signIn(founderPage, FOUNDER);
    await founderPage.goto(`${stack.url}/mentorships/${ids.mentorshipId}`);
    await founderPage.getByRole('link', { name: 'Open conversation' }).click();
    await founderPage
      .getByRole('heading', {
        level: 1,
        name: 'Conversation with Katrin Bauer',
      })
      .waitFor();
    expect(new URL(founderPage.url()).pathname).toBe(
      `/messages/${ids.conversationId}`,
    );

    await mentorPage.goto(`${stack.url}/sign-in`);
    await signIn(mentorPage, MENTOR);
    await mentorPage.getByRole('link', { name: 'Messages' }).click();
    await mentorPage
      .getByRole('heading', { level: 1, name: 'Messages' })
      .waitFor();
    await mentorPage.getByRole('link', { name: FOUNDER_NAME }).click();
    await mentorPage
      .getByRole('heading', {
        level: 1,
        name: `Conversation with ${FOUNDER_NAME}`,
      })
      .waitFor();
  });

  it('delivers the founder’s message to the mentor live, and the reply back', async () => {
    const box = founderPage.getByRole('textbox', { name: 'Message' });
    await box.fill('你好 Katrin');
    await box.press('Enter');
    const founderHistory = founderPage.getByRole('list', {
      name: 'Message history',
    });
    await founderHistory.getByText('你好 Katrin', { exact: true }).waitFor();

    const mentorHistory = mentorPage.getByRole('list', {
      name: 'Message history',
    });
    await mentorHistory.getByText('你好 Katrin', { exact: true }).waitFor();

    const reply = mentorPage.getByRole('textbox', { name: 'Message' });
    await reply.fill('Hallo! Happy to help with the German market.');
    await reply.press('Enter');
    await founderHistory
      .getByText('Hallo! Happy to help with the German market.', {
        exact: true,
      })
      .waitFor();
    await expect(
      founderHistory.getByText('你好 Katrin', { exact: true }).count(),
    ).resolves.toBe(1);
    await founderPage.getByText('Sending…').waitFor({ state: 'detached' });

    await screenshot(founderPage, '30-chat');
    expect(await seriousViolations(founderPage)).toEqual([]);
    expect(await seriousViolations(mentorPage)).toEqual([]);
  });
});
