import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO, describeInBrowser, expectAttribute, expectText, screenshot, signIn, textOf } from './browser.js';


// Dates a year ahead of the real clock (the test server runs on it), so publishing is allowed.
const YEAR = new Date().getUTCFullYear() + 1;
const CODE = `JST-ANR-E2E-${YEAR}`;

/** Whether the element with `id` has the keyboard focus. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** The row of the calls table that names the call. */
function callRow(page: Page): Locator {
  return page.getByRole('row').filter({ hasText: CODE });
}

describeInBrowser('call editor', (browser) => {
  it('configures a JST–ANR joint call as two officers and publishes it for applicants', async () => {
    // The JST officer's account is in Japanese, so the editor first shows itself in Japanese.
    const jst = await browser.newPage();
    await signIn(jst, DEMO.programmeOfficer);
    await jst.getByRole('link', { name: /^(New call|公募の新規作成)$/ }).click();
    await jst.waitForURL(/\/calls\/new$/);
    await jst.locator('#ce-code').waitFor();
    await expectAttribute(jst.locator('html'), 'lang', 'ja');

    await jst.locator('#ce-code').fill(CODE);
    await jst.locator('#ce-programme').selectOption('SICORP');
    await jst.locator('#ce-title-en').fill('Japan–France joint call on quantum sensing');
    await jst.locator('#ce-title-ja').fill('日仏共同公募 量子センシング');
    expect(await jst.locator('#ce-modality').inputValue()).toBe('joint_call');
    await jst.locator('#ce-fields').getByRole('checkbox', { name: '量子' }).check();
    await jst.locator('#ce-opens').fill(`${YEAR}-01-15`);
    await jst.locator('#ce-opens-time').fill('10:00');

    // The lead side is the officer's own agency; each deadline is typed in its agency's zone.
    expect(await jst.locator('#ce-sides-0-agency').inputValue()).toBe('JST');
    await jst.locator('#ce-sides-1-agency').selectOption('ANR');
    await expectText(jst.locator('#ce-sides-0 legend').nth(1), /Asia\/Tokyo/);
    await expectText(jst.locator('#ce-sides-1 legend').nth(1), /Europe\/Paris/);
    await jst.locator('#ce-sides-0-deadline').fill(`${YEAR}-07-31`);
    await jst.locator('#ce-sides-0-deadline-time').fill('12:00');
    await jst.locator('#ce-sides-1-deadline').fill(`${YEAR}-07-31`);
    await jst.locator('#ce-sides-1-deadline-time').fill('17:00');
    await jst.locator('#ce-sides-0-budget-total').fill('300000000');
    await jst.locator('#ce-sides-0-budget-perProjectPerYearMax').fill('15000000');
    await jst.locator('#ce-sides-1-budget-total').fill('2000000.125');
    await jst.locator('#ce-sides-1-budget-perProjectPerYearMax').fill('150000.50');

    const addCriterion = jst.getByRole('button', { name: /^(Add a criterion|評価基準を追加)$/ });
    await addCriterion.click();
    await addCriterion.click();
    await jst.locator('#ce-criteria-0-code').fill('significance');
    await jst.locator('#ce-criteria-0-name-en').fill('Significance');
    await jst.locator('#ce-criteria-0-name-ja').fill('重要性');
    await jst.locator('#ce-criteria-0-weight').fill('2');
    await jst.locator('#ce-criteria-1-code').fill('feasibility');
    await jst.locator('#ce-criteria-1-name-en').fill('Feasibility');
    await jst.locator('#ce-criteria-1-name-ja').fill('実現可能性');
    await jst.locator('#ce-criteria-1-scale-max').fill('10');

    await jst.locator('#ce-rule-partner_pi_funded_by').check();
    await jst.locator('#ce-rule-partner_pi_funded_by-agencies').getByRole('checkbox', { name: /^ANR/ }).check();

    const create = jst.getByRole('button', { name: /^(Create draft call|下書きとして作成)$/ });
    const partnerTotal = jst.locator('#ce-sides-1-budget-total');
    const partnerTotalError = jst.locator('#ce-sides-1-budget-total-error');

    // Three decimals for EUR: caught before sending, at the field, with focus moved there.
    await create.click();
    await expectText(partnerTotalError, /EUR/);
    await expectAttribute(partnerTotal, 'aria-invalid', 'true');
    await expectAttribute(partnerTotal, 'aria-describedby', 'ce-sides-1-budget-total-error');
    await expect.poll(() => focusedId(jst)).toBe('ce-sides-1-budget-total');
    expect(await jst.locator('#ce-summary').getAttribute('role')).toBe('alert');

    // A negative amount is the server's to refuse: its issue path leads to the same field.
    await partnerTotal.fill('-2000000');
    await create.click();
    await expectText(partnerTotalError, /正の金額/);
    await expectAttribute(partnerTotal, 'aria-invalid', 'true');
    await expect.poll(() => focusedId(jst)).toBe('ce-sides-1-budget-total');
    await expectText(jst.locator('#ce-summary'), /sides\[1\]\.budget\.total\.amount/);
    expect(new URL(jst.url()).pathname).toBe('/calls/new');

    await partnerTotal.fill('2000000');
    await screenshot(jst, 'call-editor-ja.png');
    // The same form in English: switching the language keeps what was typed.
    await jst.getByLabel('言語', { exact: true }).selectOption('en');
    await expectText(jst.getByRole('heading', { level: 1 }), 'New call');
    expect(await partnerTotal.inputValue()).toBe('2000000');
    await screenshot(jst, 'call-editor-en.png');

    await jst.getByRole('button', { name: 'Create draft call' }).click();
    await jst.waitForURL(new RegExp(`/calls/${CODE}$`));
    const admin = jst.getByRole('region', { name: 'Approvals needed to publish' });
    await expectText(jst.locator('.call-admin .badge').first(), 'Draft');
    await expectText(admin.getByRole('row').filter({ hasText: 'JST' }), /Not yet approved/);
    await expectText(admin.getByRole('row').filter({ hasText: 'ANR' }), /Not yet approved/);
    // Publishing waits for both agencies: the button is off and the server's reason is shown.
    expect(await jst.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);
    await expectText(jst.locator('#refusals-open'), /Waiting for the approval of: JST, ANR\./);
    await jst.getByRole('button', { name: 'Approve for JST' }).click();
    await expectText(admin.getByRole('row').filter({ hasText: 'JST' }), /Yoko Minami/);
    await expectText(jst.locator('#refusals-open'), /Waiting for the approval of: ANR\./);

    // The ANR officer sees the draft in the list, approves and publishes.
    const anr = await browser.newPage();
    await signIn(anr, DEMO.partnerOfficer);
    await expectText(callRow(anr), /Draft/);
    await callRow(anr).getByRole('link').first().click();
    await anr.waitForURL(new RegExp(`/calls/${CODE}$`));
    await expectText(anr.getByRole('region', { name: 'Approvals needed to publish' }).getByRole('row').filter({ hasText: 'JST' }), /Yoko Minami/);
    await anr.getByRole('button', { name: 'Approve for ANR' }).click();
    const publish = anr.getByRole('button', { name: 'Publish' });
    await expect.poll(() => publish.isEnabled()).toBe(true);
    await publish.click();
    await expectText(anr.locator('.call-admin .badge').first(), 'Open');
    expect(await textOf(anr.locator('.call-admin'))).toMatch(/published/);

    // Applicants now see it, open, in the list.
    const applicant = await browser.newPage();
    await signIn(applicant, DEMO.applicant);
    await expectText(callRow(applicant), /公開中|Open/);
    expect(await applicant.getByRole('link', { name: /^(New call|公募の新規作成)$/ }).count()).toBe(0);
  });
});
