import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import {
  CallCodeParamsSchema,
  DraftViewSchema,
  ProposalRefParamsSchema,
  SaveDraftBodySchema,
  StartProposalBodySchema,
  StartProposalResponseSchema,
  VersionBodySchema,
  VersionDetailSchema,
  VersionListSchema,
  VersionParamsSchema,
} from '../../contracts/proposal-editor.schemas.js';
import { listVersions, viewVersion } from '../../services/proposals/list-versions.js';
import { saveDraft } from '../../services/proposals/save-draft.js';
import { startProposal } from '../../services/proposals/start-proposal.js';
import { submitProposal } from '../../services/proposals/submit-proposal.js';
import { viewDraft } from '../../services/proposals/view-draft.js';
import { withdrawProposal } from '../../services/proposals/withdraw-proposal.js';
import type { ServiceContext } from '../../services/service-context.js';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
  422: ErrorResponseSchema,
};

/** The proposal editor: start, draft with autosave, versions, submit with receipt, withdraw. */
export function proposalEditorRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/calls/:code/proposals',
    {
      schema: {
        tags: ['proposal editor'],
        summary: 'Start a proposal in an open call; the user becomes the lead PI',
        params: CallCodeParamsSchema,
        body: StartProposalBodySchema,
        response: { 201: StartProposalResponseSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await startProposal(ctx, request.actor, { callCode: request.params.code, title: request.body.title })),
  );

  api.get(
    '/api/proposals/:ref/draft',
    {
      schema: {
        tags: ['proposal editor'],
        summary: 'The proposal as its editor shows it: content, people, editable parts, version, live eligibility, receipt',
        params: ProposalRefParamsSchema,
        response: { 200: DraftViewSchema, ...errors },
      },
    },
    async (request) => viewDraft(ctx, request.actor, request.params.ref),
  );

  api.patch(
    '/api/proposals/:ref/draft',
    {
      schema: {
        tags: ['proposal editor'],
        summary: 'Save the parts of the draft the user may edit, against the version they edited (autosave)',
        params: ProposalRefParamsSchema,
        body: SaveDraftBodySchema,
        response: { 200: DraftViewSchema, ...errors },
      },
    },
    async (request) => saveDraft(ctx, request.actor, { ref: request.params.ref, body: request.body }),
  );

  api.get(
    '/api/proposals/:ref/versions',
    {
      schema: {
        tags: ['proposal editor'],
        summary: 'Every saved version of the proposal, newest first',
        params: ProposalRefParamsSchema,
        response: { 200: VersionListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listVersions(ctx, request.actor, request.params.ref) }),
  );

  api.get(
    '/api/proposals/:ref/versions/:n',
    {
      schema: {
        tags: ['proposal editor'],
        summary: 'One saved version with the content as it was',
        params: VersionParamsSchema,
        response: { 200: VersionDetailSchema, ...errors },
      },
    },
    async (request) => viewVersion(ctx, request.actor, { ref: request.params.ref, version: request.params.n }),
  );

  api.post(
    '/api/proposals/:ref/submit',
    {
      schema: {
        tags: ['proposal editor'],
        summary: 'Submit the proposal (lead PI, on time, eligible); answers with the receipt',
        params: ProposalRefParamsSchema,
        body: VersionBodySchema,
        response: { 200: DraftViewSchema, ...errors },
      },
    },
    async (request) => submitProposal(ctx, request.actor, { ref: request.params.ref, version: request.body.version }),
  );

  api.post(
    '/api/proposals/:ref/withdraw',
    {
      schema: {
        tags: ['proposal editor'],
        summary: 'Withdraw the proposal before the deadline (lead PI)',
        params: ProposalRefParamsSchema,
        response: { 200: DraftViewSchema, ...errors },
      },
    },
    async (request) => withdrawProposal(ctx, request.actor, { ref: request.params.ref }),
  );
}
