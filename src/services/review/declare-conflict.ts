import { AppError } from '../../domain/app-error.js';
import { actorLabel, isUserLabelOf, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { AddConflictBody, ConflictEntryOut } from '../../contracts/conflict.schemas.js';
import type { DeclareOwnConflictBody, OwnConflictsOut } from '../../contracts/pool.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { deleteDeclaration, findProposalForReview, listDeclarableProposals, upsertDeclaration, type DeclarableProposal, type StoredReviewer } from '../../db/repositories/pool.repository.js';
import type { Executor } from '../../db/database.js';
import type { ServiceContext } from '../service-context.js';
import { unwaivedConflictRefs } from './detect-conflicts.js';
import { conflictEntries } from './list-call-conflicts.js';
import { ownPoolEntries, pickEntry } from './own-pool-entry.js';
import { invalid, problem, requireAgency, requireReviewer, toReviewerOut } from './pool-support.js';

/**
 * Records a `declared` conflict of a reviewer with a proposal, with the declarer's words, who
 * and when, and audits it. The proposal must be in a call the reviewer's agency runs. Throws
 * NOT_FOUND (no such proposal) and VALIDATION_FAILED.
 */
async function recordDeclaration(db: Executor, declaration: { reviewer: StoredReviewer; proposalRef: string; note: string; actor: Actor; at: Date; path: string }): Promise<{ callId: number }> {
  const proposal = await findProposalForReview(db, declaration.proposalRef);
  if (!proposal) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: declaration.proposalRef } });
  if (!proposal.sideAgencies.includes(declaration.reviewer.agency)) {
    throw invalid([problem(declaration.path, 'proposal_not_reviewed', { proposal: proposal.ref, call: proposal.call, agency: declaration.reviewer.agency }, 'conflicts')]);
  }
  const declaredBy = actorLabel(declaration.actor);
  await upsertDeclaration(db, { reviewerId: declaration.reviewer.id, proposalId: proposal.id, note: declaration.note, declaredBy, declaredAt: declaration.at });
  await appendAudit(db, {
    at: declaration.at,
    actor: declaredBy,
    action: 'conflict.declared',
    subjectType: 'conflict',
    subject: `${proposal.call}:${proposal.ref}:${declaration.reviewer.agency}:${declaration.reviewer.person.ref}`,
    changes: { proposal: proposal.ref, reviewer: declaration.reviewer.person.ref, agency: declaration.reviewer.agency, reason: declaration.note, self: declaration.actor.kind === 'user' && declaration.actor.personRef === declaration.reviewer.person.ref },
  });
  return { callId: proposal.callId };
}

/**
 * The proposals of `proposals` this reviewer conflicts with (any reason, unless waived). A
 * reviewer never sees a proposal they conflict with — not even its title in the list to
 * declare from: a declared one is listed under their declarations, by reference only.
 */
async function conflictedRefs(db: Executor, entry: StoredReviewer, proposals: readonly DeclarableProposal[]): Promise<Set<string>> {
  const refs = new Set<string>();
  for (const callId of new Set(proposals.map((proposal) => proposal.callId))) {
    for (const ref of await unwaivedConflictRefs(db, { callId, agency: entry.agency, personRef: entry.person.ref })) refs.add(ref);
  }
  return refs;
}

/**
 * What a reviewer may declare a conflict with — per pool, the submitted proposals of calls
 * under review that the agency reviews and they have no conflict with (ref, title, PIs' names;
 * nothing more) — and what they declared, marking what they may withdraw (what they declared
 * themself). Throws UNAUTHENTICATED and FORBIDDEN (not in any pool).
 */
export async function listOwnConflicts(ctx: ServiceContext, actor: Actor | null): Promise<OwnConflictsOut> {
  const { actor: reviewer, entries } = await ownPoolEntries(ctx.db, actor);
  const pools = [];
  for (const entry of entries) {
    const declarable = await listDeclarableProposals(ctx.db, entry.agencyId);
    const conflicted = await conflictedRefs(ctx.db, entry, declarable);
    pools.push({
      agency: entry.agency,
      proposals: declarable
        .filter((proposal) => !conflicted.has(proposal.ref))
        .map((proposal) => ({ ref: proposal.ref, call: proposal.call, title: { en: proposal.titleEn, ja: proposal.titleJa }, pis: proposal.pis.map((pi) => ({ en: pi.nameEn, ja: pi.nameJa })) })),
      declared: toReviewerOut(entry).conflicts.map((declaration) => ({ ...declaration, withdrawable: isUserLabelOf(reviewer, declaration.declaredBy) })),
    });
  }
  return { pools };
}

/**
 * A reviewer declares a conflict with a proposal for themself, in their own words, before or
 * after any assignment. Only the proposals they are shown count (submitted, in a call under
 * review that their agency reviews, not conflicted) and those they declared already (the new
 * words replace the old): any other ref is NOT_FOUND, so a reviewer learns nothing about
 * proposals outside the review. Audited. Throws UNAUTHENTICATED, FORBIDDEN (not in that pool),
 * NOT_FOUND and VALIDATION_FAILED.
 */
export async function declareOwnConflict(ctx: ServiceContext, actor: Actor | null, body: DeclareOwnConflictBody): Promise<OwnConflictsOut> {
  await ctx.db.transaction().execute(async (tx) => {
    const { actor: reviewer, entries } = await ownPoolEntries(tx, actor);
    const entry = pickEntry(entries, body.agency);
    const declarable = await listDeclarableProposals(tx, entry.agencyId);
    const conflicted = await conflictedRefs(tx, entry, declarable);
    const redeclared = entry.conflicts.some((conflict) => conflict.proposal === body.proposal && isUserLabelOf(reviewer, conflict.declaredBy));
    const shown = declarable.some((proposal) => proposal.ref === body.proposal && !conflicted.has(proposal.ref));
    if (!shown && !redeclared) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: body.proposal } });
    await recordDeclaration(tx, { reviewer: entry, proposalRef: body.proposal, note: body.reason, actor: reviewer, at: ctx.clock.now(), path: 'proposal' });
  });
  return listOwnConflicts(ctx, actor);
}

/**
 * A reviewer withdraws a conflict they declared themself (one an officer recorded or a bundle
 * brought stays: an officer waives it instead). Other detected reasons for the pair still hold.
 * Audited. Throws UNAUTHENTICATED, FORBIDDEN (not in that pool) and NOT_FOUND (no declaration of
 * theirs with that proposal).
 */
export async function withdrawOwnConflict(ctx: ServiceContext, actor: Actor | null, options: { proposal: string; agency?: string }): Promise<OwnConflictsOut> {
  await ctx.db.transaction().execute(async (tx) => {
    const { actor: reviewer, entries } = await ownPoolEntries(tx, actor);
    const entry = pickEntry(entries, options.agency);
    const declaration = entry.conflicts.find((conflict) => conflict.proposal === options.proposal && conflict.reason === 'declared' && isUserLabelOf(reviewer, conflict.declaredBy));
    const proposal = declaration ? await findProposalForReview(tx, options.proposal) : undefined;
    if (!declaration || !proposal) throw new AppError('NOT_FOUND', { params: { kind: 'declaration', key: options.proposal } });
    await deleteDeclaration(tx, { reviewerId: entry.id, proposalId: proposal.id });
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: actorLabel(reviewer),
      action: 'conflict.withdrawn',
      subjectType: 'conflict',
      subject: `${proposal.call}:${proposal.ref}:${entry.agency}:${entry.person.ref}`,
      changes: { proposal: proposal.ref, reviewer: entry.person.ref, agency: entry.agency, reason: declaration.note },
    });
  });
  return listOwnConflicts(ctx, actor);
}

/**
 * An officer who runs the agency's review of the call records a conflict for one of its
 * reviewers (reason `declared`, with the officer's words, who and when). Audited. Throws
 * UNAUTHENTICATED, NOT_FOUND (call, agency, reviewer, proposal), FORBIDDEN (no `review.manage`
 * for that agency) and VALIDATION_FAILED (the proposal is not in this call).
 */
export async function addConflict(ctx: ServiceContext, actor: Actor | null, options: { callCode: string; body: AddConflictBody }): Promise<ConflictEntryOut> {
  const { body } = options;
  return ctx.db.transaction().execute(async (tx) => {
    const call = await findCallAccess(tx, options.callCode);
    if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: options.callCode } });
    assertCan(actor, { type: 'review.manage', call, agency: body.agency });
    const agency = await requireAgency(tx, body.agency);
    const reviewer = await requireReviewer(tx, agency, body.reviewer);
    const proposal = await findProposalForReview(tx, body.proposal);
    if (!proposal) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: body.proposal } });
    if (proposal.callId !== call.id) throw invalid([problem('proposal', 'proposal_other_call', { proposal: proposal.ref, call: call.code }, 'conflicts')]);
    await recordDeclaration(tx, { reviewer, proposalRef: body.proposal, note: body.reason, actor, at: ctx.clock.now(), path: 'proposal' });
    const entry = (await conflictEntries(tx, call.id, agency.code)).find((conflict) => conflict.proposal === proposal.ref && conflict.reviewer === reviewer.person.ref);
    if (!entry) throw new Error(`declared conflict ${proposal.ref} ${reviewer.person.ref} was not detected`);
    return entry;
  });
}

