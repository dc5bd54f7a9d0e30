import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, describeInBrowser, expectText, screenshot, signIn } from './browser.js';

const CALL = 'SICORP-2025-JST-ANR';
const REVIEWER_JST = 'reviewer.jst@demo.kakehashi.org';
const REVIEWER_ANR = 'reviewer.anr@demo.kakehashi.org';

/** From the call page, an officer solves their agency's assignment with the call's defaults and publishes it. */
async function solveAndPublish(page: Page, labels: { link: string; solve: string; solved: RegExp; publish: string; confirm: string; published: RegExp }, picture: string): Promise<void> {
  await page.goto(`/calls/${CALL}`);
  await page.getByRole('link', { name: labels.link, exact: true }).click();
  await page.getByRole('button', { name: labels.solve, exact: true }).click();
  await expectText(page.getByRole('status').filter({ hasText: labels.solved }), labels.solved);
  await page.getByRole('button', { name: labels.publish, exact: true }).click();
  await page.getByRole('button', { name: labels.confirm, exact: true }).click();
  await expectText(page.getByRole('status').filter({ hasText: labels.published }), labels.published);
  await screenshot(page, picture);
}

/**
 * Issue 5's done-when, in the browser: the pools and the conflicts with their reasons, an
 * assignment solved and published by each agency's officer, a review written by an assigned
 * reviewer, and the raw and normalised scores that include it.
 */
describeInBrowser('review journey', (browser) => {
  it('takes the SICORP call from two reviewer pools to published assignments, a submitted review and its scores', async () => {
    // 1. The JST officer (Japanese account) reads the pool and the conflicts with their reasons.
    const jst = await browser.newPage();
    await signIn(jst, DEMO.programmeOfficer);
    await jst.goto('/agencies/JST/reviewers');
    await expectText(jst.getByRole('heading', { level: 1 }), 'JST の評価者リスト');
    await jst.getByText(/広瀬\s*直子|Naoko Hirose/).first().waitFor();
    await screenshot(jst, 'pool-ja.png');
    await jst.goto(`/calls/${CALL}`);
    await jst.getByRole('link', { name: '利益相反', exact: true }).click();
    await jst.getByText('同じ所属機関').first().waitFor();
    await jst.getByText('申告').first().waitFor();
    await screenshot(jst, 'conflicts-ja.png');

    // 2. Each agency's officer solves and publishes its own side's assignment.
    await solveAndPublish(jst, {
      link: '割り当て（JST）',
      solve: '割り当てを求める',
      solved: /^計算しました：\d+ 組/,
      publish: '公開して審査委員に通知する',
      confirm: '公開する',
      published: /^公開しました。/,
    }, 'assignment-ja.png');
    const anr = await browser.newPage();
    await signIn(anr, DEMO.partnerOfficer);
    await solveAndPublish(anr, {
      link: 'Assignment (ANR)',
      solve: 'Solve',
      solved: /^Solved: \d+ pairs/,
      publish: 'Publish and notify reviewers',
      confirm: 'Yes, publish',
      published: /^Published\. \d+ reviewers were notified by mail\.$/,
    }, 'assignment-en.png');
    await anr.goto('/agencies/ANR/reviewers');
    await anr.getByText(/Isabelle Fournier/).first().waitFor();
    await screenshot(anr, 'pool-en.png');
    await anr.goto(`/calls/${CALL}/conflicts`);
    await anr.getByText('Co-author').first().waitFor();
    await screenshot(anr, 'conflicts-en.png');

    // 3. The JST reviewer (Japanese) finds a newly assigned proposal and submits a review.
    const reviewer = await browser.newPage();
    await signIn(reviewer, REVIEWER_JST);
    await reviewer.getByRole('link', { name: '担当する評価' }).click();
    const fresh = reviewer.locator('.review-list li').filter({ hasText: '未着手' }).first();
    await fresh.getByRole('link').click();
    await reviewer.waitForURL(/\/reviews\/SIC25-\d+$/);
    const ref = decodeURIComponent(new URL(reviewer.url()).pathname.split('/').pop() ?? '');
    const form = reviewer.getByRole('form', { name: 'あなたの評価' });
    const groups = form.locator('fieldset.review-criterion');
    await groups.last().waitFor();
    for (let index = 0; index < (await groups.count()); index += 1) await groups.nth(index).getByRole('radio', { name: '3', exact: true }).check();
    await form.getByLabel('コメント（日本語）').fill('目標は明確だが、両国の役割分担をより具体的に示すべきである。');
    await form.getByRole('button', { name: '評価を提出…' }).click();
    await form.getByRole('button', { name: '提出する' }).click();
    await reviewer.getByRole('heading', { level: 2, name: '提出した評価' }).waitFor();
    await screenshot(reviewer, 'review-ja.png');

    // The ANR reviewer (English) has the proposals ANR's assignment gave her.
    const anrReviewer = await browser.newPage();
    await signIn(anrReviewer, REVIEWER_ANR);
    await anrReviewer.getByRole('link', { name: 'My reviews' }).click();
    await anrReviewer.locator('.review-list li').filter({ hasText: 'Not started' }).first().waitFor();
    await screenshot(anrReviewer, 'my-reviews-en.png');

    // 4. The JST officer sees the review in the scores: raw and normalised side by side.
    await jst.goto(`/calls/${CALL}`);
    await jst.getByRole('link', { name: '評点（JST）', exact: true }).click();
    const table = jst.getByRole('table').first();
    for (const column of ['素点', '標準化点']) await table.getByRole('columnheader', { name: column, exact: true }).waitFor();
    await table.getByRole('button', { name: new RegExp(ref) }).click();
    const reviews = jst.getByRole('list', { name: new RegExp(ref) });
    await reviews.getByText('目標は明確だが、両国の役割分担をより具体的に示すべきである。').waitFor();
    expect(await reviews.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    await screenshot(jst, 'scores-ja.png');
  });
});
