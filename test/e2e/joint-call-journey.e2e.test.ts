import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO, describeInBrowser, expectText, signIn, textOf } from './browser.js';
import { approveAndPublish, callRow, createJointCallAndApproveForJst, dateFromToday, screenshot, switchLanguage } from './steps/joint-call.js';
import { eligibilityPanel, invitationLink, mailRow, proposalRefOf, readMail, waitForAutosave } from './steps/proposal.js';

// The test server runs on the real clock: the call opened yesterday and closes in about a year.
const CODE = `JST-ANR-JOURNEY-${new Date().getUTCFullYear()}`;
const PARTNER_PI = { email: 'partner.pi.e2e@example.org', name: 'Camille Martin', password: 'partner-e2e-passphrase' };
// The editor's first fiscal year is the server's current year (UTC); the second follows it.
const SECOND_FISCAL_YEAR = new Date().getUTCFullYear() + 1;
const GRANT_ID = 'ANR-25-QUAN-0042';

/** The proposals table of /proposals (its caption names it). */
function proposalRow(page: Page, ref: string) {
  return page
    .getByRole('table', { name: /^(Proposals; select a column header to sort|提案)/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: ref }) });
}

describeInBrowser('joint call journey', (browser) => {
  it('takes a JST–ANR joint call from two officers to a bi-national proposal submitted by both PIs', async () => {
    const started = Date.now();
    const steps: string[] = [];
    const step = (text: string) => steps.push(`${((Date.now() - started) / 1000).toFixed(1)} s: ${text}`);

    // 1. Two officers configure and publish the call.
    const jst = await browser.newPage();
    await signIn(jst, DEMO.programmeOfficer);
    await createJointCallAndApproveForJst(jst, {
      code: CODE,
      title: { en: 'Japan–France joint call on quantum sensing', ja: '日仏共同公募 量子センシング' },
      fields: ['Quantum', 'Materials'],
      opens: dateFromToday(-1),
      partnerAgency: 'ANR',
      deadline: dateFromToday(360),
      jpy: { total: '300000000', capPerYear: '15000000' },
      partner: { total: '2000000', capPerYear: '150000.50' },
      partnerFundedBy: ['ANR'],
      budgetWithinCap: true,
    });
    step('po.jst created the JST–ANR draft call and approved it for JST');
    const anr = await browser.newPage();
    await signIn(anr, DEMO.partnerOfficer);
    await approveAndPublish(anr, CODE, 'ANR');
    step('officer.anr approved it for ANR and published it');

    // 2. The Japanese lead PI starts and fills a proposal (the account's language is Japanese).
    const lead = await browser.newPage();
    await signIn(lead, DEMO.applicant);
    await expectText(callRow(lead, CODE), /公開中/);
    await callRow(lead, CODE).getByRole('link').first().click();
    await lead.waitForURL(new RegExp(`/calls/${CODE}$`));
    await lead.getByRole('button', { name: '提案を作成する', exact: true }).click();
    await lead.locator('#start-title-en').fill('Diamond NV centres for quantum sensing of the brain');
    await lead.locator('#start-title-ja').fill('ダイヤモンドNVセンターによる脳の量子センシング');
    await lead.getByRole('button', { name: '作成', exact: true }).click();
    await lead.waitForURL(/\/proposals\/[^/]+\/edit$/);
    const ref = proposalRefOf(lead);
    await lead.locator('#abstract-en').fill('We build quantum sensors from diamond nitrogen-vacancy centres to image neural activity.');
    await lead.locator('#abstract-ja').fill('ダイヤモンドの窒素空孔中心を用いた量子センサーで神経活動を画像化する。');
    await lead.locator('#keywords').fill('quantum sensing, 量子センシング, NV centre');
    await lead.locator('#field').selectOption('materials');
    await lead.getByRole('button', { name: '会計年度を追加', exact: true }).first().click();
    await lead.locator('#team-0-amount-0').fill('12000000');
    await lead.getByRole('button', { name: '会計年度を追加', exact: true }).first().click();
    await lead.locator('#team-0-amount-1').fill('15000000');
    await lead.getByRole('button', { name: '交流を追加', exact: true }).click();
    await expect.poll(() => lead.locator('#exchange-0-to').inputValue()).toBe('FR');
    await lead.locator('#exchange-0-months').fill('6');
    await lead.locator('#exchange-0-purpose').fill('Joint measurements at the partner laboratory');
    await waitForAutosave(lead);
    step(`the lead PI started ${ref}, filled summary, JST budget (JPY) and an exchange; autosave said "保存日時 …"`);

    // Reload: what was typed was saved by the server, not only kept in the page.
    await lead.reload();
    expect(await lead.locator('#field').inputValue()).toBe('materials');
    expect(await lead.locator('#team-0-amount-1').inputValue()).toBe('15000000');
    expect(await lead.locator('#exchange-0-months').inputValue()).toBe('6');
    // One yen over the JST cap in the second fiscal year: live eligibility says what to fix.
    await lead.locator('#team-0-amount-1').fill('15000001');
    await waitForAutosave(lead);
    await expectText(eligibilityPanel(lead), new RegExp(`1 件の要件を満たしていません.*予算上限.*${SECOND_FISCAL_YEAR}`));
    await screenshot(lead, 'proposal-editor-ja.png');
    await switchLanguage(lead, 'en');
    await expectText(eligibilityPanel(lead), new RegExp(`1 rule fails:\\s*Budget cap: .*JST FY${SECOND_FISCAL_YEAR}: ¥15,000,001 is ¥1 above the cap of ¥15,000,000\\.`));
    await screenshot(lead, 'proposal-editor-en.png');
    // The exact cap is within it.
    await lead.locator('#team-0-amount-1').fill('15000000');
    await waitForAutosave(lead);
    await expectText(eligibilityPanel(lead), /All eligibility rules pass\.$/);
    step('live eligibility flagged 15,000,001 JPY in the second fiscal year (cap 15,000,000) and passed at exactly the cap');

    const invitations = lead.getByRole('region', { name: 'Team invitations' });
    await invitations.getByLabel('Email', { exact: true }).fill(PARTNER_PI.email);
    expect(await textOf(invitations.getByLabel('Team', { exact: true }).locator('option:checked'))).toBe('Team 2: partner (FR)');
    await invitations.getByLabel('Role', { exact: true }).selectOption('pi');
    await invitations.getByLabel('Language of the mail', { exact: true }).selectOption('en');
    await invitations.getByRole('button', { name: 'Send invitation', exact: true }).click();
    await expectText(invitations.getByRole('status'), `Invitation sent to ${PARTNER_PI.email}.`);
    await expectText(invitations.getByRole('row').filter({ hasText: PARTNER_PI.email }), /Pending/);
    step(`the lead PI invited ${PARTNER_PI.email} as PI of the ANR team`);

    // 3. Without SMTP the mail is logged; an administrator reads it on /admin/mail.
    const admin = await browser.newPage();
    await signIn(admin, DEMO.admin);
    await admin.goto('/admin/mail');
    const invitationText = await readMail(admin, PARTNER_PI.email, 'Invitation');
    expect(invitationText).toMatch(/invites you to join the proposal "Diamond NV centres for quantum sensing of the brain"/);
    const link = invitationLink(invitationText);
    expect(link.startsWith(`${browser.url}/invitations/`)).toBe(true);
    step('the admin opened the invitation mail on /admin/mail and took the accept link from its body');

    // 4. The invitee opens the link, creates an account and edits the ANR team's part.
    const invitedJa = await browser.newPage({ locale: 'ja-JP' });
    await invitedJa.goto(link);
    await expectText(invitedJa.getByRole('heading', { level: 1 }), '招待');
    await expectText(invitedJa.locator('dl.details'), new RegExp(PARTNER_PI.email.replace(/\./g, '\\.')));
    await screenshot(invitedJa, 'invitation-ja.png');
    await invitedJa.context().close();

    const partner = await browser.newPage();
    await partner.goto(link);
    await expectText(partner.getByRole('heading', { level: 1 }), 'Invitation');
    await screenshot(partner, 'invitation-en.png');
    await partner.getByLabel('Name in Latin script (optional)', { exact: true }).fill(PARTNER_PI.name);
    await partner.getByLabel('Password (at least 10 characters)', { exact: true }).fill(PARTNER_PI.password);
    await partner.getByRole('button', { name: 'Create your account and accept', exact: true }).click();
    await expectText(partner.getByRole('status').filter({ hasText: 'Welcome' }), /^Welcome to the team\./);
    await partner.getByRole('link', { name: 'Edit the proposal', exact: true }).click();
    await partner.waitForURL(new RegExp(`/proposals/${ref}/edit$`));
    expect(await partner.locator('#team-0-amount-0').getAttribute('readonly')).not.toBeNull();
    await expectText(partner.locator('#team-1-heading'), /ANR$/);
    // The partner team's funding starts with its side's agency; the partner PI adds the grant id.
    expect(await partner.locator('#team-1-funding-agency-0').inputValue()).toBe('ANR');
    await partner.locator('#team-1-funding-grant-0').fill(GRANT_ID);
    await partner.getByRole('button', { name: 'Add a fiscal year', exact: true }).click();
    await partner.locator('#team-1-amount-0').fill('150000.50');
    await partner.getByRole('button', { name: 'Add a fiscal year', exact: true }).click();
    await partner.locator('#team-1-amount-1').fill('120000');
    await waitForAutosave(partner);
    await expectText(eligibilityPanel(partner), /All eligibility rules pass\./);
    step(`${PARTNER_PI.name} created an account from the link and saved the ANR team's funding (${GRANT_ID}) and budget in EUR`);

    // 5. The lead PI sees the partner's part, the proposal eligible, and submits.
    await lead.reload();
    expect(await lead.locator('#team-1-funding-grant-0').inputValue()).toBe(GRANT_ID);
    expect(await lead.locator('#team-1-amount-0').inputValue()).toBe('150000.50');
    await expectText(lead.locator('section[aria-labelledby="team-1-heading"]'), new RegExp(`PI: ${PARTNER_PI.name}`));
    await expectText(eligibilityPanel(lead), /All eligibility rules pass\./);
    await lead.getByRole('button', { name: 'Submit the proposal', exact: true }).click();
    await lead.getByRole('button', { name: 'Yes, submit', exact: true }).click();
    const receipt = lead.getByRole('region', { name: 'Receipt', exact: true });
    await expectText(receipt, new RegExp(`Proposal\\s*${ref}\\s*Submitted at \\(server time\\)\\s*\\S.+\\s*Content hash \\(SHA-256\\)\\s*[0-9a-f]{64}`));
    const hash = await textOf(receipt.locator('code.hash'));
    await screenshot(lead, 'receipt-en.png');
    await switchLanguage(lead, 'ja');
    await expectText(lead.getByRole('region', { name: '受付証', exact: true }), new RegExp(`内容のハッシュ値（SHA-256）\\s*${hash}`));
    await screenshot(lead, 'receipt-ja.png');
    step(`the lead PI saw the partner's part and "All eligibility rules pass.", submitted, and saw the receipt (hash ${hash.slice(0, 12)}…)`);

    // 6. The receipt mail went to both PIs.
    await admin.reload();
    for (const recipient of [DEMO.applicant, PARTNER_PI.email]) {
      const text = await readMail(admin, recipient, 'Receipt');
      expect(text).toContain(ref);
      expect(text).toContain(hash);
    }
    expect(await textOf(mailRow(admin, PARTNER_PI.email, 'Receipt'))).toMatch(/Logged \(no SMTP\)|Pending/);
    step('the admin saw the receipt mail to both PIs on /admin/mail');

    // 7. Both agencies' officers see it in their lists.
    await jst.goto(`/proposals?call=${CODE}`);
    await expectText(proposalRow(jst, ref), /Submitted/);
    await anr.goto(`/proposals?call=${CODE}`);
    await expectText(proposalRow(anr, ref), /Submitted/);
    step(`po.jst and officer.anr each saw ${ref} submitted in /proposals?call=${CODE}`);

    console.info(`Joint call journey (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}), ${((Date.now() - started) / 1000).toFixed(1)} s:\n${steps.map((line) => `  ${line}`).join('\n')}`);
  });
});
