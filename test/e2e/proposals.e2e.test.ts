import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO, describeInBrowser, expectAttribute, expectText, signIn, textOf } from './browser.js';

/** The proposals table (its caption names it). */
function proposalsTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Proposals; select a column header to sort/ });
}

function bodyRows(table: Locator): Locator {
  return table.locator('tbody').getByRole('row');
}

/** The references of the rows shown, in order. */
async function references(page: Page): Promise<string[]> {
  return (await bodyRows(proposalsTable(page)).getByRole('rowheader').allTextContents()).map((text) => text.trim());
}

/** The column header whose sort button starts with `label` (the button adds a hidden hint). */
function columnHeader(page: Page, label: string): Locator {
  return proposalsTable(page).getByRole('columnheader', { name: new RegExp(`^${label} \\(select to sort`) });
}

describeInBrowser('proposals', (browser) => {
  it('filters ASPIRE-2022-TRIAL by partner country, sorts by a column and pages through', async () => {
    const page = await browser.newPage();
    await signIn(page, DEMO.admin);
    await page.getByRole('link', { name: /^43 proposals in ASPIRE FY2022 trial call/ }).click();
    await page.waitForURL(/\/calls\/ASPIRE-2022-TRIAL\/proposals$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Proposals');
    const summary = page.locator('.results-summary');
    await expectText(summary, 'Showing 1–25 of 43 proposals');
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expectText(pages.locator('.pagination-status'), 'Page 1 of 2');

    const filters = page.getByRole('search', { name: 'Filter proposals' });
    await filters.getByLabel('Partner country', { exact: true }).selectOption('US');
    await page.waitForURL(/partnerCountry=US/);
    await expectText(summary, 'Showing 1–18 of 18 proposals');
    const table = proposalsTable(page);
    await expect.poll(() => bodyRows(table).count()).toBe(18);
    for (const country of await bodyRows(table).locator('td:nth-of-type(4)').allTextContents()) {
      expect(country).toMatch(/United States/);
    }

    // Sorted by reference until a header is chosen.
    await expectAttribute(columnHeader(page, 'Reference'), 'aria-sort', 'ascending');
    await expectAttribute(columnHeader(page, 'Title'), 'aria-sort', 'none');
    await columnHeader(page, 'Title').getByRole('button').click();
    await expectAttribute(columnHeader(page, 'Title'), 'aria-sort', 'ascending');
    await expectAttribute(columnHeader(page, 'Reference'), 'aria-sort', 'none');
    const ascending = await references(page);
    // The same header again flips the order.
    await page.getByRole('button', { name: /^Title \(select to sort descending\)$/ }).click();
    await expectAttribute(columnHeader(page, 'Title'), 'aria-sort', 'descending');
    await expect.poll(() => references(page)).toEqual([...ascending].reverse());

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expectText(summary, 'Showing 1–25 of 43 proposals');
    // Clearing the filters keeps the sort.
    await expectAttribute(columnHeader(page, 'Title'), 'aria-sort', 'descending');
    const firstPage = await references(page);

    await pages.getByRole('button', { name: 'Next page' }).click();
    await expectText(summary, 'Showing 26–43 of 43 proposals');
    await expectText(pages.locator('.pagination-status'), 'Page 2 of 2');
    expect(await pages.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await expect.poll(() => bodyRows(table).count()).toBe(18);
    const secondPage = await references(page);
    expect(secondPage.filter((ref) => firstPage.includes(ref))).toEqual([]);

    await pages.getByRole('button', { name: 'Previous page' }).click();
    await expectText(summary, 'Showing 1–25 of 43 proposals');
    expect(await pages.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);

    await pages.getByLabel('Rows per page', { exact: true }).selectOption('10');
    await expectText(summary, 'Showing 1–10 of 43 proposals');
    await expectText(pages.locator('.pagination-status'), 'Page 1 of 5');
    await expect.poll(() => bodyRows(table).count()).toBe(10);

    // Back returns to the previous view: the query string holds the whole state.
    await page.goBack();
    await expectText(summary, 'Showing 1–25 of 43 proposals');
  });

  it('finds a proposal by reference and opens it with its teams', async () => {
    const page = await browser.newPage();
    await signIn(page, DEMO.admin);
    await page.goto('/calls/ASPIRE-2022-TRIAL/proposals');
    const filters = page.getByRole('search', { name: 'Filter proposals' });
    await filters.getByLabel('Search title or reference', { exact: true }).fill('ASP22-038');
    await filters.getByLabel('Search title or reference', { exact: true }).press('Enter');
    await expectText(page.locator('.results-summary'), 'Showing 1–1 of 1 proposal');

    await proposalsTable(page).getByRole('link', { name: /^ASP22-038: / }).click();
    await page.waitForURL(/\/proposals\/ASP22-038$/);
    const title = await textOf(page.getByRole('heading', { level: 1 }));
    expect(title.length).toBeGreaterThan(0);
    expect(await page.title()).toContain('ASP22-038');

    const teams = page.getByRole('region', { name: 'Teams', exact: true });
    await teams.waitFor();
    const teamHeadings = (await teams.getByRole('heading', { level: 3 }).allTextContents()).map((text) => text.trim());
    expect(teamHeadings).toContain('Lead team: Japan');
    expect(teamHeadings.some((heading) => heading.startsWith('Partner team: '))).toBe(true);
    // The demo applicant leads this proposal from Japan.
    const leadTeam = page.getByRole('region', { name: 'Lead team: Japan', exact: true });
    await leadTeam.getByText('Haruka Tanabe').waitFor();
    await leadTeam.getByRole('table', { name: 'Budget by fiscal year' }).waitFor();
  });

  it('shows the applicant only their two proposals, and another proposal as not found', async () => {
    const page = await browser.newPage();
    await signIn(page, DEMO.applicant);
    // The applicant's account is in Japanese and nothing was chosen in this browser.
    await expectAttribute(page.locator('html'), 'lang', 'ja');
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '提案' }).click();
    await page.waitForURL(/\/proposals$/);
    await expectText(page.locator('.results-summary'), '全 2 件中 1〜2 件を表示');
    const table = page.getByRole('table', { name: /^提案の一覧/ });
    await expect.poll(async () => (await bodyRows(table).getByRole('rowheader').allTextContents()).map((text) => text.trim()).sort()).toEqual(['ASP22-038', 'SIC25-001']);

    await page.goto('/proposals/SIC25-002');
    const alert = page.getByRole('alert');
    await expectText(alert, /SIC25-002/);
    expect(await textOf(alert)).toMatch(/見つかりません/);
    // Nothing of the proposal itself is shown.
    expect(await page.getByRole('region', { name: '研究チーム' }).count()).toBe(0);
    // Trying again cannot help with a 404, so no retry button is offered.
    expect(await alert.getByRole('button').count()).toBe(0);
  });
});
