import type { Browser, Page } from 'playwright-core';
import {
  launchChromium,
  screenshot,
  seriousViolations,
} from '../support/browser';
import {
  DEMO_PASSWORD,
  openBerlinPage,
  signInInEnglish as signIn,
  signOut,
} from '../support/flows';
import { startStackOnServers, Stack } from '../support/stack';

const FOUNDER = 'founder@demo.torchbridge.dev';
const DEMO_MENTOR = 'Katrin Bauer';

/** A mentor's sign-in email, read the way a manager would: from the mentor's contact block via the API. */
async function mentorEmail(url: string, mentorId: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: 'manager@torchbridge.dev',
      password: DEMO_PASSWORD,
    }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(`${url}/api/mentors/${mentorId}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const mentor = (await response.json()) as { contact?: { email?: string } };
  const email = mentor.contact?.email;
  if (!email) {
    throw new Error(`mentor ${mentorId} has no contact email`);
  }
  return email;
}

/** Matching in Chromium: a founder asks a recommended mentor, the mentor accepts, both agree a milestone, a manager runs a cohort. */
describe('matching in a browser', () => {
  let stack: Stack & { cleanup(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let mentorName = '';
  let mentorId = '';
  let startupName = '';

  beforeAll(async () => {
    stack = await startStackOnServers();
    browser = await launchChromium();
    page = await openBerlinPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  it('shows the founder recommended mentors with score, reasons and both clocks', async () => {
    await page.goto(`${stack.url}/sign-in`);
    await signIn(page, FOUNDER);
    await page.getByRole('link', { name: 'My startup' }).click();
    const name = page.getByRole('textbox', { name: 'Name in English' });
    await name.waitFor();
    await expect(name.inputValue()).resolves.not.toBe('');
    startupName = await name.inputValue();

    await page.getByRole('link', { name: 'Find a mentor' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Find a mentor' })
      .waitFor();
    const cards = page.getByRole('main').getByRole('heading', { level: 2 });
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await page
      .getByRole('img', { name: /^Match score \d+ of 100$/ })
      .first()
      .waitFor();
    await page.getByRole('list', { name: 'Why this match' }).first().waitFor();
    await page
      .getByText(/^\d{2}:\d{2} there · \d{2}:\d{2} for you$/)
      .first()
      .waitFor();
    await screenshot(page, '20-find-a-mentor');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sends a request to the demo mentor, or else to the best match', async () => {
    const demo = page.getByRole('listitem', { name: DEMO_MENTOR });
    const card = (await demo.count())
      ? demo
      : page
          .getByRole('main')
          .getByRole('listitem')
          .filter({
            has: page.getByRole('button', { name: /^Request / }),
          })
          .first();
    mentorName =
      (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
    const href =
      (await card
        .getByRole('link', { name: `Full profile of ${mentorName}` })
        .getAttribute('href')) ?? '';
    mentorId = href.replace('/mentors/', '');
    expect(mentorId).toMatch(/^[0-9a-f-]{36}$/);

    await card.getByRole('button', { name: `Request ${mentorName}` }).click();
    await card
      .getByRole('textbox', { name: `Message to ${mentorName}` })
      .fill(
        'We are preparing CE certification and would value your experience.',
      );
    await card.getByRole('button', { name: 'Send request' }).click();
    await page
      .getByText(`Your request to ${mentorName} has been sent.`)
      .waitFor();

    await page.getByRole('link', { name: 'Requests' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'My requests' })
      .waitFor();
    await page
      .getByRole('listitem', { name: mentorName })
      .getByText('Waiting for an answer')
      .waitFor();
  });

  it('lets the mentor accept the request in the inbox', async () => {
    const email = await mentorEmail(stack.url, mentorId);
    await signOut(page);
    await signIn(page, email);
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    const row = page.getByRole('listitem', { name: startupName });
    await row.getByText(/\d+ (days?|hours?) left/).waitFor();
    await row.getByText(/^\d{2}:\d{2} there · \d{2}:\d{2} for you$/).waitFor();
    await screenshot(page, '21-requests');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: `Accept ${startupName}` }).click();
    await page.getByText(`You are now mentoring ${startupName}.`).waitFor();
    await row.getByText('Accepted').waitFor();
  });

  it('agrees a milestone the founder proposed, with both local times on the mentorship page', async () => {
    const title = `${startupName} · ${mentorName}`;
    await signOut(page);
    await signIn(page, FOUNDER);
    await page.getByRole('link', { name: 'Mentoring' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page
      .getByRole('combobox', { name: 'Milestone' })
      .selectOption({ label: 'First EU customer' });
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    const milestones = page.getByRole('list', { name: 'Milestones' });
    await milestones.getByText('Waiting for the other side to agree').waitFor();

    const email = await mentorEmail(stack.url, mentorId);
    await signOut(page);
    await signIn(page, email);
    await page.getByRole('link', { name: 'Mentoring' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page
      .getByRole('button', { name: 'Agree to First EU customer' })
      .click();
    await milestones.getByText('Agreed', { exact: true }).waitFor();
    const times = page.getByRole('region', { name: 'Local times' });
    await times.getByText(`Startup: ${startupName}`).waitFor();
    await times.getByText(`Mentor: ${mentorName}`).waitFor();
    expect(await times.getByText(/^\d{2}:\d{2}$/).count()).toBe(2);
    await screenshot(page, '22-mentorship');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('runs an optimal cohort as a manager and shows its proof', async () => {
    await signOut(page);
    await signIn(page, 'manager@torchbridge.dev');
    await page.getByRole('link', { name: 'Cohorts' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Cohort matching' })
      .waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('E2E cohort');
    for (const group of ['Startups', 'Mentors']) {
      const picker = page.getByRole('group', { name: group });
      await picker.getByRole('checkbox').first().waitFor();
      await picker.getByRole('button', { name: 'Select all shown' }).click();
      await expect(picker.getByRole('status').textContent()).resolves.not.toBe(
        '0 selected',
      );
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Run matching' }).click();
    await page.getByRole('heading', { level: 1, name: 'E2E cohort' }).waitFor();
    await page
      .getByText(/^Optimal — total score \d+, proven by its certificate$/)
      .waitFor();
    expect(
      await page.getByRole('table').getByRole('row').count(),
    ).toBeGreaterThan(1);
    await screenshot(page, '23-cohort');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
