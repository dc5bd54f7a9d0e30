import { expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, describeInBrowser, expectAttribute, expectText } from './browser.js';

/** Whether the element has the keyboard focus. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

describeInBrowser('sign in', (browser) => {
  it('shows a wrong password as the API error in English, focused, and then signs in to the calls', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await expectText(page.getByRole('heading', { level: 1 }), 'Sign in');
    await expectAttribute(page.locator('html'), 'lang', 'en');

    await page.getByLabel('Email', { exact: true }).fill(DEMO.admin);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const alert = page.getByRole('alert');
    await expectText(alert, /The email address or password is not correct\./);
    // Focus moves to the alert so that a keyboard or screen-reader user lands on what went wrong.
    await expect.poll(() => isFocused(alert)).toBe(true);
    // The form points at the alert, so its description announces the error too.
    const alertId = await alert.getAttribute('id');
    expect(alertId).toBeTruthy();
    expect(await page.locator('form', { has: page.getByLabel('Email', { exact: true }) }).getAttribute('aria-describedby')).toBe(alertId);
    expect(page.url()).toMatch(/\/login$/);

    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/calls$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Calls');
    const calls = page.getByRole('table', { name: /^Calls with their programme/ });
    await calls.waitFor();
    // Both demo calls, each row headed by its title link and code.
    await calls.getByRole('rowheader', { name: /ASPIRE-2022-TRIAL/ }).waitFor();
    await calls.getByRole('rowheader', { name: /SICORP-2025-JST-ANR/ }).waitFor();
    expect(await calls.locator('tbody').getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('shows a wrong password in Japanese to a Japanese browser', async () => {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await page.goto('/login');
    await expectText(page.getByRole('heading', { level: 1 }), 'ログイン');
    await expectAttribute(page.locator('html'), 'lang', 'ja');

    await page.getByLabel('メールアドレス', { exact: true }).fill(DEMO.partnerOfficer);
    await page.getByLabel('パスワード', { exact: true }).fill('wrong');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();

    const alert = page.getByRole('alert');
    await expectText(alert, /メールアドレスまたはパスワードが正しくありません。/);
    await expect.poll(() => isFocused(alert)).toBe(true);
    expect(await alert.textContent()).not.toContain('The email address');
  });

  it('asks for missing values before sending, with the message linked to the field', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await page.getByLabel('Email', { exact: true }).fill(DEMO.admin);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const password = page.getByLabel('Password', { exact: true });
    await expectAttribute(password, 'aria-invalid', 'true');
    await expect.poll(() => isFocused(password)).toBe(true);
    const describedBy = await password.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    await expectText(page.locator(`[id="${describedBy}"]`), 'Enter your password.');
  });

  it('can be completed with the keyboard only: Tab, typing and Enter', async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    const email = page.getByLabel('Email', { exact: true });
    await email.waitFor();

    // The first stop is the skip link; the email field follows within a few stops.
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(page.getByRole('link', { name: 'Skip to main content' }))).toBe(true);
    let presses = 1;
    while (!(await isFocused(email))) {
      if (presses >= 8) throw new Error('Tab did not reach the Email field within 8 presses');
      await page.keyboard.press('Tab');
      presses++;
    }
    await page.keyboard.type(DEMO.admin);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel('Password', { exact: true }))).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/calls$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Calls');
    await page.getByRole('table', { name: /^Calls with their programme/ }).getByRole('rowheader', { name: /ASPIRE-2022-TRIAL/ }).waitFor();
  });

  it('sends a visitor of a page to sign in and back to that page afterwards', async () => {
    const page = await browser.newPage();
    await page.goto('/calls/ASPIRE-2022-TRIAL');
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Email', { exact: true }).fill(DEMO.admin);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/calls\/ASPIRE-2022-TRIAL$/);
    await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
  });
});
