import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import {
  agencyCurrencies,
  existingAgencyCodes,
  existingPersonRefs,
  findDraftPeople,
  updateDraftState,
  upsertDraftPerson,
  writeDraftProposal,
} from '../../db/repositories/proposal-draft.repository.js';
import type { Actor } from '../../domain/access/actor.js';
import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import type { BilingualText } from '../../domain/bilingual-text.js';
import { applyDraftPatch, assertPatchAllowed, draftProblems, type DraftPatch, type TeamPatch } from '../../domain/proposals/draft-patch.js';
import type { DraftPersonInput, DraftView, SaveDraftBody } from '../../contracts/proposal-editor.schemas.js';
import { translate } from '../../i18n/catalogue.js';
import { indexForSearch } from '../search/index-documents.js';
import type { ServiceContext } from '../service-context.js';
import { assertDraft, assertVersion, buildDraftView, loadDraftFor, recordChange } from './draft-support.js';

/**
 * Saves a change to a draft (the editor's autosave). Only the parts the actor may edit may be
 * sent (the lead PI: common parts and the lead team; a team's PI or member: that team), and
 * only against the version the editor started from, so the two PIs never overwrite each
 * other's work unseen. New members are created as people of this proposal; people the platform
 * already knows are referred to by ref and keep their record. Records a version and an audit
 * entry, reindexes the proposal for search, and returns the editor's view with live eligibility.
 * Throws UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (with the JSON path of the first part the actor
 * may not change), PROPOSAL_NOT_DRAFT, CONFLICT (stale version; `params.currentVersion`) and
 * VALIDATION_FAILED (every problem with its path).
 */
export async function saveDraft(ctx: ServiceContext, actor: Actor | null, input: { ref: string; body: SaveDraftBody }): Promise<DraftView> {
  return ctx.db.transaction().execute(async (tx) => {
    const loaded = await loadDraftFor(tx, actor, input.ref, { lock: true });
    const { stored, parts } = loaded;
    if (!parts.common && parts.teams.length === 0) throw new AppError('FORBIDDEN', { params: { action: 'proposal.edit', path: '' } });
    const { version, ...changes } = input.body;
    assertDraft(stored.proposal);
    assertVersion(stored, version);
    const now = ctx.clock.now();
    const issues: ValidationIssue[] = [];
    const patch = await resolvePatch(tx, { ref: stored.proposal.ref, body: changes, now, issues, currentPis: stored.proposal.teams.map((team) => team.pi) });
    assertPatchAllowed(parts, patch.patch);
    const forbiddenPi = patch.forbidden[0];
    if (forbiddenPi !== undefined) throw new AppError('FORBIDDEN', { path: forbiddenPi, params: { action: 'proposal.edit', path: forbiddenPi } });
    const next = applyDraftPatch(stored.proposal, patch.patch);
    const funders = next.teams.flatMap((team) => team.funding.map((funding) => funding.agency));
    const known = await existingAgencyCodes(tx, funders);
    next.teams.forEach((team, teamIndex) =>
      team.funding.forEach((funding, fundingIndex) => {
        if (!known.has(funding.agency)) issues.push(issue(`teams[${teamIndex}].funding[${fundingIndex}].agency`, 'unknownAgency', { agency: funding.agency }));
      }),
    );
    const currencies = await agencyCurrencies(tx, next.teams.flatMap((team) => (team.agency ? [team.agency] : [])));
    for (const problem of draftProblems(next, { agencyCurrencies: currencies }, patch.patch)) issues.push(issue(problem.path, problem.code, problem.params));
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { params: { count: issues.length }, issues });
    const nextVersion = stored.state.version + 1;
    const proposalId = await writeDraftProposal(tx, next);
    await updateDraftState(tx, proposalId, { version: nextVersion, updatedAt: now });
    await recordChange(tx, { actor: loaded.actor, proposalId, version: nextVersion, kind: 'saved', at: now, proposal: next, audit: { parts: changedParts(changes) } });
    await indexForSearch(tx, { proposals: [next.ref] });
    const saved = await loadDraftFor(tx, actor, input.ref);
    return buildDraftView(tx, saved, now);
  });
}

function issue(path: string, code: string, params: Record<string, string | number>): ValidationIssue {
  return { path, message: { en: translate('en', `proposal-editor:draft.${code}`, params), ja: translate('ja', `proposal-editor:draft.${code}`, params) } };
}

function changedParts(changes: Omit<SaveDraftBody, 'version'>): string[] {
  const parts = Object.keys(changes).filter((key) => key !== 'teams');
  for (const team of changes.teams ?? []) parts.push(...Object.keys(team).filter((key) => key !== 'index').map((key) => `teams[${team.index}].${key}`));
  return parts;
}

function text(value: { en?: string | null; ja?: string | null } | null | undefined): BilingualText {
  const en = value?.en?.trim();
  const ja = value?.ja?.trim();
  return { ...(en ? { en } : {}), ...(ja ? { ja } : {}) };
}

/**
 * Turns the request body into a domain patch: people given by details are created or updated
 * (only people this proposal introduced: their refs start with the proposal's ref), known
 * people are referred to by ref. A PI entry must name the team's current PI; any other ref is
 * collected in `forbidden`, since a side's PI changes only through an accepted invitation.
 */
async function resolvePatch(
  tx: Executor,
  input: { ref: string; body: Omit<SaveDraftBody, 'version'>; now: Date; issues: ValidationIssue[]; currentPis: string[] },
): Promise<{ patch: DraftPatch; forbidden: string[] }> {
  const { body, ref } = input;
  const forbidden: string[] = [];
  const allRefs = (body.teams ?? []).flatMap((team) => [...(team.members ?? []), ...(team.pi ? [team.pi] : [])]).flatMap((person) => (person.ref ? [person.ref] : []));
  const known = await existingPersonRefs(tx, [...allRefs, ...(body.exchanges ?? []).map((exchange) => exchange.person)]);
  const isOwn = (personRef: string) => personRef.startsWith(`${ref}.`);
  const stored = new Map((await findDraftPeople(tx, [...known].filter(isOwn))).map((person) => [person.ref, person]));

  const resolvePerson = async (person: DraftPersonInput, path: string): Promise<string | null> => {
    if (person.ref && known.has(person.ref) && !isOwn(person.ref)) return person.ref;
    if (person.ref && !known.has(person.ref) && !isOwn(person.ref)) {
      input.issues.push(issue(`${path}.ref`, 'unknownPerson', { person: person.ref }));
      return null;
    }
    const name = text(person.name);
    if (!name.en && !name.ja) {
      input.issues.push(issue(`${path}.name`, 'personNameRequired', {}));
      return null;
    }
    const personRef = person.ref ?? `${ref}.P${randomBytes(3).toString('hex').toUpperCase()}`;
    const previous = stored.get(personRef);
    await upsertDraftPerson(tx, {
      ref: personRef,
      name,
      email: person.email ?? null,
      orcid: person.orcid ?? null,
      phdYear: person.phdYear ?? null,
      organisation: person.organisation
        ? {
            newRef: previous?.organisation?.ref.startsWith(`${ref}.`) ? previous.organisation.ref : `${ref}.O${randomBytes(3).toString('hex').toUpperCase()}`,
            name: text(person.organisation.name),
            country: person.organisation.country,
            ror: person.organisation.ror ?? null,
          }
        : null,
      affiliatedFrom: input.now.toISOString().slice(0, 10),
    });
    return personRef;
  };

  const teams: TeamPatch[] = [];
  for (const [position, team] of (body.teams ?? []).entries()) {
    const path = `teams[${position}]`;
    const patch: TeamPatch = { index: team.index };
    if (team.country !== undefined) patch.country = team.country;
    if (team.pi !== undefined) {
      if (team.pi.ref !== input.currentPis[team.index]) forbidden.push(`${path}.pi`);
      else if (team.pi.ref && isOwn(team.pi.ref)) await resolvePerson(team.pi, `${path}.pi`);
    }
    if (team.members !== undefined) {
      const members: string[] = [];
      for (const [memberIndex, member] of team.members.entries()) {
        const memberRef = await resolvePerson(member, `${path}.members[${memberIndex}]`);
        if (memberRef) members.push(memberRef);
      }
      patch.members = members;
    }
    if (team.budget !== undefined) patch.budget = team.budget;
    if (team.funding !== undefined) patch.funding = team.funding.map((funding) => ({ agency: funding.agency, ...(funding.grantId?.trim() ? { grantId: funding.grantId.trim() } : {}) }));
    teams.push(patch);
  }

  const patch: DraftPatch = {};
  if (body.title !== undefined) patch.title = text(body.title);
  if (body.abstract !== undefined) {
    const abstract = text(body.abstract);
    patch.abstract = abstract.en || abstract.ja ? abstract : null;
  }
  if (body.keywords !== undefined) patch.keywords = [...new Set(body.keywords.map((keyword) => keyword.trim()).filter(Boolean))];
  if (body.field !== undefined) patch.field = body.field;
  if (body.durationMonths !== undefined) patch.durationMonths = body.durationMonths;
  if (body.exchanges !== undefined) {
    patch.exchanges = body.exchanges.map((exchange) => {
      const purpose = text(exchange.purpose);
      return { person: exchange.person, from: exchange.from, to: exchange.to, months: exchange.months, ...(purpose.en || purpose.ja ? { purpose } : {}) };
    });
  }
  if (body.teams !== undefined) patch.teams = teams;
  return { patch, forbidden };
}
