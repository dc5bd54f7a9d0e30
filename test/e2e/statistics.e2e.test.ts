import fs from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { DEMO, describeInBrowser, expectText, pageScrollWidth, rowCells, signIn } from './browser.js';

const STATISTICS_PATH = '/calls/ASPIRE-2022-TRIAL/statistics';

/** Clicks a download link and returns the file it produced. */
async function download(page: Page, link: Locator): Promise<{ download: Download; content: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await started.path();
  return { download: started, content: await fs.readFile(file) };
}

/** The figures of a statistics table's total row: proposals and selected. */
async function totals(table: Locator): Promise<string[]> {
  const total = table.locator('tfoot').getByRole('row');
  return (await total.getByRole('cell').allTextContents()).map((text) => text.trim());
}

describeInBrowser('call statistics', (browser) => {
  it('shows the three tables of ASPIRE-2022-TRIAL, the chart, and downloads CSV and XLSX (English)', async () => {
    const page = await browser.newPage();
    await signIn(page, DEMO.admin);
    await page.getByRole('link', { name: /^ASPIRE/ }).first().click();
    await page.getByRole('link', { name: 'Statistics', exact: true }).click();
    await page.waitForURL(new RegExp(`${STATISTICS_PATH}$`));
    await expectText(page.getByRole('heading', { level: 1 }), 'Call statistics');

    for (const title of ['Proposals by partner country', 'Proposals by field', 'Proposals by partner country and partner agency']) {
      await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
      const table = page.getByRole('table', { name: title, exact: true });
      await table.locator('tfoot').waitFor();
      expect(await totals(table), title).toEqual(['43', '7']);
    }

    const byCountry = page.getByRole('table', { name: 'Proposals by partner country', exact: true });
    expect(await rowCells(byCountry, 'United States of America')).toEqual(['18', '3']);
    expect(await rowCells(byCountry, 'France')).toEqual(['6', '2']);

    const byField = page.getByRole('table', { name: 'Proposals by field', exact: true });
    expect(await rowCells(byField, 'Quantum')).toEqual(['6', '1']);
    expect(await rowCells(byField, 'Materials')).toEqual(['9', '2']);
    expect(await byField.locator('tbody').getByRole('row').count()).toBe(7);

    // The country heads the rows of its four agencies; the first of them is DOE.
    const byAgency = page.getByRole('table', { name: 'Proposals by partner country and partner agency', exact: true });
    expect(await rowCells(byAgency, 'United States of America')).toEqual(['U.S. Department of Energy', '5', '1']);
    expect(await byAgency.getByRole('rowheader', { name: 'United States of America', exact: true }).getAttribute('rowspan')).toBe('4');

    const chart = page.getByRole('img', { name: /^Bar chart of proposals and selected proposals by field\./ });
    await chart.waitFor();
    await chart.locator('svg').first().waitFor();

    const csv = await download(page, page.getByRole('link', { name: 'Download CSV: Proposals by field', exact: true }));
    expect(csv.download.suggestedFilename()).toBe('ASPIRE-2022-TRIAL-proposals-by-field.csv');
    const csvText = csv.content.toString('utf8');
    expect(csvText).toContain('Quantum,quantum,6,1');
    expect(csvText).toContain('Materials,materials,9,2');
    expect(csvText).toMatch(/Total,,43,7/);

    const xlsx = await download(page, page.getByRole('link', { name: 'Download XLSX: Proposals by field', exact: true }));
    expect(xlsx.download.suggestedFilename()).toBe('ASPIRE-2022-TRIAL-proposals-by-field.xlsx');
    // An XLSX file is a zip archive.
    expect(xlsx.content.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('shows the tables in Japanese and downloads the CSV with Japanese names', async () => {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await signIn(page, DEMO.programmeOfficer);
    await page.goto(STATISTICS_PATH);
    await expectText(page.getByRole('heading', { level: 1 }), '公募の統計');

    const byField = page.getByRole('table', { name: '分野別 提案件数', exact: true });
    expect(await rowCells(byField, '量子')).toEqual(['6', '1']);
    expect(await totals(byField)).toEqual(['43', '7']);
    const byCountry = page.getByRole('table', { name: '相手国別 提案件数', exact: true });
    expect(await rowCells(byCountry, 'アメリカ合衆国')).toEqual(['18', '3']);
    await page.getByRole('img', { name: /^分野別の提案数と採択数の棒グラフ。/ }).waitFor();

    const csv = await download(page, page.getByRole('link', { name: 'CSV をダウンロード: 分野別 提案件数', exact: true }));
    expect(csv.content.toString('utf8')).toContain('量子,quantum,6,1');
  });

  it('fits a 375 px phone screen: no horizontal scrolling of the calls list or the statistics page', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await signIn(page, DEMO.admin);
    await page.getByRole('table', { name: /^Calls with their programme/ }).getByRole('rowheader', { name: /ASPIRE-2022-TRIAL/ }).waitFor();
    expect(await pageScrollWidth(page), 'calls list').toBeLessThanOrEqual(375);

    await page.goto(STATISTICS_PATH);
    for (const title of ['Proposals by partner country', 'Proposals by field', 'Proposals by partner country and partner agency']) {
      await page.getByRole('table', { name: title, exact: true }).locator('tfoot').waitFor();
    }
    await page.getByRole('img', { name: /^Bar chart/ }).locator('svg').first().waitFor();
    expect(await pageScrollWidth(page), 'statistics page').toBeLessThanOrEqual(375);
  });
});
