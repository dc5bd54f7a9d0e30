import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATE_PARAMS, MAIL_TEMPLATES, MailTemplateError, placeholdersOf, renderMail } from './render-mail.js';
import { translate } from '../../i18n/catalogue.js';

/** A distinct, recognisable value per param, so a test can see each one land in the text. */
function paramsFor(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, name === 'acceptUrl' ? 'https://kakehashi.example/invitations/tok-123' : `<${name}-value>`]));
}

describe('mail templates', () => {
  for (const template of MAIL_TEMPLATES) {
    for (const language of ['en', 'ja'] as const) {
      describe(`${template} in ${language}`, () => {
        const names = MAIL_TEMPLATE_PARAMS[template];

        it('uses exactly the params the template is documented to need', () => {
          const used = placeholdersOf(translate(language, `mail:templates.${template}.subject`) + translate(language, `mail:templates.${template}.body`));
          expect([...used].sort()).toEqual([...names].sort());
        });

        it('renders subject, text and HTML with every param filled in', () => {
          const rendered = renderMail({ template, language, params: paramsFor(names) });
          expect(rendered.subject).not.toMatch(/\{\{|\n/);
          expect(rendered.text).not.toContain('{{');
          for (const name of names) expect(rendered.subject + rendered.text).toContain(`${paramsFor([name])[name]}`);
          expect(rendered.html).toContain(`<html lang="${language}">`);
          expect(rendered.html).not.toContain('{{');
        });

        it('refuses to render when any one param is missing', () => {
          for (const name of names) {
            const params: Record<string, string> = paramsFor(names);
            delete params[name];
            expect(() => renderMail({ template, language, params })).toThrow(MailTemplateError);
            expect(() => renderMail({ template, language, params })).toThrow(name);
          }
        });
      });
    }
  }

  it('escapes params in the HTML part and links web addresses', () => {
    const params = { ...paramsFor(MAIL_TEMPLATE_PARAMS.invitation), proposalTitle: '<script>alert("x")</script> & co' };
    const { html, text } = renderMail({ template: 'invitation', language: 'en', params });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('<a href="https://kakehashi.example/invitations/tok-123">https://kakehashi.example/invitations/tok-123</a>');
    // The plain-text part carries the title as the applicant wrote it.
    expect(text).toContain('<script>alert("x")</script> & co');
  });

  it('keeps the subject on one line when a param contains a newline', () => {
    const params = { ...paramsFor(MAIL_TEMPLATE_PARAMS.withdrawal), proposalRef: 'P-1\r\nBcc: victim@example.org' };
    expect(renderMail({ template: 'withdrawal', language: 'en', params }).subject).toBe('Proposal P-1 Bcc: victim@example.org withdrawn');
  });

  it('renders numbers as given and each language from its own catalogue', () => {
    const params = { proposalRef: 'JST-ANR-7', proposalTitle: '量子センシング', withdrawnAt: 20260401 };
    expect(renderMail({ template: 'withdrawal', language: 'ja', params }).subject).toBe('提案 JST-ANR-7 を取り下げました');
    expect(renderMail({ template: 'withdrawal', language: 'en', params }).text).toContain('withdrawn at 20260401');
  });
});
