import fs from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, describeInBrowser, screenshot, signIn } from './browser.js';

/** Where the screenshots of the documentation live: docs/screenshots/<page>-<language>.png. */

type Language = 'en' | 'ja';

/** Words of each language that tell when a page has its content (the waits find them by role). */
const TEXT = {
  en: {
    signIn: 'Sign in',
    callsTable: /^Calls with their programme/,
    overview: 'Overview',
    proposalsTable: /^Proposals; select a column header/,
    teams: 'Teams',
    byField: 'Proposals by field',
    chart: /^Bar chart/,
  },
  ja: {
    signIn: 'ログイン',
    callsTable: /^公募の一覧/,
    overview: '概要',
    proposalsTable: /^提案の一覧/,
    teams: '研究チーム',
    byField: '分野別 提案件数',
    chart: /^分野別の提案数と採択数の棒グラフ/,
  },
} as const;

function save(page: Page, name: string, language: Language): Promise<string> {
  return screenshot(page, `${name}-${language}.png`);
}

/** Signs in and walks through the six main pages, saving a full-page shot of each. */
async function captureAll(page: Page, language: Language, email: string): Promise<string[]> {
  const text = TEXT[language];
  const files: string[] = [];
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: text.signIn }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  files.push(await save(page, 'sign-in', language));

  await signIn(page, email);
  await page.getByRole('table', { name: text.callsTable }).getByRole('rowheader').nth(1).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  files.push(await save(page, 'calls', language));

  await page.goto('/calls/ASPIRE-2022-TRIAL');
  await page.getByRole('heading', { level: 2, name: text.overview, exact: true }).waitFor();
  files.push(await save(page, 'call', language));

  // Ten rows keep the picture short; the pages and their controls still show.
  await page.goto('/calls/ASPIRE-2022-TRIAL/proposals?pageSize=10');
  await page.getByRole('table', { name: text.proposalsTable }).locator('tbody').getByRole('row').nth(9).waitFor();
  files.push(await save(page, 'proposals', language));

  await page.goto('/proposals/ASP22-038');
  await page.getByRole('region', { name: text.teams, exact: true }).getByRole('heading', { level: 3 }).nth(1).waitFor();
  files.push(await save(page, 'proposal', language));

  await page.goto('/calls/ASPIRE-2022-TRIAL/statistics');
  await page.getByRole('table', { name: text.byField, exact: true }).locator('tfoot').waitFor();
  await page.getByRole('img', { name: text.chart }).locator('svg').first().waitFor();
  // Each table loads on its own; wait until none of them still says it is loading.
  await expect.poll(() => page.getByRole('status').count()).toBe(0);
  await expect.poll(() => page.locator('tfoot').count()).toBe(3);
  files.push(await save(page, 'statistics', language));
  return files;
}

describeInBrowser('screenshots', (browser) => {
  it('saves the main pages in English and Japanese at 1280 px (to docs/screenshots with npm run screenshots)', async () => {
    // Each language through a reader whose browser and account both use it, so that nothing is
    // chosen, stored or saved on an account on the way.
    const viewport = { width: 1280, height: 800 };
    const english = await captureAll(await browser.newPage({ locale: 'en-US', timezoneId: 'UTC', viewport }), 'en', DEMO.admin);
    const japanese = await captureAll(await browser.newPage({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport }), 'ja', DEMO.programmeOfficer);
    for (const file of [...english, ...japanese]) {
      const png = await fs.readFile(file);
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
    }
  });
});
