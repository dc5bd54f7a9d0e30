import { sql } from 'kysely';
import type { BilingualText } from '../../domain/bilingual-text.js';
import type { Modality, Proposal, SideRole } from '../../domain/model.js';
import type { Executor } from '../database.js';
import { upsertProposals } from './bundle-writer.repository.js';

/**
 * Queries of the proposal editor: one proposal in bundle shape with its drafting state, the call
 * as drafting needs it, the people a draft names, and the version history. Proposals themselves
 * are written by `upsertProposals`, the one write path for proposals.
 */

const text = (en: string | null, ja: string | null): BilingualText => ({ ...(en !== null ? { en } : {}), ...(ja !== null ? { ja } : {}) });

export type DraftState = {
  id: number;
  callId: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  receiptHash: string | null;
  withdrawnAt: Date | null;
  createdByUserId: number | null;
};

export type StoredDraft = { state: DraftState; proposal: Proposal };

/**
 * One proposal in bundle shape with its drafting state, or null. With `lock`, the row is locked
 * until the transaction ends, so two saves of the same proposal are serialised and the second
 * sees the first one's version.
 */
export async function findProposalDraft(db: Executor, ref: string, options: { lock?: boolean } = {}): Promise<StoredDraft | null> {
  let query = db
    .selectFrom('proposals')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .selectAll('proposals')
    .select('calls.code as call_code')
    .where('proposals.ref', '=', ref);
  if (options.lock) query = query.forUpdate('proposals');
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const teams = await db.selectFrom('proposal_teams').selectAll().where('proposal_id', '=', row.id).orderBy('position').execute();
  const teamIds = teams.map((team) => team.id);
  const budget = teamIds.length ? await db.selectFrom('team_budget_lines').selectAll().where('team_id', 'in', teamIds).orderBy('team_id').orderBy('position').execute() : [];
  const funding = teamIds.length
    ? await db
        .selectFrom('team_funding')
        .innerJoin('agencies', 'agencies.id', 'team_funding.agency_id')
        .select(['team_funding.team_id', 'agencies.code', 'team_funding.grant_id'])
        .where('team_funding.team_id', 'in', teamIds)
        .orderBy('team_funding.team_id')
        .orderBy('team_funding.position')
        .execute()
    : [];
  const exchanges = await db.selectFrom('exchanges').selectAll().where('proposal_id', '=', row.id).orderBy('position').execute();
  const personIds = new Set<number>([...teams.flatMap((team) => [team.pi_person_id, ...team.member_person_ids]), ...exchanges.map((exchange) => exchange.person_id)]);
  const people = personIds.size ? await db.selectFrom('people').select(['id', 'ref']).where('id', 'in', [...personIds]).execute() : [];
  const refOf = new Map(people.map((person) => [person.id, person.ref]));
  const personRef = (id: number): string => refOf.get(id) ?? `#${id}`;
  const agencyIds = teams.map((team) => team.agency_id).filter((id): id is number => id !== null);
  const agencies = agencyIds.length ? await db.selectFrom('agencies').select(['id', 'code']).where('id', 'in', agencyIds).execute() : [];
  const agencyCode = new Map(agencies.map((agency) => [agency.id, agency.code]));
  const proposal: Proposal = {
    ref: row.ref,
    call: row.call_code,
    field: row.field,
    title: text(row.title_en, row.title_ja),
    ...(row.abstract_en !== null || row.abstract_ja !== null ? { abstract: text(row.abstract_en, row.abstract_ja) } : {}),
    keywords: row.keywords,
    ...(row.duration_months !== null ? { durationMonths: row.duration_months } : {}),
    teams: teams.map((team) => ({
      role: team.role,
      ...(team.agency_id !== null ? { agency: agencyCode.get(team.agency_id) ?? `#${team.agency_id}` } : {}),
      country: team.country,
      pi: personRef(team.pi_person_id),
      members: team.member_person_ids.map(personRef),
      budget: budget.filter((line) => line.team_id === team.id).map((line) => ({ fiscalYear: line.fiscal_year, amount: { amount: line.amount, currency: line.currency } })),
      funding: funding.filter((item) => item.team_id === team.id).map((item) => ({ agency: item.code, ...(item.grant_id !== null ? { grantId: item.grant_id } : {}) })),
    })),
    exchanges: exchanges.map((exchange) => ({
      person: personRef(exchange.person_id),
      from: exchange.from_country,
      to: exchange.to_country,
      months: exchange.months,
      ...(exchange.purpose_en !== null || exchange.purpose_ja !== null ? { purpose: text(exchange.purpose_en, exchange.purpose_ja) } : {}),
    })),
    status: row.status,
    ...(row.submitted_at !== null ? { submittedAt: row.submitted_at.toISOString() } : {}),
    ...(row.decision !== null ? { decision: row.decision } : {}),
  };
  return {
    proposal,
    state: {
      id: row.id,
      callId: row.call_id,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      receiptHash: row.receipt_hash,
      withdrawnAt: row.withdrawn_at,
      createdByUserId: row.created_by_user_id,
    },
  };
}

export type DraftingSide = {
  position: number;
  role: SideRole;
  /** The side's agency, or null for a side that accepts any of `acceptedAgencies`. */
  agency: string | null;
  acceptedAgencies: string[];
  country: string | null;
  currency: string | null;
  timezone: string;
  deadline: Date | null;
  cap: { amount: number; currency: string } | null;
};

export type DraftingCall = {
  id: number;
  code: string;
  title: BilingualText;
  modality: Modality;
  status: string;
  opensAt: Date;
  fields: string[];
  durationMonths: { min: number; max: number } | null;
  sides: DraftingSide[];
};

/** A call with what starting, editing and submitting a proposal need, or null. */
export async function findDraftingCall(db: Executor, code: string): Promise<DraftingCall | null> {
  const call = await db.selectFrom('calls').selectAll().where('code', '=', code).executeTakeFirst();
  if (!call) return null;
  const sides = await db.selectFrom('call_sides').selectAll().where('call_id', '=', call.id).orderBy('position').execute();
  const agencies = await db.selectFrom('agencies').select(['id', 'code', 'country', 'currency', 'timezone']).execute();
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const leadAgency = byId.get(sides.find((side) => side.role === 'lead')?.agency_id ?? -1);
  return {
    id: call.id,
    code: call.code,
    title: text(call.title_en, call.title_ja),
    modality: call.modality,
    status: call.status,
    opensAt: call.opens_at,
    fields: call.fields,
    durationMonths: call.duration_min_months !== null && call.duration_max_months !== null ? { min: call.duration_min_months, max: call.duration_max_months } : null,
    sides: sides.map((side) => {
      const agency = side.agency_id !== null ? byId.get(side.agency_id) : undefined;
      const accepted = (side.accepted_agency_ids ?? []).map((id) => byId.get(id)).filter((item) => item !== undefined);
      return {
        position: side.position,
        role: side.role,
        agency: agency?.code ?? null,
        acceptedAgencies: accepted.map((item) => item.code),
        country: agency?.country ?? null,
        currency: agency?.currency ?? null,
        // A side open to several agencies reads its deadline in the lead agency's zone.
        timezone: agency?.timezone ?? leadAgency?.timezone ?? 'UTC',
        deadline: side.deadline_at,
        cap: side.cap_amount !== null && side.cap_currency !== null ? { amount: side.cap_amount, currency: side.cap_currency } : null,
      };
    }),
  };
}

/** The currency of each agency code given (for checking budget lines). */
export async function agencyCurrencies(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('agencies').select(['code', 'currency']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((row) => [row.code, row.currency]));
}

/**
 * Locks the call's row until the transaction ends, so that two proposals started in the same
 * call at the same moment take their refs one after the other: the write path upserts by ref,
 * and a shared number would make the second start overwrite the first proposal.
 */
export async function lockCallForNewProposal(db: Executor, callId: number): Promise<void> {
  await db.selectFrom('calls').select('id').where('id', '=', callId).forUpdate().execute();
}

/**
 * The next free draft ref of a call: `<call>-D0001`, `<call>-D0002`, … The proposals row's
 * unique ref and the service's transaction keep two starts from sharing a number.
 */
export async function nextDraftRef(db: Executor, callCode: string): Promise<string> {
  const prefix = `${callCode}-D`;
  // The start position is cast: an untyped parameter would pick substring's regular-expression form.
  const start = sql`${prefix.length + 1}::int`;
  const row = await sql<{ highest: number | null }>`
    select max(substring(ref from ${start})::int) as highest
      from proposals where starts_with(ref, ${prefix}::text) and substring(ref from ${start}) ~ '^[0-9]+$'`.execute(db);
  const next = (row.rows[0]?.highest ?? 0) + 1;
  return `${prefix}${String(next).padStart(4, '0')}`;
}

/**
 * Writes a proposal through `upsertProposals`, resolving the agency, person and call codes it
 * names. Returns the proposal's id.
 */
export async function writeDraftProposal(db: Executor, proposal: Proposal): Promise<number> {
  const agencyCodes = new Set<string>();
  const personRefs = new Set<string>();
  for (const team of proposal.teams) {
    if (team.agency) agencyCodes.add(team.agency);
    team.funding.forEach((funding) => agencyCodes.add(funding.agency));
    personRefs.add(team.pi);
    team.members.forEach((member) => personRefs.add(member));
  }
  proposal.exchanges.forEach((exchange) => personRefs.add(exchange.person));
  const agencies = agencyCodes.size ? await db.selectFrom('agencies').select(['id', 'code']).where('code', 'in', [...agencyCodes]).execute() : [];
  const people = personRefs.size ? await db.selectFrom('people').select(['id', 'ref']).where('ref', 'in', [...personRefs]).execute() : [];
  const calls = await db.selectFrom('calls').select(['id', 'code']).where('code', '=', proposal.call).execute();
  const ids = await upsertProposals(db, [proposal], {
    agencyIds: new Map(agencies.map((row) => [row.code, row.id])),
    personIds: new Map(people.map((row) => [row.ref, row.id])),
    callIds: new Map(calls.map((row) => [row.code, row.id])),
  });
  const id = ids.get(proposal.ref);
  if (id === undefined) throw new Error(`Proposal ${proposal.ref} was not written`);
  return id;
}

/** The country of an agency, or null when no agency has the code. */
export async function agencyCountry(db: Executor, code: string): Promise<string | null> {
  const row = await db.selectFrom('agencies').select('country').where('code', '=', code).executeTakeFirst();
  return row?.country ?? null;
}

/** Which agency codes of `codes` exist. */
export async function existingAgencyCodes(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('agencies').select('code').where('code', 'in', [...new Set(codes)]).execute();
  return new Set(rows.map((row) => row.code));
}

/** Sets the drafting columns of a proposal (version, times, receipt, withdrawal, creator). */
export async function updateDraftState(
  db: Executor,
  proposalId: number,
  state: { version: number; updatedAt: Date; createdAt?: Date; createdByUserId?: number | null; receiptHash?: string | null; withdrawnAt?: Date | null },
): Promise<void> {
  await db
    .updateTable('proposals')
    .set({
      version: state.version,
      updated_at: state.updatedAt,
      ...(state.createdAt !== undefined ? { created_at: state.createdAt } : {}),
      ...(state.createdByUserId !== undefined ? { created_by_user_id: state.createdByUserId } : {}),
      ...(state.receiptHash !== undefined ? { receipt_hash: state.receiptHash } : {}),
      ...(state.withdrawnAt !== undefined ? { withdrawn_at: state.withdrawnAt } : {}),
    })
    .where('id', '=', proposalId)
    .execute();
}

export type VersionKind = 'started' | 'saved' | 'submitted' | 'withdrawn';

export type ProposalVersionSummary = {
  version: number;
  kind: VersionKind;
  savedAt: Date;
  savedBy: { userId: number; name: BilingualText; email: string } | null;
};

/** Records one version of a proposal's content. */
export async function insertProposalVersion(
  db: Executor,
  version: { proposalId: number; version: number; kind: VersionKind; savedAt: Date; savedByUserId: number | null; content: Proposal },
): Promise<void> {
  await db
    .insertInto('proposal_versions')
    .values({
      proposal_id: version.proposalId,
      version: version.version,
      kind: version.kind,
      saved_at: version.savedAt,
      saved_by_user_id: version.savedByUserId,
      content: JSON.stringify(version.content),
    })
    .execute();
}

/** Every version of a proposal, newest first, with who saved it. */
export async function listProposalVersions(db: Executor, proposalId: number): Promise<ProposalVersionSummary[]> {
  const rows = await db
    .selectFrom('proposal_versions')
    .leftJoin('users', 'users.id', 'proposal_versions.saved_by_user_id')
    .select(['proposal_versions.version', 'proposal_versions.kind', 'proposal_versions.saved_at', 'users.id as user_id', 'users.email', 'users.display_name_en', 'users.display_name_ja'])
    .where('proposal_versions.proposal_id', '=', proposalId)
    .orderBy('proposal_versions.version', 'desc')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    kind: row.kind,
    savedAt: row.saved_at,
    savedBy: row.user_id !== null ? { userId: row.user_id, email: row.email ?? '', name: { en: row.display_name_en, ja: row.display_name_ja } } : null,
  }));
}

/** One version with its content, or null. */
export async function findProposalVersion(db: Executor, proposalId: number, version: number): Promise<(ProposalVersionSummary & { content: Proposal }) | null> {
  const row = await db
    .selectFrom('proposal_versions')
    .leftJoin('users', 'users.id', 'proposal_versions.saved_by_user_id')
    .select(['proposal_versions.version', 'proposal_versions.kind', 'proposal_versions.saved_at', 'proposal_versions.content', 'users.id as user_id', 'users.email', 'users.display_name_en', 'users.display_name_ja'])
    .where('proposal_versions.proposal_id', '=', proposalId)
    .where('proposal_versions.version', '=', version)
    .executeTakeFirst();
  if (!row) return null;
  return {
    version: row.version,
    kind: row.kind,
    savedAt: row.saved_at,
    savedBy: row.user_id !== null ? { userId: row.user_id, email: row.email ?? '', name: { en: row.display_name_en, ja: row.display_name_ja } } : null,
    content: row.content as Proposal,
  };
}

export type DraftPerson = {
  ref: string;
  name: BilingualText;
  email: string | null;
  orcid: string | null;
  phdYear: number | null;
  organisation: { ref: string; name: BilingualText; country: string; ror: string | null } | null;
};

/** The people with these refs, with their current (latest) organisation. */
export async function findDraftPeople(db: Executor, refs: readonly string[]): Promise<DraftPerson[]> {
  if (refs.length === 0) return [];
  const people = await db.selectFrom('people').selectAll().where('ref', 'in', [...new Set(refs)]).execute();
  const ids = people.map((person) => person.id);
  const affiliations = ids.length
    ? await db
        .selectFrom('affiliations')
        .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
        .select(['affiliations.person_id', 'affiliations.position', 'affiliations.to_date', 'organisations.ref', 'organisations.name_en', 'organisations.name_ja', 'organisations.country', 'organisations.ror'])
        .where('affiliations.person_id', 'in', ids)
        .orderBy('affiliations.person_id')
        .orderBy('affiliations.position', 'desc')
        .execute()
    : [];
  return people.map((person) => {
    const own = affiliations.filter((affiliation) => affiliation.person_id === person.id);
    const current = own.find((affiliation) => affiliation.to_date === null) ?? own[0];
    return {
      ref: person.ref,
      name: text(person.name_en, person.name_ja),
      email: person.email,
      orcid: person.orcid,
      phdYear: person.phd_year,
      organisation: current ? { ref: current.ref, name: text(current.name_en, current.name_ja), country: current.country, ror: current.ror } : null,
    };
  });
}

/** Which of `refs` name stored people. */
export async function existingPersonRefs(db: Executor, refs: readonly string[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const rows = await db.selectFrom('people').select('ref').where('ref', 'in', [...new Set(refs)]).execute();
  return new Set(rows.map((row) => row.ref));
}

/**
 * Creates or updates a person the proposal itself introduced (members typed into the editor),
 * with one current affiliation to their organisation. An organisation with a ROR id is shared:
 * found by its ROR id before a new one is made.
 */
export async function upsertDraftPerson(
  db: Executor,
  person: {
    ref: string;
    name: BilingualText;
    email: string | null;
    orcid: string | null;
    phdYear: number | null;
    organisation: { newRef: string; name: BilingualText; country: string; ror: string | null } | null;
    affiliatedFrom: string;
  },
): Promise<void> {
  const values = {
    ref: person.ref,
    name_en: person.name.en ?? null,
    name_ja: person.name.ja ?? null,
    email: person.email,
    orcid: person.orcid,
    phd_year: person.phdYear,
  };
  const { id } = await db
    .insertInto('people')
    .values(values)
    .onConflict((oc) => oc.column('ref').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('affiliations').where('person_id', '=', id).execute();
  if (!person.organisation) return;
  const organisation = person.organisation;
  const known = organisation.ror ? await db.selectFrom('organisations').select('id').where('ror', '=', organisation.ror).executeTakeFirst() : undefined;
  const organisationValues = {
    name_en: organisation.name.en ?? null,
    name_ja: organisation.name.ja ?? null,
    country: organisation.country,
    ror: organisation.ror,
  };
  const organisationId = known
    ? known.id
    : (
        await db
          .insertInto('organisations')
          .values({ ref: organisation.newRef, ...organisationValues })
          .onConflict((oc) => oc.column('ref').doUpdateSet(organisationValues))
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
  await db.insertInto('affiliations').values({ person_id: id, position: 0, organisation_id: organisationId, from_date: person.affiliatedFrom, to_date: null }).execute();
}

export type AccountPerson = { userId: number; email: string; locale: 'en' | 'ja'; displayName: BilingualText; personRef: string | null };

/** A user's account as drafting needs it (their person, mail address, language), or null. */
export async function findAccountPerson(db: Executor, userId: number): Promise<AccountPerson | null> {
  const row = await db
    .selectFrom('users')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select(['users.id', 'users.email', 'users.locale', 'users.display_name_en', 'users.display_name_ja', 'people.ref'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return { userId: row.id, email: row.email, locale: row.locale, displayName: text(row.display_name_en, row.display_name_ja), personRef: row.ref };
}

/** Links a user to a person by the person's ref. */
export async function linkUserToPerson(db: Executor, userId: number, personRef: string): Promise<void> {
  const person = await db.selectFrom('people').select('id').where('ref', '=', personRef).executeTakeFirstOrThrow();
  await db.updateTable('users').set({ person_id: person.id }).where('id', '=', userId).execute();
}

export type Recipient = { email: string; language: 'en' | 'ja' };

/**
 * Where mail about a proposal goes for each person: the account of the user linked to the
 * person (in their language), else the person's own address (in `fallbackLanguage`).
 */
export async function mailRecipientsOf(db: Executor, personRefs: readonly string[], fallbackLanguage: 'en' | 'ja'): Promise<Recipient[]> {
  if (personRefs.length === 0) return [];
  const rows = await db
    .selectFrom('people')
    .leftJoin('users', 'users.person_id', 'people.id')
    .select(['people.ref', 'people.email as person_email', 'users.email as user_email', 'users.locale'])
    .where('people.ref', 'in', [...new Set(personRefs)])
    .execute();
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const row of rows) {
    const email = row.user_email ?? row.person_email;
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    recipients.push({ email, language: row.locale ?? fallbackLanguage });
  }
  return recipients;
}

/** The SHA-256 of each current (not deleted) document of a proposal, in a stable order: the receipt covers them. */
export async function documentHashesOf(db: Executor, proposalId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('documents')
    .select('sha256')
    .where('proposal_id', '=', proposalId)
    .where('deleted_at', 'is', null)
    .orderBy('sha256')
    .execute();
  return rows.map((row) => row.sha256);
}

