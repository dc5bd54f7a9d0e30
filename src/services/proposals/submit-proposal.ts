import { createHash } from 'node:crypto';
import { documentHashesOf, mailRecipientsOf, updateDraftState, writeDraftProposal } from '../../db/repositories/proposal-draft.repository.js';
import type { Actor } from '../../domain/access/actor.js';
import { AppError } from '../../domain/app-error.js';
import { pickText } from '../../domain/bilingual-text.js';
import type { Proposal } from '../../domain/model.js';
import { isLeadPi } from '../../domain/proposals/edit-permissions.js';
import { receiptContent } from '../../domain/proposals/receipt.js';
import { formatZonedInstant, missedDeadlines } from '../../domain/proposals/submission-window.js';
import type { DraftView } from '../../contracts/proposal-editor.schemas.js';
import { checkProposalEligibility } from '../calls/check-eligibility.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { indexForSearch } from '../search/index-documents.js';
import type { ServiceContext } from '../service-context.js';
import { assertDraft, assertVersion, buildDraftView, loadDraftFor, personRefOf, recordChange, sideDeadlines, type LoadedDraft } from './draft-support.js';

/**
 * Submits a draft. The server's clock decides: the submission must be at or before every
 * side's deadline (one second late is late). Eligibility is re-checked as if submitted now;
 * any failing rule refuses the submission with every message. On success the proposal is
 * submitted with a receipt (the instant and the SHA-256 of the canonical content plus its
 * documents' SHA-256s), a version and an audit entry are recorded, and the receipt is mailed
 * to every team's PI in the same transaction.
 * Throws UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (not the lead PI), PROPOSAL_NOT_DRAFT,
 * CONFLICT (stale version), CALL_NOT_OPEN, DEADLINE_PASSED and PROPOSAL_INELIGIBLE.
 */
export async function submitProposal(ctx: ServiceContext, actor: Actor | null, input: { ref: string; version: number }): Promise<DraftView> {
  return ctx.db.transaction().execute(async (tx) => {
    const loaded = await loadDraftFor(tx, actor, input.ref, { lock: true });
    const { stored, call } = loaded;
    if (!isLeadPi(personRefOf(loaded.actor), stored.proposal)) throw new AppError('FORBIDDEN', { params: { action: 'proposal.submit' } });
    assertDraft(stored.proposal);
    assertVersion(stored, input.version);
    const now = ctx.clock.now();
    assertOnTime(loaded, now);
    if (call.status !== 'open') {
      const lead = call.sides.find((side) => side.role === 'lead');
      throw new AppError('CALL_NOT_OPEN', {
        params: { call: call.code, opens: formatZonedInstant(call.opensAt, lead?.timezone ?? 'UTC'), deadline: lead?.deadline ? formatZonedInstant(lead.deadline, lead.timezone) : '—' },
      });
    }
    const eligibility = await checkProposalEligibility(tx, stored.proposal.ref, { asIfSubmittedAt: now });
    if (!eligibility.eligible) {
      throw new AppError('PROPOSAL_INELIGIBLE', {
        params: { count: eligibility.failures.length },
        issues: eligibility.failures.map((failure) => ({ path: failure.rule, message: failure.message })),
      });
    }
    const submitted: Proposal = { ...stored.proposal, status: 'submitted', submittedAt: now.toISOString() };
    const proposalId = await writeDraftProposal(tx, submitted);
    const contentHash = createHash('sha256').update(receiptContent(submitted, now, await documentHashesOf(tx, proposalId))).digest('hex');
    const version = stored.state.version + 1;
    await updateDraftState(tx, proposalId, { version, updatedAt: now, receiptHash: contentHash });
    await recordChange(tx, { actor: loaded.actor, proposalId, version, kind: 'submitted', at: now, proposal: submitted, audit: { submittedAt: now.toISOString(), contentHash } });
    for (const recipient of await mailRecipientsOf(tx, submitted.teams.map((team) => team.pi), 'en')) {
      await enqueueMail(tx, {
        to: recipient.email,
        template: 'receipt',
        language: recipient.language,
        params: {
          proposalRef: submitted.ref,
          proposalTitle: pickText(submitted.title, recipient.language),
          callTitle: pickText(call.title, recipient.language),
          submittedAt: now.toISOString(),
          contentHash,
        },
        at: now,
      });
    }
    await indexForSearch(tx, { proposals: [submitted.ref] });
    return buildDraftView(tx, await loadDraftFor(tx, actor, input.ref), now);
  });
}

/** Throws DEADLINE_PASSED naming the first side whose deadline lies before `now`, in that side's zone. */
export function assertOnTime(loaded: LoadedDraft, now: Date): void {
  const missed = missedDeadlines(now, sideDeadlines(loaded.call))[0];
  if (missed?.deadline) {
    throw new AppError('DEADLINE_PASSED', {
      params: { agency: missed.agency, deadline: formatZonedInstant(missed.deadline, missed.timezone), now: formatZonedInstant(now, missed.timezone) },
    });
  }
}
