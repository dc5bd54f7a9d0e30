import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan, can } from '../../domain/access/policies.js';
import type { CallConflictsOut, ConflictEntryOut } from '../../contracts/conflict.schemas.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { findNames, listCallDeclarations } from '../../db/repositories/pool.repository.js';
import type { Executor } from '../../db/database.js';
import type { ServiceContext } from '../service-context.js';
import { computeCallConflicts } from './detect-conflicts.js';

/**
 * The call's conflicts as the API shows them: what `kakehashi conflicts` lists (every reason,
 * `waived` when waived) with the reviewer's name, the proposal's title and, for declared
 * conflicts, who declared them and why.
 */
export async function conflictEntries(db: Executor, callId: number, agency: string | null): Promise<ConflictEntryOut[]> {
  const conflicts = await computeCallConflicts(db, callId, agency);
  const names = await findNames(db, conflicts.map((conflict) => conflict.reviewer), conflicts.map((conflict) => conflict.proposal));
  const declarations = new Map((await listCallDeclarations(db, callId)).map((row) => [`${row.agency} ${row.proposal} ${row.reviewer}`, row]));
  return conflicts.map((conflict) => {
    const declared = declarations.get(`${conflict.agency} ${conflict.proposal} ${conflict.reviewer}`);
    return {
      ...conflict,
      reviewerName: names.people.get(conflict.reviewer) ?? { en: null, ja: null },
      proposalTitle: names.proposals.get(conflict.proposal) ?? { en: null, ja: null },
      ...(declared ? { declaration: { note: declared.note, by: declared.declared_by, at: declared.declared_at?.toISOString() ?? null } } : {}),
    };
  });
}

/**
 * Every conflicted pair of a call (or of one agency's pool) with reasons, declarations and
 * waivers, and the agencies whose review the reader runs. Throws UNAUTHENTICATED, NOT_FOUND and
 * FORBIDDEN (not staff of the call's agencies).
 */
export async function listCallConflicts(ctx: ServiceContext, actor: Actor | null, options: { callCode: string; agency?: string }): Promise<CallConflictsOut> {
  const call = await findCallAccess(ctx.db, options.callCode);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: options.callCode } });
  assertCan(actor, { type: 'conflicts.view', call });
  const agencies = call.sideAgencies.filter((agency) => can(actor, { type: 'review.manage', call, agency }));
  return { call: call.code, agencies, conflicts: await conflictEntries(ctx.db, call.id, options.agency ?? null) };
}
