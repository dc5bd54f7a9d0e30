import type { Executor } from '../../db/database.js';
import { insertOutboxMail } from '../../db/repositories/mail.repository.js';
import { MailTemplateError, renderMail, type MailTemplateName } from './render-mail.js';

export type MailTemplate = MailTemplateName;
export type MailRequest = { to: string; template: MailTemplate; language: 'en' | 'ja'; params: Record<string, string | number>; at: Date };

// One address without display name or header separators: the recipient goes into an SMTP envelope.
const EMAIL_ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

/**
 * Writes a mail to the outbox in the caller's transaction; returns its id. Nothing is sent if the
 * transaction rolls back; the mail worker sends it once the transaction commits. The template is
 * rendered here once, only to check it: a missing param or a bad address throws
 * MailTemplateError at the caller, in its tests, rather than failing later in the worker.
 */
export async function enqueueMail(tx: Executor, mail: MailRequest): Promise<number> {
  if (!EMAIL_ADDRESS.test(mail.to)) throw new MailTemplateError(`Not a mail address: ${JSON.stringify(mail.to)}`);
  renderMail({ template: mail.template, language: mail.language, params: mail.params });
  return insertOutboxMail(tx, { recipient: mail.to, template: mail.template, language: mail.language, params: mail.params, createdAt: mail.at });
}
