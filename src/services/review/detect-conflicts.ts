import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { DEFAULT_CONFLICT_WINDOWS, detectConflicts, type ConflictReason } from '../../domain/review/conflicts.js';
import { toIsoInZone } from '../../domain/time.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { loadConflictFacts, pairKey } from '../../db/repositories/conflict.repository.js';
import type { Executor } from '../../db/database.js';
import type { ServiceContext } from '../service-context.js';

/** A waiver an officer recorded; the conflict is still listed, and the pair may be assigned. */
export type ConflictWaiver = { reason: string; by: string; at: string };

export type CallConflict = { proposal: string; reviewer: string; agency: string; reasons: ConflictReason[]; waived?: ConflictWaiver };

export type ConflictReport = { call: string; conflicts: CallConflict[] };

/**
 * Every conflicted (proposal, reviewer) pair of a call for the reviewer pools of its agencies
 * (or of one agency), with every reason that holds. Throws NOT_FOUND for an unknown call and
 * FORBIDDEN for anyone but the staff of the call's agencies (and the platform).
 */
export async function listConflicts(ctx: ServiceContext, actor: Actor | null, options: { callCode: string; agency: string | null }): Promise<ConflictReport> {
  const call = await findCallAccess(ctx.db, options.callCode);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: options.callCode } });
  assertCan(actor, { type: 'conflicts.view', call });
  const conflicts = await computeCallConflicts(ctx.db, call.id, options.agency);
  return { call: call.code, conflicts };
}

/**
 * Every conflicted pair of a call for its agencies' pools (or one agency's), each with every
 * reason and its waiver if an officer waived it. No access check: for use cases that did theirs
 * (the assignment excludes unwaived pairs; a reviewer never sees a proposal of one). With
 * `personRef`, only that person's entries in the pools: what a reviewer's own pages need.
 */
export async function computeCallConflicts(db: Executor, callId: number, agency: string | null, personRef?: string): Promise<CallConflict[]> {
  const facts = await loadConflictFacts(db, callId, agency, personRef);
  const windows = {
    institutionYears: facts.windows.institutionYears ?? DEFAULT_CONFLICT_WINDOWS.institutionYears,
    coauthorYears: facts.windows.coauthorYears ?? DEFAULT_CONFLICT_WINDOWS.coauthorYears,
  };
  // The window is counted from the opening day as the lead agency's calendar shows it.
  const openingDate = toIsoInZone(facts.opensAt, facts.leadTimezone).slice(0, 10);
  const conflicts: CallConflict[] = [];
  for (const poolAgency of [...new Set(facts.reviewers.map((reviewer) => reviewer.agency))]) {
    const pool = facts.reviewers.filter((reviewer) => reviewer.agency === poolAgency);
    const found = detectConflicts({ openingDate, windows, proposals: facts.proposals, reviewers: pool, affiliations: facts.affiliations, publications: facts.publications });
    for (const conflict of found) {
      const waiver = facts.waivers.get(pairKey(conflict.proposal, conflict.reviewer, poolAgency));
      const entry: CallConflict = { proposal: conflict.proposal, reviewer: conflict.reviewer, agency: poolAgency, reasons: conflict.reasons };
      if (waiver) entry.waived = { reason: waiver.reason, by: waiver.by, at: waiver.at.toISOString() };
      conflicts.push(entry);
    }
  }
  conflicts.sort((a, b) => a.proposal.localeCompare(b.proposal) || a.agency.localeCompare(b.agency) || a.reviewer.localeCompare(b.reviewer));
  return conflicts;
}

/**
 * The refs of the call's proposals that a person may not see as a reviewer in an agency's pool:
 * those with an unwaived conflict. Detected for that person alone, so it is cheap enough for
 * every reviewer page and document read.
 */
export async function unwaivedConflictRefs(db: Executor, pool: { callId: number; agency: string; personRef: string }): Promise<Set<string>> {
  const conflicts = await computeCallConflicts(db, pool.callId, pool.agency, pool.personRef);
  return new Set(conflicts.filter((conflict) => !conflict.waived).map((conflict) => conflict.proposal));
}
