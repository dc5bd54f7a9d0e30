import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { copyCallContent, leadAgencyOf } from '../../domain/calls/call-config.js';
import type { CallAdminView, CopyCallBody } from '../../contracts/call-admin.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { writeCall } from '../../db/repositories/bundle-writer.repository.js';
import { callCodeExists, findAgencies } from '../../db/repositories/call-admin.repository.js';
import type { ServiceContext } from '../service-context.js';
import { buildCallAdminView, callAccessSubject, renderProblem, requireCall, validationFailed } from './call-admin-shared.js';

/**
 * Starts a new draft from an earlier call: a new code (and title if given), the deadlines
 * cleared or moved by whole years with the opening, and no proposals or approvals. Throws
 * UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (the actor may not lead a call of the source's lead
 * agency) and VALIDATION_FAILED (the code is taken).
 */
export async function copyCall(ctx: ServiceContext, actor: Actor | null, sourceCode: string, body: CopyCallBody): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.create', leadAgency: null });
  return ctx.db.transaction().execute(async (tx) => {
    const source = await requireCall(tx, sourceCode);
    assertCan(actor, { type: 'call.view', call: callAccessSubject(source.call) });
    assertCan(actor, { type: 'call.create', leadAgency: leadAgencyOf(source.call) ?? '' });
    if (await callCodeExists(tx, body.code)) throw validationFailed([renderProblem({ path: 'code', key: 'code_taken', params: { code: body.code } })]);
    const codes = source.call.sides.flatMap((side) => (side.agency ? [side.agency] : (side.agencies ?? [])));
    const agencies = await findAgencies(tx, codes);
    const copy = copyCallContent(source.call, {
      code: body.code,
      title: body.title ?? null,
      shiftYears: body.shiftYears ?? null,
      timezoneOf: (agency) => (agency ? agencies.get(agency)?.timezone : undefined) ?? 'UTC',
    });
    await writeCall(tx, copy);
    const now = ctx.clock.now();
    await appendAudit(tx, {
      at: now,
      actor: actorLabel(actor),
      action: 'call.copied',
      subjectType: 'call',
      subject: copy.code,
      changes: { from: sourceCode, shiftYears: body.shiftYears ?? null, status: 'draft' },
    });
    return buildCallAdminView(tx, actor, await requireCall(tx, copy.code), now);
  });
}
