import { mailRecipientsOf, updateDraftState, writeDraftProposal } from '../../db/repositories/proposal-draft.repository.js';
import type { Actor } from '../../domain/access/actor.js';
import { AppError } from '../../domain/app-error.js';
import { pickText } from '../../domain/bilingual-text.js';
import type { Proposal } from '../../domain/model.js';
import { isLeadPi } from '../../domain/proposals/edit-permissions.js';
import type { DraftView } from '../../contracts/proposal-editor.schemas.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { indexForSearch } from '../search/index-documents.js';
import type { ServiceContext } from '../service-context.js';
import { buildDraftView, loadDraftFor, personRefOf, recordChange } from './draft-support.js';
import { assertOnTime } from './submit-proposal.js';

/**
 * Withdraws a draft or submitted proposal before the deadline: only the lead PI may, and only
 * at or before every side's deadline (after it, the proposal belongs to the review). Records
 * the instant, a version and an audit entry, and mails every team's PI.
 * Throws UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (not the lead PI), PROPOSAL_NOT_DRAFT (already
 * withdrawn or decided as ineligible) and DEADLINE_PASSED.
 */
export async function withdrawProposal(ctx: ServiceContext, actor: Actor | null, input: { ref: string }): Promise<DraftView> {
  return ctx.db.transaction().execute(async (tx) => {
    const loaded = await loadDraftFor(tx, actor, input.ref, { lock: true });
    const { stored } = loaded;
    if (!isLeadPi(personRefOf(loaded.actor), stored.proposal)) throw new AppError('FORBIDDEN', { params: { action: 'proposal.withdraw' } });
    const status = stored.proposal.status;
    if (status !== 'draft' && status !== 'submitted') throw new AppError('PROPOSAL_NOT_DRAFT', { params: { proposal: stored.proposal.ref } });
    const now = ctx.clock.now();
    assertOnTime(loaded, now);
    const withdrawn: Proposal = { ...stored.proposal, status: 'withdrawn' };
    const proposalId = await writeDraftProposal(tx, withdrawn);
    const version = stored.state.version + 1;
    await updateDraftState(tx, proposalId, { version, updatedAt: now, withdrawnAt: now });
    await recordChange(tx, { actor: loaded.actor, proposalId, version, kind: 'withdrawn', at: now, proposal: withdrawn, audit: { from: status, withdrawnAt: now.toISOString() } });
    for (const recipient of await mailRecipientsOf(tx, withdrawn.teams.map((team) => team.pi), 'en')) {
      await enqueueMail(tx, {
        to: recipient.email,
        template: 'withdrawal',
        language: recipient.language,
        params: { proposalRef: withdrawn.ref, proposalTitle: pickText(withdrawn.title, recipient.language), withdrawnAt: now.toISOString() },
        at: now,
      });
    }
    await indexForSearch(tx, { proposals: [withdrawn.ref] });
    return buildDraftView(tx, await loadDraftFor(tx, actor, input.ref), now);
  });
}
