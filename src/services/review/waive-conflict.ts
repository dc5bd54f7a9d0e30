import { AppError } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { ConflictEntryOut, WaiveConflictBody } from '../../contracts/conflict.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { deleteWaiver, findProposalForReview, findWaiver, upsertWaiver } from '../../db/repositories/pool.repository.js';
import type { Executor } from '../../db/database.js';
import type { ServiceContext } from '../service-context.js';
import { conflictEntries } from './list-call-conflicts.js';
import { invalid, problem, requireAgency, requireReviewer } from './pool-support.js';

type PairOptions = { callCode: string; agency: string; proposal: string; reviewer: string };

/** The call, reviewer and proposal of a pair, after the `review.manage` check. */
async function requirePair(db: Executor, actor: Actor | null, options: PairOptions) {
  const call = await findCallAccess(db, options.callCode);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: options.callCode } });
  assertCan(actor, { type: 'review.manage', call, agency: options.agency });
  const agency = await requireAgency(db, options.agency);
  const reviewer = await requireReviewer(db, agency, options.reviewer);
  const proposal = await findProposalForReview(db, options.proposal);
  if (!proposal) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: options.proposal } });
  if (proposal.callId !== call.id) throw invalid([problem('proposal', 'proposal_other_call', { proposal: proposal.ref, call: call.code }, 'conflicts')]);
  return { actor, call, agency, reviewer, proposal };
}

function findEntry(entries: ConflictEntryOut[], proposal: string, reviewer: string): ConflictEntryOut | undefined {
  return entries.find((entry) => entry.proposal === proposal && entry.reviewer === reviewer);
}

/**
 * An officer who runs the agency's review waives a detected conflict, with a required reason;
 * the conflict stays listed, marked `waived`, and the assignment may then use the pair. Only a
 * detected conflict can be waived. Waiving again replaces the reason. Audited. Throws
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND and VALIDATION_FAILED (no conflict to waive).
 */
export async function waiveConflict(ctx: ServiceContext, actor: Actor | null, options: PairOptions & { body: WaiveConflictBody }): Promise<ConflictEntryOut> {
  return ctx.db.transaction().execute(async (tx) => {
    const pair = await requirePair(tx, actor, options);
    const detected = findEntry(await conflictEntries(tx, pair.call.id, pair.agency.code), pair.proposal.ref, pair.reviewer.person.ref);
    if (!detected) throw invalid([problem('reviewer', 'not_detected', { reviewer: pair.reviewer.person.ref, proposal: pair.proposal.ref }, 'conflicts')]);
    const reason = options.body.reason.trim();
    const waivedBy = actorLabel(pair.actor);
    const at = ctx.clock.now();
    await upsertWaiver(tx, { reviewerId: pair.reviewer.id, proposalId: pair.proposal.id, reason, waivedBy, waivedAt: at });
    await appendAudit(tx, {
      at,
      actor: waivedBy,
      action: 'conflict.waived',
      subjectType: 'conflict',
      subject: `${pair.call.code}:${pair.proposal.ref}:${pair.agency.code}:${pair.reviewer.person.ref}`,
      changes: { reasons: detected.reasons, reason, previous: detected.waived ?? null },
    });
    const entry = findEntry(await conflictEntries(tx, pair.call.id, pair.agency.code), pair.proposal.ref, pair.reviewer.person.ref);
    if (!entry) throw new Error('a waived conflict must stay listed');
    return entry;
  });
}

/**
 * Withdraws a waiver: the conflict counts again and the assignment leaves the pair out. Audited.
 * Throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND and VALIDATION_FAILED (the pair has no waiver).
 */
export async function unwaiveConflict(ctx: ServiceContext, actor: Actor | null, options: PairOptions): Promise<ConflictEntryOut | null> {
  return ctx.db.transaction().execute(async (tx) => {
    const pair = await requirePair(tx, actor, options);
    const waiver = await findWaiver(tx, pair.reviewer.id, pair.proposal.id);
    if (!waiver || !(await deleteWaiver(tx, pair.reviewer.id, pair.proposal.id))) {
      throw invalid([problem('reviewer', 'not_waived', { reviewer: pair.reviewer.person.ref, proposal: pair.proposal.ref }, 'conflicts')]);
    }
    const at = ctx.clock.now();
    await appendAudit(tx, {
      at,
      actor: actorLabel(pair.actor),
      action: 'conflict.unwaived',
      subjectType: 'conflict',
      subject: `${pair.call.code}:${pair.proposal.ref}:${pair.agency.code}:${pair.reviewer.person.ref}`,
      changes: { waiver: { reason: waiver.reason, by: waiver.waivedBy, at: waiver.waivedAt.toISOString() } },
    });
    return findEntry(await conflictEntries(tx, pair.call.id, pair.agency.code), pair.proposal.ref, pair.reviewer.person.ref) ?? null;
  });
}
