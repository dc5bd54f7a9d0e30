import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectText, textOf } from '../browser.js';

/**
 * Waits until the editor's autosave line says the last change is saved ("Saved at …" in either
 * language). An edit turns the line to "Unsaved changes…" at once, so a "Saved at" seen after the
 * last edit is that edit's save.
 */
export async function waitForAutosave(page: Page): Promise<void> {
  await expectText(page.locator('.save-status'), /^(Saved at|保存日時)\s*\S/);
}

/** The editor's eligibility panel (a region named by its heading). */
export function eligibilityPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^(Eligibility|応募要件)$/ });
}

/** The reference of the proposal whose editor is open (`/proposals/:ref/edit`). */
export function proposalRefOf(page: Page): string {
  const match = /\/proposals\/([^/]+)\/edit$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`Not in a proposal editor: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** The row of the admin mail outbox for one recipient and template (its English label). */
export function mailRow(page: Page, recipient: string, template: string): Locator {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: recipient, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: template, exact: true }) });
}

/**
 * On /admin/mail: opens the body of the one mail to `recipient` made from `template` and returns
 * its text.
 */
export async function readMail(page: Page, recipient: string, template: string): Promise<string> {
  const row = mailRow(page, recipient, template);
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  const subject = row.getByRole('button');
  await subject.click();
  const bodyId = await subject.getAttribute('aria-controls');
  if (!bodyId) throw new Error('The subject button names no body');
  const body = page.locator(`[id="${bodyId}"] pre.mail-text`);
  await body.waitFor();
  return textOf(body);
}

/** The invitation link in a mail's text (the first address that leads to /invitations/). */
export function invitationLink(mailText: string): string {
  const match = /https?:\/\/\S+\/invitations\/\S+/.exec(mailText);
  if (!match) throw new Error(`No invitation link in the mail:\n${mailText}`);
  return match[0];
}
