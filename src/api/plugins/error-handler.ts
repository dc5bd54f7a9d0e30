import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isAppError, type ValidationIssue } from '../../domain/app-error.js';
import { ERROR_STATUS } from '../../contracts/error-status.js';
import { renderZodIssues } from '../../contracts/render-issues.js';
import { errorMessages } from '../../i18n/catalogue.js';

/** Answers a browser's page request with the web UI; false when the request is not for a page. */
export type PageFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Every error leaves as `{"error": {"code", "message": {"en","ja"}, "details"}}`. AppErrors
 * keep their code; request validation becomes VALIDATION_FAILED with every issue and its path;
 * anything unexpected is logged and becomes a bare INTERNAL 500.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) {
      const status = ERROR_STATUS[error.code];
      const params = { ...error.params };
      return reply.status(status.http).send({
        error: {
          code: error.code,
          message: errorMessages(error.code, params),
          details: { ...(error.issues.length ? { issues: error.issues } : {}), params },
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = requestIssues(error.validation, (error as { validationContext?: string }).validationContext);
      return reply.status(400).send({
        error: { code: 'VALIDATION_FAILED', message: errorMessages('VALIDATION_FAILED', { count: issues.length }), details: { issues } },
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ issues: error.cause.issues }, 'response did not match its schema');
    } else if (error.statusCode === 429) {
      return reply.status(429).send({
        error: { code: 'TOO_MANY_ATTEMPTS', message: errorMessages('TOO_MANY_ATTEMPTS', { minutes: 15 }), details: { params: { minutes: 15 } } },
      });
    } else if (error.statusCode && error.statusCode < 500) {
      // Fastify's own client errors (malformed JSON, unsupported media type, body too large).
      const issues: ValidationIssue[] = [{ path: '(request)', message: { en: error.message, ja: error.message } }];
      return reply.status(error.statusCode).send({
        error: { code: 'VALIDATION_FAILED', message: errorMessages('VALIDATION_FAILED', { count: 1 }), details: { issues } },
      });
    } else {
      request.log.error(error);
    }
    return reply.status(500).send({ error: { code: 'INTERNAL', message: errorMessages('INTERNAL') } });
  });

}

/**
 * Unknown paths: a browser's page request gets the web UI (its router shows the page or its
 * own 404); anything else gets a bilingual NOT_FOUND.
 */
export function registerNotFoundHandler(app: FastifyInstance, pageFallback: PageFallback | null): void {
  app.setNotFoundHandler((request, reply) => {
    if (pageFallback?.(request, reply)) return reply;
    const key = request.url.split('?')[0] ?? request.url;
    return reply.status(404).send({
      error: { code: 'NOT_FOUND', message: errorMessages('NOT_FOUND', { kind: 'path', key }), details: { params: { kind: 'path', key } } },
    });
  });
}

type FastifyValidationIssue = { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> };

function requestIssues(validation: readonly FastifyValidationIssue[], context: string | undefined): ValidationIssue[] {
  // fastify-type-provider-zod flattens zod issues; rebuild them so zod's own locales render both languages.
  const issues = validation.map((item) => ({
    ...item.params,
    code: item.keyword,
    path: item.instancePath.split('/').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    message: item.message ?? '',
  })) as unknown as z.core.$ZodIssue[];
  const prefix = context && context !== 'body' ? [context] : [];
  return renderZodIssues({ issues } as unknown as z.ZodError, prefix);
}
