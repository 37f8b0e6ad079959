import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  launchChromium,
  screenshot,
  seriousViolations,
} from '../support/browser';
import {
  openBerlinPage,
  signInInEnglish,
  signOut,
  submitSignIn,
} from '../support/flows';
import { startStackOnServers, Stack } from '../support/stack';

const MENTOR_HEADER =
  'email,displayName,category,headlineEn,headlineZh,bioEn,bioZh,sectors,stages,topics,languages,timeZone,country,city,capacity';

/** Two mentors: line 2 is valid, line 3 names a time zone that does not exist. */
function mentorsCsv(tag: string): string {
  return [
    MENTOR_HEADER,
    `e2e-${tag}-ok@example.test,Lena Vogt,executive,Former Siemens plant manager,前西门子工厂经理,Ran plants in Amberg and Chengdu.,曾在安贝格和成都管理工厂。,smart-manufacturing;nev,scaling,manufacturing-quality;market-entry-europe,de;en,Europe/Berlin,DE,Munich,2`,
    `e2e-${tag}-bad@example.test,Bad Zone,investor,Angel investor,天使投资人,,,fintech,idea,fundraising,en,Mars/Olympus_Mons,FR,Paris,1`,
    '',
  ].join('\n');
}

/** The directory screens in Chromium: a manager vets and imports, the demo founder finds a mentor and edits the startup. */
describe('directory in a browser', () => {
  let stack: Stack & { cleanup(): Promise<void> };
  let browser: Browser;
  let page: Page;
  const tag = randomUUID().slice(0, 8);

  beforeAll(async () => {
    stack = await startStackOnServers();
    browser = await launchChromium();
    page = await openBerlinPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.cleanup();
  });

  it('signs in the community manager and switches the interface to English', async () => {
    await page.goto(`${stack.url}/sign-in`);
    await signInInEnglish(page, 'manager@torchbridge.dev');
  });

  it('shows the pending mentors in the vetting queue and approves one', async () => {
    await page.getByRole('link', { name: 'Vetting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vetting' }).waitFor();
    const approve = page.getByRole('button', { name: /^Approve / });
    await approve.first().waitFor();
    const pendingBefore = await approve.count();
    expect(pendingBefore).toBeGreaterThan(0);
    const label = (await approve.first().getAttribute('aria-label')) ?? '';
    const name = label.replace(/^Approve /, '');
    // The link to the mentor's page identifies the row even if two mentors share a name.
    const href = await page
      .getByRole('main')
      .getByRole('listitem')
      .first()
      .getByRole('link')
      .first()
      .getAttribute('href');
    expect(href).toMatch(/^\/mentors\/[0-9a-f-]{36}$/);
    await screenshot(page, '12-vetting');
    expect(await seriousViolations(page)).toEqual([]);

    await approve.first().click();
    await page.getByText(`${name} has been approved.`).waitFor();
    await page.locator(`main a[href="${href}"]`).waitFor({ state: 'detached' });
  });

  it('imports a mentors CSV: the report names the bad line and column, then the good row is written', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    await page.getByRole('radio', { name: 'Mentors' }).check();
    await page.getByLabel('CSV file').setInputFiles({
      name: 'mentors.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(mentorsCsv(tag)),
    });
    await page.getByRole('button', { name: 'Check file' }).click();

    await page
      .getByRole('heading', { name: '1 of 2 rows are ready.' })
      .waitFor();
    const problem = page
      .getByRole('table', { name: 'Problems found' })
      .getByRole('row')
      .filter({ hasText: 'timeZone' });
    await problem.waitFor();
    expect(await problem.getByRole('cell').first().textContent()).toBe('3');
    await screenshot(page, '13-import');
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: 'Import 1 row', exact: true })
      .click();
    await page.getByText('1 row has been imported.').waitFor();
  });

  it('signs out and signs in as the demo founder, whose account is in Chinese', async () => {
    await signOut(page);
    await submitSignIn(page, 'founder@demo.torchbridge.dev');
    await page.getByRole('navigation').waitFor();
    // Seeded in Chinese; switching in the header saves English to the account (a rerun finds it already English).
    if ((await page.getAttribute('html', 'lang')) === 'zh-CN') {
      await page.getByRole('button', { name: '退出登录' }).waitFor();
      await page
        .getByLabel('语言', { exact: true })
        .selectOption({ label: 'English' });
    }
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('finds mentors by a Chinese search term and filters', async () => {
    await page.getByRole('link', { name: 'Mentors' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentors' }).waitFor();
    const cards = page.getByRole('main').getByRole('heading', { level: 2 });
    // Waiting for the API answer, not for cards: the previous list's cards are on screen until it arrives.
    const searched = page.waitForResponse(
      (r) =>
        r.url().includes('/api/mentors?') &&
        r.url().includes('q=%E5%8D%8A%E5%AF%BC%E4%BD%93'),
    );
    await page.getByRole('searchbox', { name: 'Search' }).fill('半导体');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    expect((await searched).status()).toBe(200);
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await cards.first().waitFor();
    const filtered = page.waitForResponse(
      (r) =>
        r.url().includes('/api/mentors?') &&
        r.url().includes('sector=semiconductors'),
    );
    await page
      .getByLabel('Sector', { exact: true })
      .selectOption({ label: 'Semiconductors & IC' });
    expect((await filtered).status()).toBe(200);
    expect(page.url()).toMatch(/sector=semiconductors/);
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await screenshot(page, '10-mentors');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a mentor page with their local time next to the founder’s', async () => {
    const first = page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .first()
      .getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Their time').waitFor();
    await page.getByText('Your time').waitFor();
    expect(await page.getByText(/^\d{2}:\d{2}$/).count()).toBe(2);
    await screenshot(page, '11-mentor');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('edits and saves My startup', async () => {
    await page.getByRole('link', { name: 'My startup' }).click();
    await page.getByRole('heading', { level: 1, name: 'My startup' }).waitFor();
    const teamSize = page.getByRole('spinbutton', { name: 'Team size' });
    await teamSize.waitFor();
    const next = String(Number(await teamSize.inputValue()) + 1);
    await teamSize.fill(next);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile has been saved.').waitFor();
    await screenshot(page, '14-my-startup');
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await expect(
      page.getByRole('spinbutton', { name: 'Team size' }).inputValue(),
    ).resolves.toBe(next);
  });

  it('keeps the mentor directory within a phone’s width', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${stack.url}/mentors`);
    await page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .first()
      .waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
