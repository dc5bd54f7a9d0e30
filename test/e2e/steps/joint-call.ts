import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectText } from '../browser.js';

export { SCREENSHOT_DIR, screenshot } from '../browser.js';

/** The languages of the UI. */
export type UiLanguage = 'en' | 'ja';

/** A JST–partner joint call as the call editor asks for it; dates are `YYYY-MM-DD`, amounts in major units. */
export type JointCallInput = {
  code: string;
  title: { en: string; ja: string };
  /** Field checkboxes to tick, by their English label. */
  fields: readonly string[];
  opens: string;
  partnerAgency: string;
  deadline: string;
  jpy: { total: string; capPerYear: string };
  partner: { total: string; capPerYear: string };
  /** Agencies of the `partner_pi_funded_by` rule, by code. */
  partnerFundedBy: readonly string[];
  budgetWithinCap: boolean;
};

/**
 * Switches the UI language with the header's switcher (saved on the account when signed in) and
 * waits until the page says so in its `lang`.
 */
export async function switchLanguage(page: Page, language: UiLanguage): Promise<void> {
  await page.getByLabel(/^(Language|言語)$/).selectOption(language);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
}

/** A date `days` from today (UTC) as `YYYY-MM-DD`, for the date inputs of the call editor. */
export function dateFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The row of the calls list that names the call. */
export function callRow(page: Page, code: string): Locator {
  return page.getByRole('row').filter({ hasText: code });
}

/**
 * As a JST programme officer already signed in: creates the joint call in the call editor (in
 * English), lands on its page as a draft and approves it for JST. Publishing still waits for the
 * partner agency.
 */
export async function createJointCallAndApproveForJst(page: Page, call: JointCallInput): Promise<void> {
  await switchLanguage(page, 'en');
  await page.getByRole('link', { name: 'New call', exact: true }).click();
  await page.waitForURL(/\/calls\/new$/);
  await page.locator('#ce-code').fill(call.code);
  await page.locator('#ce-programme').selectOption('SICORP');
  await page.locator('#ce-title-en').fill(call.title.en);
  await page.locator('#ce-title-ja').fill(call.title.ja);
  expect(await page.locator('#ce-modality').inputValue()).toBe('joint_call');
  for (const field of call.fields) await page.locator('#ce-fields').getByRole('checkbox', { name: field, exact: true }).check();
  await page.locator('#ce-opens').fill(call.opens);
  await page.locator('#ce-opens-time').fill('00:00');

  expect(await page.locator('#ce-sides-0-agency').inputValue()).toBe('JST');
  await page.locator('#ce-sides-1-agency').selectOption(call.partnerAgency);
  await page.locator('#ce-sides-0-deadline').fill(call.deadline);
  await page.locator('#ce-sides-0-deadline-time').fill('12:00');
  await page.locator('#ce-sides-1-deadline').fill(call.deadline);
  await page.locator('#ce-sides-1-deadline-time').fill('17:00');
  await page.locator('#ce-sides-0-budget-total').fill(call.jpy.total);
  await page.locator('#ce-sides-0-budget-perProjectPerYearMax').fill(call.jpy.capPerYear);
  await page.locator('#ce-sides-1-budget-total').fill(call.partner.total);
  await page.locator('#ce-sides-1-budget-perProjectPerYearMax').fill(call.partner.capPerYear);

  await page.getByRole('button', { name: 'Add a criterion', exact: true }).click();
  await page.locator('#ce-criteria-0-code').fill('significance');
  await page.locator('#ce-criteria-0-name-en').fill('Significance');
  await page.locator('#ce-criteria-0-name-ja').fill('重要性');

  if (call.partnerFundedBy.length > 0) {
    await page.locator('#ce-rule-partner_pi_funded_by').check();
    for (const agency of call.partnerFundedBy) {
      await page.locator('#ce-rule-partner_pi_funded_by-agencies').getByRole('checkbox', { name: new RegExp(`^${agency}`) }).check();
    }
  }
  if (call.budgetWithinCap) await page.locator('#ce-rule-budget_within_cap').check();

  await page.getByRole('button', { name: 'Create draft call', exact: true }).click();
  await page.waitForURL(new RegExp(`/calls/${call.code}$`));
  await expectText(page.locator('.call-admin .badge').first(), 'Draft');
  const approvals = page.getByRole('region', { name: 'Approvals needed to publish' });
  await page.getByRole('button', { name: 'Approve for JST', exact: true }).click();
  await expectText(approvals.getByRole('row').filter({ hasText: 'JST' }), /Yoko Minami/);
  await expectText(page.locator('#refusals-open'), new RegExp(`Waiting for the approval of: ${call.partnerAgency}\\.`));
}

/**
 * As the partner agency's officer already signed in (English account): opens the draft from the
 * calls list, approves it for the agency and publishes it; the call is then open.
 */
export async function approveAndPublish(page: Page, code: string, agency: string): Promise<void> {
  await expectText(callRow(page, code), /Draft/);
  await callRow(page, code).getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/calls/${code}$`));
  await page.getByRole('button', { name: `Approve for ${agency}`, exact: true }).click();
  const publish = page.getByRole('button', { name: 'Publish', exact: true });
  await expect.poll(() => publish.isEnabled(), { timeout: 15_000 }).toBe(true);
  await publish.click();
  await expectText(page.locator('.call-admin .badge').first(), 'Open');
}
