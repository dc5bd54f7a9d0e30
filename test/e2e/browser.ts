import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/service-context.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Browser tests drive Debian's own Chromium (CI installs it with apt-get). Downloading a browser
 * (`npx playwright install`) is not allowed: the machines have no network beyond localhost.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Without the networking switches Chromium keeps trying to reach Google's services and floods
// the log with refused connections on machines that only have localhost.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The demo's shared password (src/demo/demo-users.ts). */
export const DEMO_PASSWORD = 'kakehashi-demo';

/** Demo sign-ins used by the browser tests, with the language saved on each account. */
export const DEMO = {
  /** Administrator; account language English; sees everything. */
  admin: 'admin@demo.kakehashi.org',
  /** JST programme officer; account language Japanese. */
  programmeOfficer: 'po.jst@demo.kakehashi.org',
  /** JST programme director; account language Japanese. */
  programmeDirector: 'pd.jst@demo.kakehashi.org',
  /** ANR partner officer; account language English. */
  partnerOfficer: 'officer.anr@demo.kakehashi.org',
  /** Lead PI of SIC25-001 and ASP22-038 only; account language Japanese. */
  applicant: 'applicant@demo.kakehashi.org',
  /** Analyst (JST); account language English. */
  analyst: 'analyst@demo.kakehashi.org',
} as const;

export type BrowserTestEnvironment = {
  /** Address of this file's server, without a trailing slash. */
  readonly url: string;
  /** The server's services context, to set up what no page of the test's path creates (e.g. a published assignment). */
  readonly ctx: ServiceContext;
  /**
   * A page in a new browser context (own cookies and storage), closed after the test. English
   * (en-US) at 1280x800 unless told otherwise.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
};

type BrowserCheck = { isAvailable: true } | { isAvailable: false; isRequired: boolean; reason: string };

function checkBrowser(): BrowserCheck {
  if (fs.existsSync(CHROMIUM_PATH)) return { isAvailable: true };
  // CI sets KAKEHASHI_REQUIRE_BROWSER=1 so that a missing browser fails the run instead of
  // silently skipping every browser test.
  const isRequired = process.env.KAKEHASHI_REQUIRE_BROWSER === '1';
  return {
    isAvailable: false,
    isRequired,
    reason: `Chromium is not installed at ${CHROMIUM_PATH} (install it with "apt-get install chromium"; never "npx playwright install")`,
  };
}

/**
 * A describe block for a browser test file: one server (fresh database with the demo) and one
 * Chromium for the block, a new browser context per test. Without Chromium the tests are skipped
 * with the reason, or fail when KAKEHASHI_REQUIRE_BROWSER=1.
 */
export function describeInBrowser(name: string, body: (environment: BrowserTestEnvironment) => void): void {
  const check = checkBrowser();
  if (!check.isAvailable) {
    if (check.isRequired) {
      describe(name, () => {
        it('has Chromium to run in', () => {
          throw new Error(`${check.reason}. KAKEHASHI_REQUIRE_BROWSER=1 requires the browser tests to run.`);
        });
      });
    } else {
      // The default reporter shows only a count of skipped tests; say why on the console too.
      console.warn(`Browser tests "${name}" skipped: ${check.reason}.`);
      describe.skip(`${name} [skipped: ${check.reason}]`, () => {
        it('needs Chromium', () => undefined);
      });
    }
    return;
  }

  describe(name, () => {
    let server: TestServer | undefined;
    let browser: Browser | undefined;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      // Started side by side: the demo's password hashing and Chromium's start both take seconds.
      const [startedServer, launchedBrowser] = await Promise.allSettled([
        startTestServer(),
        chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
      ]);
      if (startedServer.status === 'fulfilled') server = startedServer.value;
      if (launchedBrowser.status === 'fulfilled') browser = launchedBrowser.value;
      if (startedServer.status === 'rejected') throw startedServer.reason;
      if (launchedBrowser.status === 'rejected') throw launchedBrowser.reason;
    });

    afterEach(async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    });

    afterAll(async ({}, suite) => {
      const passed = !JSON.stringify(suite.tasks.map((task) => task.result?.state ?? 'pass')).includes('fail');
      await browser?.close();
      await server?.close(passed);
    });

    body({
      get url() {
        if (!server) throw new Error('The test server starts in beforeAll; use it inside tests');
        return server.url;
      },
      get ctx() {
        if (!server) throw new Error('The test server starts in beforeAll; use it inside tests');
        return server.ctx;
      },
      async newPage(options = {}) {
        if (!browser || !server) throw new Error('The browser starts in beforeAll; use it inside tests');
        const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, ...options, baseURL: server.url });
        contexts.push(context);
        context.setDefaultTimeout(15_000);
        return context.newPage();
      },
    });
  });
}

/**
 * Signs in through the form, in whichever language the page shows, and waits until the page has
 * left /login. The form's labels are what the tests find, so this checks them too.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url(), 'http://localhost').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel(/^(Email|メールアドレス)$/).fill(email);
  await page.getByLabel(/^(Password|パスワード)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|ログイン)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('button', { name: /^(Sign out|ログアウト)$/ }).waitFor();
}

/** The text of an element with runs of white space made single spaces. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the text of an element matches (the UI updates after requests). */
export async function expectText(locator: Locator, expected: string | RegExp): Promise<void> {
  await expect.poll(() => textOf(locator), { timeout: 15_000 }).toMatch(expected instanceof RegExp ? expected : new RegExp(`^${escapeRegExp(expected)}$`));
}

/** The value of an attribute once it matches. */
export async function expectAttribute(locator: Locator, name: string, expected: string | null): Promise<void> {
  await expect.poll(() => locator.getAttribute(name), { timeout: 15_000 }).toBe(expected);
}

/** The cells after the row heading of the table row headed `rowHeading`. */
export async function rowCells(table: Locator, rowHeading: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: rowHeading, exact: true }) });
  await row.first().waitFor();
  return (await row.first().getByRole('cell').allTextContents()).map((text) => text.trim());
}

/** Whether the page is wider than the window (horizontal scrolling of the whole page). */
export async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where screenshots go: docs/screenshots when `npm run screenshots` asks for them
 * (KAKEHASHI_SCREENSHOTS=1), otherwise a temporary folder, so that running the tests never
 * changes the committed pictures.
 */
export const SCREENSHOT_DIR =
  process.env.KAKEHASHI_SCREENSHOTS === '1'
    ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots')
    : path.join(os.tmpdir(), 'kakehashi-screenshots');

/** A full-page screenshot once fonts are loaded (Noto CJK loads lazily); returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
