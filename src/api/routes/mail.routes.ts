import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import { MailListQuerySchema, MailListResponseSchema, type MailListResponse } from '../../contracts/mail.schemas.js';
import { listOutboxMail, type OutboxPage } from '../../services/mail/list-outbox-mail.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

function toResponse(page: OutboxPage): MailListResponse {
  return {
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    items: page.entries.map((entry) => ({
      ...entry,
      createdAt: entry.createdAt.toISOString(),
      sentAt: entry.sentAt?.toISOString() ?? null,
      dueAt: entry.dueAt?.toISOString() ?? null,
      attemptLog: entry.attemptLog.map((attempt) => ({ ...attempt, at: attempt.at.toISOString() })),
    })),
  };
}

/** The administrators' view of the mail outbox. */
export function mailRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/admin/mail',
    {
      schema: {
        tags: ['admin'],
        summary: 'The mail outbox, newest first, each mail rendered with its attempts (administrators only)',
        querystring: MailListQuerySchema,
        response: { 200: MailListResponseSchema, ...errors },
      },
    },
    async (request) =>
      toResponse(await listOutboxMail(ctx, request.actor, { status: request.query.status ?? null, page: request.query.page, pageSize: request.query.pageSize })),
  );
}
