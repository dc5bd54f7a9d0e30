import { expect, it } from 'vitest';
import path from 'node:path';
import { describeInBrowser, expectText, pageScrollWidth, screenshot, SCREENSHOT_DIR, signIn, type BrowserTestEnvironment } from './browser.js';

const CALL = 'SICORP-2025-JST-ANR';
const REVIEWER_JST = 'reviewer.jst@demo.kakehashi.org'; // jp.hirose.naoko, account language Japanese
const PHONE = { viewport: { width: 375, height: 812 } };

/** Publishes a JST assignment giving the demo's JST reviewer SIC25-006 (the assignment page is another part of issue 5). */
async function publishAssignment(browser: BrowserTestEnvironment): Promise<void> {
  const db = browser.ctx.db;
  const call = await db.selectFrom('calls').select('id').where('code', '=', CALL).executeTakeFirstOrThrow();
  const jst = await db.selectFrom('agencies').select('id').where('code', '=', 'JST').executeTakeFirstOrThrow();
  const proposal = await db.selectFrom('proposals').select('id').where('ref', '=', 'SIC25-006').executeTakeFirstOrThrow();
  const reviewer = await db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .select('reviewers.id')
    .where('people.ref', '=', 'jp.hirose.naoko')
    .where('reviewers.agency_id', '=', jst.id)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('assignments').where('call_id', '=', call.id).where('agency_id', '=', jst.id).execute();
  const assignment = await db
    .insertInto('assignments')
    .values({ call_id: call.id, agency_id: jst.id, per_proposal: 1, objective: 0, status: 'published', solved_by: 'e2e', solved_at: new Date(), published_by: 'e2e', published_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('assignment_pairs').values({ assignment_id: assignment.id, proposal_id: proposal.id, reviewer_id: reviewer.id, affinity: 0.4, source: 'manual' }).execute();
}

describeInBrowser('reviewing', (browser) => {
  it('lets a reviewer score, save and submit on a phone in Japanese; the review is then read-only', async () => {
    await publishAssignment(browser);
    const page = await browser.newPage(PHONE);
    await signIn(page, REVIEWER_JST);
    await page.getByRole('link', { name: '担当する評価' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), '担当する評価');
    await page.getByText('未着手').first().waitFor();
    // Her demo reviews of SIC25-001 and -003 are listed too; open the newly assigned one.
    await page.locator('.review-list a[href$="/reviews/SIC25-006"]').click();
    await page.waitForURL(/\/reviews\/SIC25-006$/);

    const form = page.getByRole('form', { name: 'あなたの評価' });
    const groups = form.locator('fieldset.review-criterion');
    await groups.last().waitFor();
    const count = await groups.count();
    expect(count).toBe(7); // six criteria of the call and the confidence
    for (let index = 0; index < count; index += 1) await groups.nth(index).getByRole('radio', { name: '4', exact: true }).check();
    await form.getByLabel('コメント（日本語）').fill('実運転データの入手計画が具体的である。');
    await form.getByLabel('コメント（英語）').fill('A concrete plan for obtaining field data.');
    await form.getByRole('button', { name: '下書きを保存' }).click();
    await expectText(form.getByRole('status'), /^下書き保存/);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'review-ja-375.png');
    await form.screenshot({ path: path.join(SCREENSHOT_DIR, 'review-form-ja-375.png'), animations: 'disabled' });

    await form.getByRole('button', { name: '評価を提出…' }).click();
    await form.getByRole('button', { name: '提出する' }).click();
    await page.getByRole('heading', { level: 2, name: '提出した評価' }).waitFor();
    await page.getByText('実運転データの入手計画が具体的である。').waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
  });

  it('shows officers raw and normalised scores with the spread and each review (English)', async () => {
    const page = await browser.newPage(PHONE);
    await signIn(page, 'officer.anr@demo.kakehashi.org');
    await page.goto(`/calls/${CALL}`);
    await page.getByRole('link', { name: 'Scores (JST)' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Review scores: JST');
    const table = page.getByRole('table', { name: "Scores of the proposals reviewed by JST's reviewers" });
    for (const column of ['Raw', 'Normalised', 'Percentile', 'Reviews', 'Spread of totals']) await table.getByRole('columnheader', { name: column, exact: true }).waitFor();
    const toggle = table.getByRole('button', { name: /SIC25-001/ });
    await toggle.click();
    await expectText(page.locator('[aria-expanded="true"]').first(), /SIC25-001/);
    await page.getByRole('list', { name: 'Reviews of SIC25-001' }).getByRole('listitem').first().waitFor();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'scores-en-375.png');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'scores-en.png');
  });
});
