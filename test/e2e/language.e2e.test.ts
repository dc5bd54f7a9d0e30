import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, describeInBrowser, expectAttribute, expectText, signIn } from './browser.js';

// Where i18n.ts keeps the reader's choice.
const STORAGE_KEY = 'kakehashi.language';

function storedLanguage(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
}

/** The language saved on the signed-in account, as the API reports it. */
function accountLanguage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/auth/me', { headers: { accept: 'application/json' } });
    const body = (await response.json()) as { user: { locale: string } };
    return body.user.locale;
  });
}

// Each test signs in as a different demo user: choosing a language also saves it on the account,
// and no test may depend on what another one changed.
describeInBrowser('language', (browser) => {
  it('switches from English to 日本語 and remembers the choice across a reload and a new sign-in', async () => {
    const page = await browser.newPage();
    await signIn(page, DEMO.analyst);
    const heading = page.getByRole('heading', { level: 1 });
    await expectText(heading, 'Calls');
    await expectAttribute(page.locator('html'), 'lang', 'en');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Proposals' }).waitFor();

    await page.getByLabel('Language', { exact: true }).selectOption({ label: '日本語' });
    await expectText(heading, '公募');
    await expectAttribute(page.locator('html'), 'lang', 'ja');
    await page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '提案' }).waitFor();
    await page.getByRole('columnheader', { name: '支援方式' }).waitFor();
    expect(await page.getByLabel('言語', { exact: true }).inputValue()).toBe('ja');
    expect(await storedLanguage(page)).toBe('ja');
    expect(await page.title()).toBe('公募 | 架け橋 Kakehashi');

    await page.reload();
    await expectText(heading, '公募');
    await expectAttribute(page.locator('html'), 'lang', 'ja');
    expect(await page.getByLabel('言語', { exact: true }).inputValue()).toBe('ja');

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL(/\/login/);
    // Signed out in an English browser: only the stored choice can make this page Japanese.
    await expectText(heading, 'ログイン');
    await expectAttribute(page.locator('html'), 'lang', 'ja');

    await signIn(page, DEMO.analyst);
    await expectText(heading, '公募');
    await expectAttribute(page.locator('html'), 'lang', 'ja');
    // The choice was saved on the account as well, for mail and other browsers.
    expect(await accountLanguage(page)).toBe('ja');
  });

  it("uses the account's language after sign-in when nothing was chosen in this browser", async () => {
    const page = await browser.newPage();
    await page.goto('/login');
    await expectText(page.getByRole('heading', { level: 1 }), 'Sign in');

    await signIn(page, DEMO.programmeOfficer);
    await expectText(page.getByRole('heading', { level: 1 }), '公募');
    await expectAttribute(page.locator('html'), 'lang', 'ja');
    expect(await storedLanguage(page)).toBeNull();
    expect(await accountLanguage(page)).toBe('ja');
  });

  it("keeps a language chosen before sign-in over the account's, and saves it on the account", async () => {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await page.goto('/login');
    const heading = page.getByRole('heading', { level: 1 });
    await expectText(heading, 'ログイン');

    await page.getByLabel('言語', { exact: true }).selectOption({ label: 'English' });
    await expectText(heading, 'Sign in');
    await expectAttribute(page.locator('html'), 'lang', 'en');

    await signIn(page, DEMO.programmeDirector);
    await expectText(heading, 'Calls');
    await expectAttribute(page.locator('html'), 'lang', 'en');
    await expect.poll(() => accountLanguage(page)).toBe('en');
  });
});
