import { expect, it } from 'vitest';
import { describeInBrowser, expectText, pageScrollWidth, screenshot, signIn } from './browser.js';

const CALL = 'SICORP-2025-JST-ANR';
const PHONE = { viewport: { width: 375, height: 812 } };

describeInBrowser('reviewer assignment', (browser) => {
  it('lets an officer solve, explain a pair, edit with live violations and publish, on a phone (English)', async () => {
    const page = await browser.newPage(PHONE);
    await signIn(page, 'officer.anr@demo.kakehashi.org');
    await page.goto(`/calls/${CALL}`);
    await page.getByRole('link', { name: 'Assignment (ANR)' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Reviewer assignment: ANR');

    await page.getByLabel('Reviewers per proposal').fill('2');
    await page.getByRole('button', { name: 'Solve', exact: true }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Solved:' }), /^Solved: 14 pairs, total affinity \d/);
    await expectText(page.locator('.assignment-check [aria-live]'), 'Every constraint holds.');
    const table = page.getByRole('table', { name: 'Proposals and their reviewers, highest affinity first' });
    await table.getByRole('rowheader', { name: /SIC25-001/ }).waitFor();

    // Removing a pair breaks the proposal's coverage at once, and publishing is blocked.
    const remove = table.getByRole('button', { name: /^Remove .* from SIC25-001$/ }).first();
    const removedLabel = (await remove.getAttribute('aria-label')) ?? '';
    await remove.click();
    await expectText(page.locator('.assignment-violations li').first(), 'Proposal SIC25-001 has 1 of 2 reviewers.');
    expect(await page.getByRole('button', { name: 'Publish and notify reviewers' }).isDisabled()).toBe(true);

    // The pair editor explains a pair and puts the removed reviewer back.
    const reviewerName = removedLabel.replace(/^Remove /, '').replace(/ from SIC25-001$/, '');
    const editor = page.getByRole('region', { name: 'Edit a pair' });
    await editor.getByLabel('Proposal', { exact: true }).selectOption('SIC25-001');
    const option = editor.getByLabel('Reviewer', { exact: true }).locator('option', { hasText: reviewerName });
    await editor.getByLabel('Reviewer', { exact: true }).selectOption((await option.getAttribute('value')) ?? '');
    await editor.getByText('Same field').waitFor();
    await editor.getByRole('button', { name: 'Add to assignment' }).click();
    await expectText(page.locator('.assignment-check [aria-live]'), 'Every constraint holds.');
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'assignment-en-375.png');

    await page.getByRole('button', { name: 'Publish and notify reviewers' }).click();
    await page.getByRole('button', { name: 'Yes, publish' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Published.' }), /^Published\. \d+ reviewers were notified by mail\.$/);
    await expectText(page.locator('.assignment-summary .badge'), 'Published');
  });

  it('shows the JST assignment in Japanese with shared words, on a phone', async () => {
    const page = await browser.newPage({ ...PHONE, locale: 'ja-JP' });
    await signIn(page, 'po.jst@demo.kakehashi.org');
    await page.goto(`/calls/${CALL}/review/JST/assignment`);
    await expectText(page.getByRole('heading', { level: 1 }), '審査委員の割り当て：JST');
    await page.getByRole('button', { name: '割り当てを求める', exact: true }).click();
    await expectText(page.locator('.assignment-check [aria-live]'), 'すべての制約を満たしています。');
    await page.locator('.assignment-terms .tag').first().waitFor();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'assignment-ja-375.png');
  });
});
