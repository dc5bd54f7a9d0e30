import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { Language } from '../../domain/bilingual-text.js';
import {
  evaluateEligibility,
  indexSubmittedProposalsByPi,
  type EligibilityRuleCode,
  type MessageParam,
  type RuleFailure,
} from '../../domain/calls/eligibility/index.js';
import type { Executor } from '../../db/database.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import { readCallEligibility, readProposalEligibility } from '../../db/repositories/eligibility.repository.js';
import { hasTranslation, translate } from '../../i18n/catalogue.js';
import type { ServiceContext } from '../service-context.js';

/** One failed rule with its message in both languages. */
export type EligibilityFailure = { rule: EligibilityRuleCode; message: { en: string; ja: string } };

/** The eligibility of one proposal. */
export type ProposalEligibility = { ref: string; eligible: boolean; failures: EligibilityFailure[] };

/** The eligibility of every proposal of a call, ordered by ref (the `kakehashi check` document). */
export type CallEligibilityReport = { call: string; proposals: ProposalEligibility[] };

// Items of a list are joined as each language writes them.
const LIST_SEPARATOR: Record<Language, { plain: string; clauses: string }> = {
  en: { plain: ', ', clauses: '; ' },
  ja: { plain: '、', clauses: '；' },
};

function isNested(param: MessageParam): param is { key: string; params: Record<string, MessageParam> } {
  return typeof param === 'object' && !Array.isArray(param) && 'key' in param;
}

function renderParam(language: Language, param: MessageParam): string {
  if (typeof param === 'string' || typeof param === 'number') return String(param);
  if (Array.isArray(param)) {
    const items = param as readonly MessageParam[];
    const separator = items.some((item) => isNested(item)) ? LIST_SEPARATOR[language].clauses : LIST_SEPARATOR[language].plain;
    return items.map((item) => renderParam(language, item)).join(separator);
  }
  if (isNested(param)) return renderMessage(language, param.key, param.params);
  return (param as { en: string; ja: string })[language];
}

function renderMessage(language: Language, key: string, params: Record<string, MessageParam>): string {
  // A key may name another namespace (`fields:quantum`); one the catalogue lacks shows its code.
  const qualified = key.includes(':') ? key : `eligibility:${key}`;
  if (!hasTranslation(language, qualified)) return qualified.split(':', 2)[1] ?? key;
  const rendered: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) rendered[name] = renderParam(language, value);
  return translate(language, qualified, rendered);
}

/** A rule failure as readers see it: its message from `locales/{en,ja}/eligibility.json` in both languages. */
export function renderFailure(failure: RuleFailure): EligibilityFailure {
  return { rule: failure.rule, message: { en: renderMessage('en', failure.key, failure.params), ja: renderMessage('ja', failure.key, failure.params) } };
}

/**
 * The eligibility of every proposal of a call, by every rule: `deadline`, `field`, `duration`
 * and the rules the call lists. Drafts are checked too (what they would fail if submitted now,
 * except the deadline, which applies only to proposals that were submitted). Reads only.
 * Throws NOT_FOUND for an unknown call, UNAUTHENTICATED without an actor, FORBIDDEN for anyone
 * but the staff of the call's agencies (and administrators, and the system actor).
 */
export async function checkCallEligibility(ctx: ServiceContext, actor: Actor | null, callCode: string): Promise<CallEligibilityReport> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const access = await findCallAccess(ctx.db, callCode);
  if (!access) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: callCode } });
  assertCan(actor, { type: 'eligibility.check', call: access });
  // One snapshot: the call and its proposals are read in one transaction, so a submission
  // arriving meanwhile cannot make one_proposal_per_pi see half of it.
  const rows = await ctx.db.transaction().execute((tx) => readCallEligibility(tx, callCode));
  if (!rows) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: callCode } });
  const submittedProposalsByPi = indexSubmittedProposalsByPi(rows.proposals);
  return {
    call: rows.call.code,
    proposals: rows.proposals.map((proposal) => {
      const failures = evaluateEligibility({ call: rows.call, proposal, people: rows.people, submittedProposalsByPi, asIfSubmittedAt: null }).map(renderFailure);
      return { ref: proposal.ref, eligible: failures.length === 0, failures };
    }),
  };
}

/**
 * Eligibility of one proposal as it stands (for live checking while drafting and at submission);
 * `asIfSubmittedAt` checks the deadline and counts the proposal as submitted for
 * one_proposal_per_pi. No access check: the caller has checked; it runs inside the caller's
 * transaction (pass it as `db`). Throws NOT_FOUND for an unknown proposal.
 */
export async function checkProposalEligibility(
  db: Executor,
  proposalRef: string,
  options: { asIfSubmittedAt?: Date } = {},
): Promise<{ eligible: boolean; failures: EligibilityFailure[] }> {
  const rows = await readProposalEligibility(db, proposalRef);
  if (!rows) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: proposalRef } });
  const asIfSubmittedAt = options.asIfSubmittedAt ?? null;
  const submittedProposalsByPi = indexSubmittedProposalsByPi([...rows.submittedByItsPis, rows.proposal], asIfSubmittedAt ? rows.proposal.ref : null);
  const failures = evaluateEligibility({ call: rows.call, proposal: rows.proposal, people: rows.people, submittedProposalsByPi, asIfSubmittedAt }).map(renderFailure);
  return { eligible: failures.length === 0, failures };
}
