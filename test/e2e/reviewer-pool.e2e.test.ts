import { expect, it } from 'vitest';
import { describeInBrowser, expectText, pageScrollWidth, signIn } from './browser.js';

const PHONE = { viewport: { width: 375, height: 800 } };

describeInBrowser('reviewer pools and conflicts', (browser) => {
  it('lets an ANR officer find the pool, add a reviewer by ORCID iD and edit their keywords on a phone (English)', async () => {
    const page = await browser.newPage(PHONE);
    await signIn(page, 'officer.anr@demo.kakehashi.org');
    await page.getByRole('link', { name: 'Reviewer pool', exact: true }).click();
    await page.waitForURL(/\/agencies\/ANR\/reviewers$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Reviewer pool of ANR');

    await page.getByRole('button', { name: 'Add a reviewer' }).click();
    await page.getByLabel('ORCID iD', { exact: true }).fill('0000-0003-1111-222X');
    await page.getByLabel('Name in English').fill('Élodie Browser');
    await page.getByRole('button', { name: 'Add to the pool' }).click();
    // The new reviewer's editor opens; keywords in either language are saved.
    await expectText(page.getByRole('heading', { level: 2, name: 'Élodie Browser' }), 'Élodie Browser');
    await page.getByLabel('Keywords').fill('électrochimie\n電気化学');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Saved.' }), 'Saved.');
    await page.getByRole('searchbox', { name: /Search by name/ }).fill('Élodie');
    await expectText(page.locator('.results-summary'), '1 reviewer');
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
  });

  it('lets a JST reviewer declare a conflict with a proposal under review and withdraw it (Japanese)', async () => {
    const page = await browser.newPage(PHONE);
    await signIn(page, 'reviewer.jst@demo.kakehashi.org');
    await page.getByRole('link', { name: '評価者プロフィール', exact: true }).click();
    await page.waitForURL(/\/me\/reviewer-profile$/);
    await page.getByRole('heading', { level: 2, name: '利益相反の申告（JST）' }).waitFor();
    await page.getByRole('button', { name: '利益相反を申告' }).click();
    await expectText(page.getByText('理由を入力してください。', { exact: false }).first(), /理由を入力してください/);
    await page.getByLabel('提案', { exact: true }).selectOption('SIC25-007');
    await page.getByLabel('理由', { exact: true }).fill('研究代表者の博士論文審査委員を務めたため');
    await page.getByRole('button', { name: '利益相反を申告' }).click();
    // Declared, the proposal leaves the list (a reviewer never sees one they conflict with)…
    // (the paragraph of the declaration, not the textarea that still holds the words while saving)
    const declaration = page.getByRole('listitem').filter({ hasText: 'SIC25-007' }).getByText('研究代表者の博士論文審査委員を務めたため');
    await declaration.waitFor();
    await page.getByRole('row', { name: /SIC25-007/ }).waitFor({ state: 'detached' });
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    // …and withdrawing the declaration brings it back.
    await page.getByRole('button', { name: 'SIC25-007 に対する利益相反の申告を取り下げる' }).click();
    await page.getByRole('row', { name: /SIC25-007/ }).waitFor();
    await declaration.waitFor({ state: 'detached' });
  });

  it('lets the JST officer open the conflicts from the call, waive one with a required reason, and withdraw it (Japanese)', async () => {
    const page = await browser.newPage(PHONE);
    await signIn(page, 'po.jst@demo.kakehashi.org');
    await page.goto('/calls/SICORP-2025-JST-ANR');
    await page.getByRole('link', { name: '利益相反', exact: true }).click();
    await page.waitForURL(/\/calls\/SICORP-2025-JST-ANR\/conflicts$/);
    await expectText(page.getByRole('tab', { selected: true }), /^JST（\d+）$/);
    await page.getByText('同じ所属機関').first().waitFor();

    await page.getByRole('button', { name: /^免除\s*（/ }).first().click();
    await page.getByRole('button', { name: '利益相反を免除' }).click();
    await page.getByText('理由は必須です', { exact: false }).waitFor();
    await page.getByLabel(/を免除する理由/).fill('部局が異なるため（PD 了承済み）');
    await page.getByRole('button', { name: '利益相反を免除' }).click();
    await page.getByText('免除済み', { exact: true }).waitFor();
    await page.getByText('理由：部局が異なるため（PD 了承済み）').waitFor();
    await expectText(page.locator('.results-summary'), /うち免除 1 件/);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);

    await page.getByRole('button', { name: /^免除を取り消す/ }).click();
    await expectText(page.locator('.results-summary'), /うち免除 0 件/);

    // The ANR tab is read-only for a JST officer: no waive buttons.
    await page.getByRole('tab', { name: /^ANR/ }).click();
    await page.getByRole('tabpanel').waitFor();
    expect(await page.getByRole('button', { name: /^免除/ }).count()).toBe(0);
  });
});
