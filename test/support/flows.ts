import type { Browser, Page } from 'playwright-core';

/** Password of every seeded demo account. */
export const DEMO_PASSWORD = 'lantern-orchard-42';

/** A page in Berlin with an English browser, the viewer most browser specs assume. */
export async function openBerlinPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: 'Europe/Berlin',
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
  });
  return context.newPage();
}

/** A page in Shanghai, the founder's side of most browser specs, with a browser in `locale`. */
export async function openShanghaiPage(
  browser: Browser,
  locale = 'en-US',
  width = 1280,
): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    locale,
    viewport: { width, height: 860 },
  });
  return context.newPage();
}

/** Fills and submits the English sign-in form that is already on screen. */
export async function submitSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Waits for the signed-in header and switches it to English if the account is in Chinese. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('navigation').waitFor();
  // Seeded accounts may be in Chinese; the header's select works in either language.
  if ((await page.getAttribute('html', 'lang')) !== 'en') {
    await page
      .getByLabel('语言', { exact: true })
      .selectOption({ label: 'English' });
  }
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Signs in from the sign-in page and leaves the interface in English. */
export async function signInInEnglish(
  page: Page,
  email: string,
): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await submitSignIn(page, email);
  await switchToEnglish(page);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}
