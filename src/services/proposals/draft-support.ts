import type { Executor } from '../../db/database.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import {
  findDraftingCall,
  findDraftPeople,
  findProposalDraft,
  insertProposalVersion,
  type DraftingCall,
  type StoredDraft,
  type VersionKind,
} from '../../db/repositories/proposal-draft.repository.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan, isCallStaff } from '../../domain/access/policies.js';
import { AppError } from '../../domain/app-error.js';
import { editableParts, isLeadPi, type EditableParts } from '../../domain/proposals/edit-permissions.js';
import { missedDeadlines, type SideDeadline } from '../../domain/proposals/submission-window.js';
import type { Proposal } from '../../domain/model.js';
import type { DraftView } from '../../contracts/proposal-editor.schemas.js';
import { checkProposalEligibility } from '../calls/check-eligibility.js';

/**
 * What the proposal editor's use cases share: loading a proposal with its call for an actor
 * (NOT_FOUND for anyone who may not see it, so refs cannot be probed), the view the editor
 * shows, and the version record every change appends.
 */

export type LoadedDraft = { stored: StoredDraft; call: DraftingCall; parts: EditableParts };

/** The sides' deadlines as the submission window reads them. */
export function sideDeadlines(call: DraftingCall): SideDeadline[] {
  return call.sides.map((side) => ({ agency: side.agency ?? side.acceptedAgencies.join('/'), deadline: side.deadline, timezone: side.timezone }));
}

/**
 * Loads a proposal and its call for `actor`. Throws UNAUTHENTICATED without an actor and
 * NOT_FOUND when the proposal does not exist or the actor may not see it.
 */
export async function loadDraftFor(db: Executor, actor: Actor | null, ref: string, options: { lock?: boolean } = {}): Promise<LoadedDraft & { actor: Actor }> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const notFound = new AppError('NOT_FOUND', { params: { kind: 'proposal', key: ref } });
  const stored = await findProposalDraft(db, ref, options);
  if (!stored) throw notFound;
  const call = await findDraftingCall(db, stored.proposal.call);
  if (!call) throw notFound;
  const personRefs = stored.proposal.teams.flatMap((team) => [team.pi, ...team.members]);
  try {
    assertCan(actor, { type: 'proposal.view', proposal: { call: callAccess(call), teamPersonRefs: personRefs } });
  } catch {
    throw notFound;
  }
  const personRef = actor.kind === 'user' ? actor.personRef : null;
  return { actor, stored, call, parts: editableParts(personRef, stored.proposal) };
}

/** The call as access rules see it. */
export function callAccess(call: DraftingCall): { modality: DraftingCall['modality']; sideAgencies: string[] } {
  return { modality: call.modality, sideAgencies: call.sides.flatMap((side) => (side.agency ? [side.agency] : [])) };
}

/** True when the actor is staff of an agency that runs the call. */
export function isStaffOf(actor: Actor, call: DraftingCall): boolean {
  return isCallStaff(actor, callAccess(call));
}

/** The actor's person ref (null for the system actor or a user without a person). */
export function personRefOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.personRef : null;
}

/** The actor's user id, or null for the system actor. */
export function userIdOf(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** Throws PROPOSAL_NOT_DRAFT unless the proposal is still a draft. */
export function assertDraft(proposal: Proposal): void {
  if (proposal.status !== 'draft') throw new AppError('PROPOSAL_NOT_DRAFT', { params: { proposal: proposal.ref } });
}

/** Throws CONFLICT (with the current version in `params.currentVersion`) when `version` is stale. */
export function assertVersion(stored: StoredDraft, version: number): void {
  if (version !== stored.state.version) {
    throw new AppError('CONFLICT', {
      params: {
        detail: `proposal ${stored.proposal.ref} was saved by someone else (version ${stored.state.version}; you edited version ${version}). Reload it to see their changes`,
        currentVersion: stored.state.version,
      },
    });
  }
}

/** Appends a version with the proposal's content and the audit entry for the change. */
export async function recordChange(
  db: Executor,
  change: { actor: Actor; proposalId: number; version: number; kind: VersionKind; at: Date; proposal: Proposal; audit: Record<string, unknown> },
): Promise<void> {
  await insertProposalVersion(db, {
    proposalId: change.proposalId,
    version: change.version,
    kind: change.kind,
    savedAt: change.at,
    savedByUserId: userIdOf(change.actor),
    content: change.proposal,
  });
  await appendAudit(db, {
    at: change.at,
    actor: actorLabel(change.actor),
    action: `proposal.${change.kind === 'saved' ? 'draft_saved' : change.kind}`,
    subjectType: 'proposal',
    subject: change.proposal.ref,
    changes: { version: change.version, ...change.audit },
  });
}

/** Eligibility of the proposal as it stands (live while drafting). */
export async function eligibilityOf(db: Executor, ref: string): Promise<DraftView['eligibility']> {
  const result = await checkProposalEligibility(db, ref);
  return { eligible: result.eligible, failures: result.failures.map((failure) => ({ rule: failure.rule, message: failure.message })) };
}

/** The proposal editor's view of a loaded proposal for `actor` at `now`. */
export async function buildDraftView(db: Executor, loaded: LoadedDraft & { actor: Actor }, now: Date): Promise<DraftView> {
  const { stored, call, parts, actor } = loaded;
  const proposal = stored.proposal;
  const refs = [...new Set([...proposal.teams.flatMap((team) => [team.pi, ...team.members]), ...proposal.exchanges.map((exchange) => exchange.person)])];
  const people = await findDraftPeople(db, refs);
  const isDraft = proposal.status === 'draft';
  const isOnTime = missedDeadlines(now, sideDeadlines(call)).length === 0;
  const isLead = isLeadPi(personRefOf(actor), proposal);
  return {
    proposal,
    people: people.map((person) => ({ ...person, isEditable: isDraft && person.ref.startsWith(`${proposal.ref}.`) })),
    version: stored.state.version,
    createdAt: stored.state.createdAt.toISOString(),
    updatedAt: stored.state.updatedAt.toISOString(),
    withdrawnAt: stored.state.withdrawnAt?.toISOString() ?? null,
    receipt:
      proposal.status === 'submitted' && stored.state.receiptHash && proposal.submittedAt
        ? { proposalRef: proposal.ref, submittedAt: new Date(proposal.submittedAt).toISOString(), contentHash: stored.state.receiptHash }
        : null,
    editable: isDraft ? parts : { common: false, teams: [] },
    canSubmit: isDraft && isLead && isOnTime && call.status === 'open',
    canWithdraw: (isDraft || proposal.status === 'submitted') && isLead && isOnTime,
    call: {
      code: call.code,
      title: call.title,
      status: call.status,
      fields: call.fields,
      durationMonths: call.durationMonths,
      sides: call.sides.map((side) => ({
        role: side.role,
        agency: side.agency,
        acceptedAgencies: side.acceptedAgencies,
        currency: side.currency,
        timezone: side.timezone,
        deadline: side.deadline?.toISOString() ?? null,
        cap: side.cap,
      })),
    },
    eligibility: await eligibilityOf(db, proposal.ref),
    serverTime: now.toISOString(),
  };
}
