import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import {
  agencyCountry,
  findAccountPerson,
  findDraftingCall,
  linkUserToPerson,
  lockCallForNewProposal,
  nextDraftRef,
  updateDraftState,
  upsertDraftPerson,
  writeDraftProposal,
  type DraftingCall,
} from '../../db/repositories/proposal-draft.repository.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { AppError } from '../../domain/app-error.js';
import type { BilingualText } from '../../domain/bilingual-text.js';
import type { Proposal, Team } from '../../domain/model.js';
import { formatZonedInstant, isStartWindowOpen } from '../../domain/proposals/submission-window.js';
import { translate } from '../../i18n/catalogue.js';
import { indexForSearch } from '../search/index-documents.js';
import type { ServiceContext } from '../service-context.js';
import { callAccess, isStaffOf, recordChange } from './draft-support.js';

export type StartProposalInput = { callCode: string; title: { en?: string | null; ja?: string | null } };

/**
 * Starts a proposal in an open call: the actor becomes the lead team's PI (a person is made
 * from their account if they have none), the lead team belongs to the lead side's agency and
 * one partner team follows each other side, with a placeholder PI until the partner PI accepts
 * an invitation. Records version 1 and an audit entry.
 * Throws UNAUTHENTICATED, FORBIDDEN (the system actor, or staff of the call's agencies),
 * NOT_FOUND (no such call), CALL_NOT_OPEN (not open, not yet opened or past the lead side's
 * deadline) and VALIDATION_FAILED (no title).
 */
export async function startProposal(ctx: ServiceContext, actor: Actor | null, input: StartProposalInput): Promise<{ ref: string; version: number }> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  return ctx.db.transaction().execute(async (tx) => {
    const call = await findDraftingCall(tx, input.callCode);
    if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: input.callCode } });
    assertCan(actor, { type: 'call.view', call: callAccess(call) });
    // A proposal needs a person as its lead PI; officers of the call judge it, they do not write it.
    if (actor.kind !== 'user' || isStaffOf(actor, call)) throw new AppError('FORBIDDEN', { params: { action: 'proposal.start' } });
    const now = ctx.clock.now();
    const leadSide = call.sides.find((side) => side.role === 'lead');
    if (call.status !== 'open' || !leadSide || !isStartWindowOpen(now, { opensAt: call.opensAt, leadDeadline: leadSide.deadline })) {
      throw new AppError('CALL_NOT_OPEN', {
        params: {
          call: call.code,
          opens: formatZonedInstant(call.opensAt, leadSide?.timezone ?? 'UTC'),
          deadline: leadSide?.deadline ? formatZonedInstant(leadSide.deadline, leadSide.timezone) : '—',
        },
      });
    }
    const title = trimmed(input.title);
    if (!title.en && !title.ja) {
      throw new AppError('VALIDATION_FAILED', {
        params: { count: 1 },
        issues: [{ path: 'title', message: { en: translate('en', 'proposal-editor:draft.titleRequired'), ja: translate('ja', 'proposal-editor:draft.titleRequired') } }],
      });
    }
    const leadPi = await ensurePerson(tx, actor.userId, now);
    await lockCallForNewProposal(tx, call.id);
    const ref = await nextDraftRef(tx, call.code);
    const proposal: Proposal = {
      ref,
      call: call.code,
      field: call.fields[0] ?? '',
      title,
      keywords: [],
      ...(call.durationMonths ? { durationMonths: call.durationMonths.max } : {}),
      teams: await initialTeams(tx, { call, ref, leadPi, now }),
      exchanges: [],
      status: 'draft',
    };
    const proposalId = await writeDraftProposal(tx, proposal);
    await updateDraftState(tx, proposalId, { version: 1, createdAt: now, updatedAt: now, createdByUserId: actor.userId });
    await recordChange(tx, { actor, proposalId, version: 1, kind: 'started', at: now, proposal, audit: { call: call.code, title } });
    await indexForSearch(tx, { proposals: [ref] });
    return { ref, version: 1 };
  });
}

function trimmed(text: StartProposalInput['title']): BilingualText {
  const en = text.en?.trim();
  const ja = text.ja?.trim();
  return { ...(en ? { en } : {}), ...(ja ? { ja } : {}) };
}

/** The actor's person, created from their account when they have none. */
async function ensurePerson(tx: Executor, userId: number, now: Date): Promise<string> {
  const account = await findAccountPerson(tx, userId);
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.personRef) return account.personRef;
  const ref = `user-${userId}`;
  const fallback = account.email.split('@')[0] ?? account.email;
  await upsertDraftPerson(tx, {
    ref,
    name: { en: account.displayName.en ?? (account.displayName.ja ? null : fallback), ja: account.displayName.ja ?? null },
    email: account.email,
    orcid: null,
    phdYear: null,
    organisation: null,
    affiliatedFrom: now.toISOString().slice(0, 10),
  });
  await linkUserToPerson(tx, userId, ref);
  return ref;
}

/**
 * The lead team (the actor as PI, the lead side's agency) and one partner team per other side.
 * A partner team's PI is a placeholder person of this proposal until the partner PI accepts
 * their invitation; its funding starts with the side's agency when the side names one.
 */
async function initialTeams(tx: Executor, input: { call: DraftingCall; ref: string; leadPi: string; now: Date }): Promise<Team[]> {
  const teams: Team[] = [];
  for (const side of input.call.sides) {
    const agency = side.agency ?? side.acceptedAgencies[0] ?? null;
    const country = side.country ?? (await countryOf(tx, input.call, agency)) ?? 'JP';
    if (side.role === 'lead' && !teams.some((team) => team.role === 'lead')) {
      teams.push({ role: 'lead', ...(side.agency ? { agency: side.agency } : {}), country, pi: input.leadPi, members: [], budget: [], funding: [] });
      continue;
    }
    const pi = `${input.ref}.PI${teams.length}${randomBytes(2).toString('hex').toUpperCase()}`;
    await upsertDraftPerson(tx, {
      ref: pi,
      name: { en: translate('en', 'proposal-editor:team.placeholderPi'), ja: translate('ja', 'proposal-editor:team.placeholderPi') },
      email: null,
      orcid: null,
      phdYear: null,
      organisation: null,
      affiliatedFrom: input.now.toISOString().slice(0, 10),
    });
    teams.push({
      role: 'partner',
      ...(side.agency ? { agency: side.agency } : {}),
      country,
      pi,
      members: [],
      budget: [],
      funding: side.agency ? [{ agency: side.agency }] : [],
    });
  }
  return teams;
}

async function countryOf(tx: Executor, call: DraftingCall, agency: string | null): Promise<string | null> {
  if (!agency) return null;
  const side = call.sides.find((item) => item.agency === agency);
  return side?.country ?? (await agencyCountry(tx, agency));
}
