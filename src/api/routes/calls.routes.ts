import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CallDetailSchema,
  CallListResponseSchema,
  ErrorResponseSchema,
  ProposalReportQuerySchema,
  ProposalReportResponseSchema,
} from '../../contracts/api.schemas.js';
import { CallListQuerySchema } from '../../contracts/search.schemas.js';
import { listCalls, viewCall } from '../../services/calls/view-calls.js';
import { labelReport, reportToCsv, reportToXlsx } from '../../services/reports/render-report.js';
import { reportProposals } from '../../services/reports/report-proposals.js';
import type { ServiceContext } from '../../services/service-context.js';

const CallParamsSchema = z.object({ code: z.string().min(1).max(64).describe('Call code') });
const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };

export function callRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/calls',
    {
      schema: {
        tags: ['calls'],
        summary: 'Calls the user may see, newest first; with q, those matching its words, most relevant first',
        querystring: CallListQuerySchema,
        response: { 200: CallListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { q, deadlineFrom, deadlineTo, ...filter } = request.query;
      const window = {
        ...(deadlineFrom ? { deadlineFrom: new Date(`${deadlineFrom}T00:00:00.000Z`) } : {}),
        ...(deadlineTo ? { deadlineTo: new Date(`${deadlineTo}T23:59:59.999Z`) } : {}),
      };
      return { items: await listCalls(ctx, request.actor, { q, filter: { ...filter, ...window } }) };
    },
  );

  api.get(
    '/api/calls/:code',
    { schema: { tags: ['calls'], summary: 'One call with its sides, criteria and rules', params: CallParamsSchema, response: { 200: CallDetailSchema, ...errors } } },
    async (request) => viewCall(ctx, request.actor, request.params.code),
  );

  api.get(
    '/api/calls/:code/reports/proposals',
    {
      schema: {
        tags: ['reports'],
        summary: 'Proposals and selections grouped by dimensions; format=csv or xlsx downloads a file',
        params: CallParamsSchema,
        querystring: ProposalReportQuerySchema,
        response: { 200: ProposalReportResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const report = await reportProposals(ctx, request.actor, { callCode: request.params.code, by: request.query.by });
      const labels = await labelReport(ctx, report);
      const { format, lang } = request.query;
      const filename = `${report.call}-proposals-by-${report.by.join('-')}.${format}`;
      // Files bypass the JSON response schema: the 200 schema documents the JSON form.
      const file = reply as FastifyReply;
      if (format === 'csv') {
        return file
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(reportToCsv(report, labels, lang));
      }
      if (format === 'xlsx') {
        return file
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(await reportToXlsx(report, labels, lang));
      }
      return { ...report, labels };
    },
  );
}
