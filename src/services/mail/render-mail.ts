import type { Language } from '../../domain/bilingual-text.js';
import { hasTranslation, translate } from '../../i18n/catalogue.js';

import { MAIL_TEMPLATE_NAMES, type MailTemplateName } from '../../contracts/mail.schemas.js';

export const MAIL_TEMPLATES = MAIL_TEMPLATE_NAMES;
export type { MailTemplateName };

/** The params each template needs; the catalogue's placeholders must be exactly these. */
export const MAIL_TEMPLATE_PARAMS: Readonly<Record<MailTemplateName, readonly string[]>> = {
  invitation: ['inviterName', 'proposalTitle', 'callTitle', 'teamRole', 'acceptUrl', 'expiresAt'],
  receipt: ['proposalRef', 'proposalTitle', 'callTitle', 'submittedAt', 'contentHash'],
  deadline_reminder: ['callTitle', 'deadline', 'proposalRef'],
  deadline_extension: ['callTitle', 'side', 'oldDeadline', 'newDeadline', 'reason'],
  withdrawal: ['proposalRef', 'proposalTitle', 'withdrawnAt'],
  review_assignment: ['reviewerName', 'callTitle', 'agency', 'proposalCount', 'proposalList', 'reviewUrl'],
  review_reopened: ['reviewerName', 'callTitle', 'agency', 'proposalRef', 'proposalTitle', 'reason', 'reviewUrl'],
};

export type RenderedMail = { subject: string; text: string; html: string };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A missing template or param is a bug in the caller, not a user's mistake: plain Error, not AppError. */
export class MailTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailTemplateError';
  }
}

function rawTemplate(language: Language, template: MailTemplateName, part: 'subject' | 'body'): string {
  const key = `mail:templates.${template}.${part}`;
  if (!hasTranslation(language, key)) throw new MailTemplateError(`The mail catalogue of ${language} has no ${key}`);
  // No params: translate returns the catalogue text with its placeholders untouched.
  return translate(language, key);
}

/** The placeholders a catalogue text uses, in order of first use. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

function fill(text: string, params: Record<string, string | number>, encode: (value: string) => string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => encode(String(params[name])));
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A param that is a web address becomes a link in the HTML part, so mail clients need not guess. */
function htmlParam(value: string): string {
  const escaped = escapeHtml(value);
  return /^https?:\/\/\S+$/.test(value) ? `<a href="${escaped}">${escaped}</a>` : escaped;
}

function toHtml(body: string, params: Record<string, string | number>, language: Language): string {
  // Escape the catalogue text and each param separately, so a param can never inject markup.
  const paragraphs = body.split(/\n{2,}/).map((paragraph) => {
    const escapedText = escapeHtml(paragraph).replace(/\n/g, '<br>\n');
    return `<p>${fill(escapedText, params, htmlParam)}</p>`;
  });
  return `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8"></head>\n<body style="font-family: sans-serif; line-height: 1.5">\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/**
 * Renders a mail template in one language: subject, plain-text body and an HTML alternative,
 * from `locales/<language>/mail.json`. Throws MailTemplateError when the template is missing
 * from the catalogue or a placeholder it uses has no param (a programming error in the caller).
 */
export function renderMail(options: { template: MailTemplateName; language: Language; params: Record<string, string | number> }): RenderedMail {
  const { template, language, params } = options;
  const subjectTemplate = rawTemplate(language, template, 'subject');
  const bodyTemplate = rawTemplate(language, template, 'body');
  const missing = placeholdersOf(subjectTemplate + '\n' + bodyTemplate).filter((name) => params[name] === undefined);
  if (missing.length > 0) {
    throw new MailTemplateError(`The ${language} mail template ${template} needs the param(s) ${missing.join(', ')}`);
  }
  // A subject is one header line: a newline in a param (a title) must not start another header.
  const subject = fill(subjectTemplate, params, (value) => value.replace(/[\r\n]+/g, ' '));
  return { subject, text: fill(bodyTemplate, params, (value) => value), html: toHtml(bodyTemplate, params, language) };
}
