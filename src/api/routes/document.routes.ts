import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import { DocumentListResponseSchema, DocumentParamsSchema, DocumentSchema, UploadFieldsSchema } from '../../contracts/document.schemas.js';
import { ProposalRefParamsSchema } from '../../contracts/invitation.schemas.js';
import { AppError } from '../../domain/app-error.js';
import { deleteDocument } from '../../services/proposals/delete-document.js';
import { listDocuments } from '../../services/proposals/list-documents.js';
import { readDocument } from '../../services/proposals/read-document.js';
import { uploadDocument } from '../../services/proposals/upload-document.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };

/** `filename*` (RFC 6266 / 5987) carries any name; the plain `filename` is an ASCII fallback for old clients. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * Documents of a proposal: list, upload (multipart), download, delete. Multipart parsing is
 * registered in this plugin's own scope, so no other route accepts multipart bodies.
 */
export async function documentRoutes(app: FastifyInstance, ctx: ServiceContext, config: Config): Promise<void> {
  await app.register(async (scope) => {
    const maxBytes = config.maxDocumentMb * 1024 * 1024;
    // throwFileSizeLimit off: the service reports a too-large file with its own bilingual message.
    await scope.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 } });
    const api = scope.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/api/proposals/:ref/documents',
      { schema: { tags: ['documents'], summary: 'Documents of a proposal', params: ProposalRefParamsSchema, response: { 200: DocumentListResponseSchema, ...errors } } },
      async (request) => ({ items: await listDocuments(ctx, request.actor, request.params.ref), maxMb: config.maxDocumentMb }),
    );

    api.post(
      '/api/proposals/:ref/documents',
      {
        schema: {
          tags: ['documents'],
          summary: 'Upload a PDF (multipart/form-data: fields kind, teamPosition, then the file); checked by content',
          consumes: ['multipart/form-data'],
          params: ProposalRefParamsSchema,
          response: { 201: DocumentSchema, ...errors, 413: ErrorResponseSchema, 415: ErrorResponseSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) {
          throw new AppError('VALIDATION_FAILED', { params: { count: 1 }, issues: [{ path: '(request)', message: { en: 'Send the file as multipart/form-data.', ja: 'ファイルは multipart/form-data で送信してください。' } }] });
        }
        const fields: Record<string, string> = {};
        let file: { filename: string; content: Buffer; isTruncated: boolean } | null = null;
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const content = await part.toBuffer();
            file = { filename: part.filename, content, isTruncated: part.file.truncated };
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
        const parsed = UploadFieldsSchema.safeParse(fields);
        const issues = [
          ...(parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: { en: issue.message, ja: issue.message } }))),
          ...(file ? [] : [{ path: 'file', message: { en: 'Choose a PDF file to upload.', ja: 'アップロードする PDF ファイルを選んでください。' } }]),
        ];
        if (!parsed.success || !file) throw new AppError('VALIDATION_FAILED', { params: { count: issues.length }, issues });
        const document = await uploadDocument(ctx, request.actor, {
          proposalRef: request.params.ref,
          teamPosition: parsed.data.teamPosition,
          kind: parsed.data.kind,
          filename: file.filename,
          content: file.content,
          isTruncated: file.isTruncated,
          maxMb: config.maxDocumentMb,
        });
        return reply.status(201).send(document);
      },
    );

    api.get(
      '/api/proposals/:ref/documents/:id',
      {
        schema: {
          tags: ['documents'],
          summary: 'Download a document (application/pdf); 404 for anyone without access to the proposal',
          params: DocumentParamsSchema,
          response: { 200: z.any().describe('The PDF bytes'), ...errors },
        },
      },
      async (request, reply) => {
        const file = await readDocument(ctx, request.actor, { proposalRef: request.params.ref, documentId: request.params.id });
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', contentDisposition(file.document.filename))
          // Private: a shared cache must never hand one applicant's file to another user.
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          .send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
      },
    );

    api.delete(
      '/api/proposals/:ref/documents/:id',
      { schema: { tags: ['documents'], summary: 'Delete a document of a draft proposal', params: DocumentParamsSchema, response: { 204: z.null().describe('Deleted'), ...errors } } },
      async (request, reply) => {
        await deleteDocument(ctx, request.actor, { proposalRef: request.params.ref, documentId: request.params.id });
        return reply.status(204).send(null);
      },
    );
  });
}
