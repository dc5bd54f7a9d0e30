import { z } from 'zod';

/** Wire shapes of the administrators' view of the mail outbox. */

export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed', 'logged'] as const;
export const MAIL_TEMPLATE_NAMES = ['invitation', 'receipt', 'deadline_reminder', 'deadline_extension', 'withdrawal', 'review_assignment', 'review_reopened'] as const;
export type MailTemplateName = (typeof MAIL_TEMPLATE_NAMES)[number];

export const MailListQuerySchema = z.object({
  status: z.enum(MAIL_STATUSES).optional().describe('Only mails in this state; all when absent'),
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).describe('Mails per page'),
});
export type MailListQuery = z.infer<typeof MailListQuerySchema>;

export const MailAttemptSchema = z.object({
  attempt: z.number().int().describe('1 for the first try'),
  at: z.string().describe('When the attempt ended (ISO 8601, UTC)'),
  outcome: z.enum(['sent', 'error', 'logged']).describe('sent: accepted by the SMTP server; logged: written to the server log (no SMTP_URL)'),
  error: z.string().nullable().describe("The SMTP server's or the network's reason, for an error"),
});

export const MailEntrySchema = z.object({
  id: z.number().int().describe('Outbox id'),
  recipient: z.string().describe('Mail address'),
  template: z.enum(MAIL_TEMPLATE_NAMES).describe('Which message'),
  language: z.enum(['en', 'ja']).describe('Language the mail is written in'),
  status: z.enum(MAIL_STATUSES).describe('pending, sending, sent, failed (no attempts left) or logged (no SMTP)'),
  attempts: z.number().int().describe('Delivery attempts so far'),
  createdAt: z.string().describe('When the change that caused the mail committed its outbox row (ISO 8601)'),
  sentAt: z.string().nullable().describe('When the mail was sent or logged'),
  dueAt: z.string().nullable().describe('When the next attempt is due, for an unfinished mail'),
  lastError: z.string().nullable().describe('Reason of the last failed attempt'),
  subject: z.string().describe('Rendered subject'),
  text: z.string().describe('Rendered plain-text body'),
  html: z.string().describe('Rendered HTML alternative'),
  attemptLog: z.array(MailAttemptSchema).describe('Every attempt, in order'),
});
export type MailEntry = z.infer<typeof MailEntrySchema>;

export const MailListResponseSchema = z.object({
  items: z.array(MailEntrySchema),
  total: z.number().int().describe('Mails matching the filter'),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MailListResponse = z.infer<typeof MailListResponseSchema>;
