import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { ErrorResponseSchema } from '../../contracts/api.schemas.js';
import {
  AcceptInvitationBodySchema,
  AcceptInvitationResponseSchema,
  InvitationIdParamsSchema,
  InvitationListResponseSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InvitationTokenParamsSchema,
  InviteBodySchema,
  ProposalRefParamsSchema,
} from '../../contracts/invitation.schemas.js';
import { signIn } from '../../services/auth/sessions.js';
import { acceptInvitation } from '../../services/proposals/accept-invitation.js';
import { inviteToTeam } from '../../services/proposals/invite-to-team.js';
import { listInvitations } from '../../services/proposals/list-invitations.js';
import { revokeInvitation } from '../../services/proposals/revoke-invitation.js';
import { viewInvitation } from '../../services/proposals/view-invitation.js';
import type { ServiceContext } from '../../services/service-context.js';
import { SESSION_COOKIE } from '../plugins/auth.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 410: ErrorResponseSchema };

/** Invitations to a proposal's team: list, send, revoke; and the invitee's link: view, accept. */
export function invitationRoutes(app: FastifyInstance, ctx: ServiceContext, config: Config): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const isSecure = (request: FastifyRequest) => (config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure === 'true');

  api.get(
    '/api/proposals/:ref/invitations',
    { schema: { tags: ['invitations'], summary: 'Invitations of a proposal, with their status', params: ProposalRefParamsSchema, response: { 200: InvitationListResponseSchema, ...errors } } },
    async (request) => ({ items: await listInvitations(ctx, request.actor, request.params.ref) }),
  );

  api.post(
    '/api/proposals/:ref/invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by email to a team as PI or member (the link goes to them only, by mail)',
        params: ProposalRefParamsSchema,
        body: InviteBodySchema,
        response: { 201: InvitationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { invitation } = await inviteToTeam(ctx, request.actor, { proposalRef: request.params.ref, ...request.body, publicUrl: config.publicUrl });
      return reply.status(201).send(invitation);
    },
  );

  api.post(
    '/api/proposals/:ref/invitations/:id/revoke',
    { schema: { tags: ['invitations'], summary: 'Revoke a pending invitation', params: InvitationIdParamsSchema, response: { 200: InvitationSchema, ...errors } } },
    async (request) => revokeInvitation(ctx, request.actor, { proposalRef: request.params.ref, invitationId: request.params.id }),
  );

  api.get(
    '/api/invitations/:token',
    { schema: { tags: ['invitations'], summary: 'What an invitation link invites to (for the holder of the link)', params: InvitationTokenParamsSchema, response: { 200: InvitationPreviewSchema, ...errors } } },
    async (request) => viewInvitation(ctx, request.params.token),
  );

  api.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation: as the signed-in user, or by creating an account (then signed in)',
        params: InvitationTokenParamsSchema,
        body: AcceptInvitationBodySchema,
        response: { 200: AcceptInvitationResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const account = request.body.account;
      const result = await acceptInvitation(ctx, request.actor, { token: request.params.token, newAccount: account ? { ...account, displayName: account.displayName } : undefined });
      if (result.createdAccount && account) {
        const session = await signIn(ctx, { email: result.email, password: account.password, ttlHours: config.sessionTtlHours });
        // The same cookie as a sign-in (auth.routes.ts): relative lifetime, httpOnly, lax.
        reply.setCookie(SESSION_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(request), maxAge: config.sessionTtlHours * 3600 });
      }
      return { proposal: result.proposalRef, teamPosition: result.teamPosition, role: result.role, createdAccount: result.createdAccount };
    },
  );
}
