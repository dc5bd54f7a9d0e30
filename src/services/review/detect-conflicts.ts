import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { DEFAULT_CONFLICT_WINDOWS, detectConflicts, type ConflictReason } from '../../domain/review/conflicts.js';
import { toIsoInZone } from '../../domain/time.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { loadConflictFacts } from '../../db/repositories/conflict.repository.js';
import type { ServiceContext } from '../service-context.js';

export type ConflictReport = {
  call: string;
  conflicts: Array<{ proposal: string; reviewer: string; agency: string; reasons: ConflictReason[] }>;
};

/**
 * Every conflicted (proposal, reviewer) pair of a call for the reviewer pools of its agencies
 * (or of one agency), with every reason that holds. Throws NOT_FOUND for an unknown call and
 * FORBIDDEN for anyone but the staff of the call's agencies (and the platform).
 */
export async function listConflicts(ctx: ServiceContext, actor: Actor | null, options: { callCode: string; agency: string | null }): Promise<ConflictReport> {
  const call = await findCallAccess(ctx.db, options.callCode);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: options.callCode } });
  assertCan(actor, { type: 'conflicts.view', call });
  const facts = await loadConflictFacts(ctx.db, call.id, options.agency);
  const windows = {
    institutionYears: facts.windows.institutionYears ?? DEFAULT_CONFLICT_WINDOWS.institutionYears,
    coauthorYears: facts.windows.coauthorYears ?? DEFAULT_CONFLICT_WINDOWS.coauthorYears,
  };
  // The window is counted from the opening day as the lead agency's calendar shows it.
  const openingDate = toIsoInZone(facts.opensAt, facts.leadTimezone).slice(0, 10);
  const conflicts: ConflictReport['conflicts'] = [];
  for (const agency of [...new Set(facts.reviewers.map((reviewer) => reviewer.agency))]) {
    const pool = facts.reviewers.filter((reviewer) => reviewer.agency === agency);
    const found = detectConflicts({ openingDate, windows, proposals: facts.proposals, reviewers: pool, affiliations: facts.affiliations, publications: facts.publications });
    conflicts.push(...found.map((conflict) => ({ proposal: conflict.proposal, reviewer: conflict.reviewer, agency, reasons: conflict.reasons })));
  }
  conflicts.sort((a, b) => a.proposal.localeCompare(b.proposal) || a.agency.localeCompare(b.agency) || a.reviewer.localeCompare(b.reviewer));
  return { call: call.code, conflicts };
}
