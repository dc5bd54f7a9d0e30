import { sql } from 'kysely';
import { partnerAgencyOf, partnerTeamOf, type Call, type DomainBundle, type Proposal, type Team } from '../../domain/model.js';
import type { Executor } from '../database.js';
import { chunkRows, insertChunked } from './insert-chunked.js';

/**
 * Writes a validated bundle. Top-level objects are upserted by their code or ref; the lists they
 * own (affiliations, sides, teams, budgets, publications) are replaced whole, so importing the
 * same bundle twice leaves the database as after the first import.
 * Call it inside the service's transaction: on any error nothing is kept.
 */
export async function writeBundle(db: Executor, bundle: DomainBundle): Promise<void> {
  const agencyIds = await upsertAgencies(db, bundle);
  const organisationIds = await upsertOrganisations(db, bundle);
  const personIds = await upsertPeople(db, bundle, organisationIds);
  const programmeIds = await upsertProgrammes(db, bundle, agencyIds);
  const callIds = await upsertCalls(db, bundle, { agencyIds, programmeIds });
  const proposalIds = await upsertProposals(db, bundle.proposals, { agencyIds, personIds, callIds });
  const reviewerIds = await upsertReviewers(db, bundle, { agencyIds, personIds, proposalIds });
  await upsertReviews(db, bundle, { agencyIds, personIds, proposalIds, reviewerIds });
  await refreshStatistics(db);
}

/**
 * Refreshes the planner's statistics after a bulk write. PGlite has no autovacuum, so without
 * this the planner would see empty tables after an import and choose nested loops over
 * 20,000-row joins (minutes instead of milliseconds). ANALYZE samples, so it stays cheap.
 */
async function refreshStatistics(db: Executor): Promise<void> {
  await sql`analyze agencies, organisations, people, affiliations, programmes, calls, call_sides, call_criteria, proposals, proposal_teams, team_budget_lines, team_funding, exchanges, reviewers, publications, declared_conflicts, reviews`.execute(db);
}

type IdMap = Map<string, number>;

/** Ids of every row of a keyed table whose key is in `keys` (bundle objects may refer to stored ones). */
async function idsByKey(
  db: Executor,
  table: 'agencies' | 'programmes' | 'calls',
  keys: Iterable<string>,
): Promise<IdMap>;
async function idsByKey(db: Executor, table: 'organisations' | 'people' | 'proposals', keys: Iterable<string>): Promise<IdMap>;
async function idsByKey(
  db: Executor,
  table: 'agencies' | 'programmes' | 'calls' | 'organisations' | 'people' | 'proposals',
  keys: Iterable<string>,
): Promise<IdMap> {
  const unique = [...new Set(keys)];
  const column = table === 'agencies' || table === 'programmes' || table === 'calls' ? 'code' : 'ref';
  const map: IdMap = new Map();
  for (const chunk of chunkRows(unique, 1)) {
    const rows = await sql<{ id: number; key: string }>`select id, ${sql.ref(column)} as key from ${sql.table(table)} where ${sql.ref(column)} = any(${chunk})`.execute(db);
    for (const row of rows.rows) map.set(row.key, row.id);
  }
  return map;
}

function must(map: IdMap, key: string | null | undefined): number {
  const id = key == null ? undefined : map.get(key);
  if (id === undefined) throw new Error(`Reference "${key}" was not resolved; the bundle should have been rejected`);
  return id;
}

async function upsertAgencies(db: Executor, bundle: DomainBundle): Promise<IdMap> {
  for (const chunk of chunkRows(bundle.agencies, 10)) {
    await db
      .insertInto('agencies')
      .values(
        chunk.map((agency) => ({
          code: agency.code,
          name_en: agency.name.en ?? null,
          name_ja: agency.name.ja ?? null,
          country: agency.country,
          currency: agency.currency,
          timezone: agency.timezone,
          fiscal_year_start: agency.fiscalYearStart,
          fiscal_year_label: agency.fiscalYearLabel,
          kind: agency.kind,
          ror: agency.ror ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_en: eb.ref('excluded.name_en'),
          name_ja: eb.ref('excluded.name_ja'),
          country: eb.ref('excluded.country'),
          currency: eb.ref('excluded.currency'),
          timezone: eb.ref('excluded.timezone'),
          fiscal_year_start: eb.ref('excluded.fiscal_year_start'),
          fiscal_year_label: eb.ref('excluded.fiscal_year_label'),
          kind: eb.ref('excluded.kind'),
          ror: eb.ref('excluded.ror'),
        })),
      )
      .execute();
  }
  return idsByKey(db, 'agencies', referencedAgencies(bundle));
}

function referencedAgencies(bundle: DomainBundle): Set<string> {
  const codes = new Set(bundle.agencies.map((agency) => agency.code));
  for (const programme of bundle.programmes) codes.add(programme.agency);
  for (const call of bundle.calls) {
    for (const side of call.sides) {
      if (side.agency) codes.add(side.agency);
      for (const code of side.agencies ?? []) codes.add(code);
    }
    for (const rule of call.rules) if (rule.rule === 'partner_pi_funded_by') rule.agencies.forEach((code) => codes.add(code));
  }
  for (const proposal of bundle.proposals) {
    for (const team of proposal.teams) {
      if (team.agency) codes.add(team.agency);
      for (const funding of team.funding) codes.add(funding.agency);
    }
  }
  for (const reviewer of bundle.reviewers) codes.add(reviewer.agency);
  return codes;
}

async function upsertOrganisations(db: Executor, bundle: DomainBundle): Promise<IdMap> {
  for (const chunk of chunkRows(bundle.organisations, 5)) {
    await db
      .insertInto('organisations')
      .values(
        chunk.map((organisation) => ({
          ref: organisation.ref,
          name_en: organisation.name.en ?? null,
          name_ja: organisation.name.ja ?? null,
          country: organisation.country,
          ror: organisation.ror ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.column('ref').doUpdateSet((eb) => ({
          name_en: eb.ref('excluded.name_en'),
          name_ja: eb.ref('excluded.name_ja'),
          country: eb.ref('excluded.country'),
          ror: eb.ref('excluded.ror'),
        })),
      )
      .execute();
  }
  const refs = new Set(bundle.organisations.map((organisation) => organisation.ref));
  for (const person of bundle.people) for (const affiliation of person.affiliations) refs.add(affiliation.organisation);
  return idsByKey(db, 'organisations', refs);
}

async function upsertPeople(db: Executor, bundle: DomainBundle, organisationIds: IdMap): Promise<IdMap> {
  const written: IdMap = new Map();
  for (const chunk of chunkRows(bundle.people, 6)) {
    const rows = await db
      .insertInto('people')
      .values(
        chunk.map((person) => ({
          ref: person.ref,
          name_en: person.name.en ?? null,
          name_ja: person.name.ja ?? null,
          email: person.email ?? null,
          orcid: person.orcid ?? null,
          phd_year: person.phdYear ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.column('ref').doUpdateSet((eb) => ({
          name_en: eb.ref('excluded.name_en'),
          name_ja: eb.ref('excluded.name_ja'),
          email: eb.ref('excluded.email'),
          orcid: eb.ref('excluded.orcid'),
          phd_year: eb.ref('excluded.phd_year'),
        })),
      )
      .returning(['id', 'ref'])
      .execute();
    for (const row of rows) written.set(row.ref, row.id);
  }
  const writtenIds = [...written.values()];
  for (const chunk of chunkRows(writtenIds, 1)) {
    await db.deleteFrom('affiliations').where('person_id', 'in', chunk).execute();
  }
  await insertChunked(
    db,
    'affiliations',
    bundle.people.flatMap((person) =>
      person.affiliations.map((affiliation, position) => ({
        person_id: must(written, person.ref),
        position,
        organisation_id: must(organisationIds, affiliation.organisation),
        from_date: affiliation.from,
        to_date: affiliation.to ?? null,
      })),
    ),
  );
  const referenced = new Set<string>();
  for (const proposal of bundle.proposals) {
    for (const team of proposal.teams) {
      referenced.add(team.pi);
      team.members.forEach((member) => referenced.add(member));
    }
    proposal.exchanges.forEach((exchange) => referenced.add(exchange.person));
  }
  for (const reviewer of bundle.reviewers) {
    referenced.add(reviewer.person);
    for (const publication of reviewer.publications) publication.authors.forEach((author) => referenced.add(author));
  }
  bundle.reviews.forEach((review) => referenced.add(review.reviewer));
  for (const ref of written.keys()) referenced.delete(ref);
  const stored = await idsByKey(db, 'people', referenced);
  return new Map([...written, ...stored]);
}

async function upsertProgrammes(db: Executor, bundle: DomainBundle, agencyIds: IdMap): Promise<IdMap> {
  if (bundle.programmes.length > 0) {
    await db
      .insertInto('programmes')
      .values(
        bundle.programmes.map((programme) => ({
          code: programme.code,
          agency_id: must(agencyIds, programme.agency),
          name_en: programme.name.en ?? null,
          name_ja: programme.name.ja ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          agency_id: eb.ref('excluded.agency_id'),
          name_en: eb.ref('excluded.name_en'),
          name_ja: eb.ref('excluded.name_ja'),
        })),
      )
      .execute();
  }
  const codes = new Set([...bundle.programmes.map((programme) => programme.code), ...bundle.calls.map((call) => call.programme)]);
  return idsByKey(db, 'programmes', codes);
}

async function upsertCalls(db: Executor, bundle: DomainBundle, ids: { agencyIds: IdMap; programmeIds: IdMap }): Promise<IdMap> {
  const written: IdMap = new Map();
  for (const call of bundle.calls) written.set(call.code, await upsertCall(db, call, ids));
  const codes = new Set([...bundle.calls.map((call) => call.code), ...bundle.proposals.map((proposal) => proposal.call)]);
  for (const code of written.keys()) codes.delete(code);
  return new Map([...written, ...(await idsByKey(db, 'calls', codes))]);
}

/**
 * Upserts one call by its code with its sides and criteria (replaced whole), resolving the
 * agencies and programme it names among stored rows. The services that create and edit calls
 * use it, so one code path writes calls. Returns the call's id.
 */
export async function writeCall(db: Executor, call: Call): Promise<number> {
  const agencyCodes = new Set<string>();
  for (const side of call.sides) {
    if (side.agency) agencyCodes.add(side.agency);
    side.agencies?.forEach((code) => agencyCodes.add(code));
  }
  const agencyIds = await idsByKey(db, 'agencies', agencyCodes);
  const programmeIds = await idsByKey(db, 'programmes', [call.programme]);
  return upsertCall(db, call, { agencyIds, programmeIds });
}

async function upsertCall(db: Executor, call: Call, ids: { agencyIds: IdMap; programmeIds: IdMap }): Promise<number> {
  const row = {
    code: call.code,
    programme_id: must(ids.programmeIds, call.programme),
    title_en: call.title.en ?? null,
    title_ja: call.title.ja ?? null,
    description_en: call.description?.en ?? null,
    description_ja: call.description?.ja ?? null,
    modality: call.modality,
    fields: call.fields,
    opens_at: call.opens,
    duration_min_months: call.durationMonths?.min ?? null,
    duration_max_months: call.durationMonths?.max ?? null,
    reviews_per_proposal: call.reviewsPerProposal ?? null,
    coi_institution_years: call.coi?.institutionYears ?? null,
    coi_coauthor_years: call.coi?.coauthorYears ?? null,
    rules: JSON.stringify(call.rules),
    status: call.status ?? 'open',
  };
  const { id } = await db
    .insertInto('calls')
    .values(row)
    .onConflict((oc) => oc.column('code').doUpdateSet(row))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('call_sides').where('call_id', '=', id).execute();
  await db.deleteFrom('call_criteria').where('call_id', '=', id).execute();
  await insertChunked(
    db,
    'call_sides',
    call.sides.map((side, position) => ({
      call_id: id,
      position,
      role: side.role,
      agency_id: side.agency ? must(ids.agencyIds, side.agency) : null,
      accepted_agency_ids: side.agencies ? side.agencies.map((code) => must(ids.agencyIds, code)) : null,
      deadline_at: side.deadline ?? null,
      is_reviewing: side.reviews,
      budget_total_amount: side.budget?.total?.amount ?? null,
      budget_total_currency: side.budget?.total?.currency ?? null,
      cap_amount: side.budget?.perProjectPerYearMax?.amount ?? null,
      cap_currency: side.budget?.perProjectPerYearMax?.currency ?? null,
    })),
  );
  await insertChunked(
    db,
    'call_criteria',
    call.criteria.map((criterion, position) => ({
      call_id: id,
      position,
      code: criterion.code,
      name_en: criterion.name.en ?? null,
      name_ja: criterion.name.ja ?? null,
      weight: criterion.weight,
      scale_min: criterion.scale[0],
      scale_max: criterion.scale[1],
    })),
  );
  return id;
}

type ProposalWriteIds = { agencyIds: IdMap; personIds: IdMap; callIds: IdMap };

/**
 * Upserts proposals with their teams, budgets, funding and exchanges. Exported for the services
 * that save a single proposal, so one code path writes proposals.
 */
export async function upsertProposals(db: Executor, proposals: readonly Proposal[], ids: ProposalWriteIds): Promise<IdMap> {
  const proposalIds: IdMap = new Map();
  for (const chunk of chunkRows(proposals, 15)) {
    const rows = await db
      .insertInto('proposals')
      .values(
        chunk.map((proposal) => ({
          partner_country: partnerTeamOf(proposal)?.country ?? null,
          partner_agency_id: partnerAgencyOf(proposal) ? must(ids.agencyIds, partnerAgencyOf(proposal)) : null,
          ref: proposal.ref,
          call_id: must(ids.callIds, proposal.call),
          field: proposal.field,
          title_en: proposal.title.en ?? null,
          title_ja: proposal.title.ja ?? null,
          abstract_en: proposal.abstract?.en ?? null,
          abstract_ja: proposal.abstract?.ja ?? null,
          keywords: proposal.keywords,
          duration_months: proposal.durationMonths ?? null,
          status: proposal.status,
          submitted_at: proposal.submittedAt ?? null,
          decision: proposal.decision ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.column('ref').doUpdateSet((eb) => ({
          call_id: eb.ref('excluded.call_id'),
          field: eb.ref('excluded.field'),
          title_en: eb.ref('excluded.title_en'),
          title_ja: eb.ref('excluded.title_ja'),
          abstract_en: eb.ref('excluded.abstract_en'),
          abstract_ja: eb.ref('excluded.abstract_ja'),
          keywords: eb.ref('excluded.keywords'),
          duration_months: eb.ref('excluded.duration_months'),
          status: eb.ref('excluded.status'),
          submitted_at: eb.ref('excluded.submitted_at'),
          decision: eb.ref('excluded.decision'),
          partner_country: eb.ref('excluded.partner_country'),
          partner_agency_id: eb.ref('excluded.partner_agency_id'),
        })),
      )
      .returning(['id', 'ref'])
      .execute();
    for (const row of rows) proposalIds.set(row.ref, row.id);
  }
  // Teams of proposals that already existed are replaced; their budgets and funding cascade.
  for (const chunk of chunkRows([...proposalIds.values()], 1)) {
    await db.deleteFrom('proposal_teams').where('proposal_id', 'in', chunk).execute();
    await db.deleteFrom('exchanges').where('proposal_id', 'in', chunk).execute();
  }
  const teamRows = proposals.flatMap((proposal) =>
    proposal.teams.map((team, position) => ({
      proposal_id: must(proposalIds, proposal.ref),
      position,
      role: team.role,
      agency_id: team.agency ? must(ids.agencyIds, team.agency) : null,
      country: team.country,
      pi_person_id: must(ids.personIds, team.pi),
      member_person_ids: team.members.map((member) => must(ids.personIds, member)),
    })),
  );
  const teamIds = new Map<string, number>();
  for (const chunk of chunkRows(teamRows, 7)) {
    const rows = await db.insertInto('proposal_teams').values(chunk).returning(['id', 'proposal_id', 'position']).execute();
    for (const row of rows) teamIds.set(`${row.proposal_id}:${row.position}`, row.id);
  }
  const teamIdOf = (proposal: Proposal, position: number): number => {
    const id = teamIds.get(`${must(proposalIds, proposal.ref)}:${position}`);
    if (id === undefined) throw new Error(`Team ${position} of ${proposal.ref} was not written`);
    return id;
  };
  const eachTeam = <T>(map: (team: Team, teamId: number) => T[]): T[] =>
    proposals.flatMap((proposal) => proposal.teams.flatMap((team, position) => map(team, teamIdOf(proposal, position))));

  await insertChunked(
    db,
    'team_budget_lines',
    eachTeam((team, teamId) =>
      team.budget.map((line, position) => ({
        team_id: teamId,
        position,
        fiscal_year: line.fiscalYear,
        amount: line.amount.amount,
        currency: line.amount.currency,
      })),
    ),
  );
  await insertChunked(
    db,
    'team_funding',
    eachTeam((team, teamId) =>
      team.funding.map((funding, position) => ({
        team_id: teamId,
        position,
        agency_id: must(ids.agencyIds, funding.agency),
        grant_id: funding.grantId ?? null,
      })),
    ),
  );
  await insertChunked(
    db,
    'exchanges',
    proposals.flatMap((proposal) =>
      proposal.exchanges.map((exchange, position) => ({
        proposal_id: must(proposalIds, proposal.ref),
        position,
        person_id: must(ids.personIds, exchange.person),
        from_country: exchange.from,
        to_country: exchange.to,
        months: exchange.months,
        purpose_en: exchange.purpose?.en ?? null,
        purpose_ja: exchange.purpose?.ja ?? null,
      })),
    ),
  );
  return proposalIds;
}

async function upsertReviewers(
  db: Executor,
  bundle: DomainBundle,
  ids: { agencyIds: IdMap; personIds: IdMap; proposalIds: IdMap },
): Promise<Map<string, number>> {
  const reviewerIds = new Map<string, number>();
  if (bundle.reviewers.length === 0) return reviewerIds;
  const missingProposals = new Set<string>();
  for (const reviewer of bundle.reviewers) {
    for (const conflict of reviewer.conflicts) if (!ids.proposalIds.has(conflict.proposal)) missingProposals.add(conflict.proposal);
  }
  const proposalIds = new Map([...ids.proposalIds, ...(await idsByKey(db, 'proposals', missingProposals))]);
  for (const chunk of chunkRows(bundle.reviewers, 6)) {
    const rows = await db
      .insertInto('reviewers')
      .values(
        chunk.map((reviewer) => ({
          person_id: must(ids.personIds, reviewer.person),
          agency_id: must(ids.agencyIds, reviewer.agency),
          fields: reviewer.fields,
          keywords: reviewer.keywords,
          min_load: reviewer.minLoad,
          max_load: reviewer.maxLoad,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['person_id', 'agency_id']).doUpdateSet((eb) => ({
          fields: eb.ref('excluded.fields'),
          keywords: eb.ref('excluded.keywords'),
          min_load: eb.ref('excluded.min_load'),
          max_load: eb.ref('excluded.max_load'),
        })),
      )
      .returning(['id', 'person_id', 'agency_id'])
      .execute();
    for (const row of rows) reviewerIds.set(`${row.person_id}:${row.agency_id}`, row.id);
  }
  const idOf = (person: string, agency: string): number => {
    const id = reviewerIds.get(`${must(ids.personIds, person)}:${must(ids.agencyIds, agency)}`);
    if (id === undefined) throw new Error(`Reviewer ${person} of ${agency} was not written`);
    return id;
  };
  const written = [...reviewerIds.values()];
  // A bundle replaces the conflicts that came from bundles (no declarer). Declarations made in
  // the platform, by a reviewer or an officer, carry who, when and why, which a bundle cannot
  // say: they are kept, and a bundle entry for the same pair leaves them as they are. Waivers
  // are never in a bundle and are never touched here.
  const keptDeclarations = new Set<string>();
  for (const chunk of chunkRows(written, 1)) {
    await db.deleteFrom('publications').where('reviewer_id', 'in', chunk).execute();
    await db.deleteFrom('declared_conflicts').where('reviewer_id', 'in', chunk).where('declared_by', 'is', null).execute();
    const kept = await db.selectFrom('declared_conflicts').select(['reviewer_id', 'proposal_id']).where('reviewer_id', 'in', chunk).execute();
    for (const row of kept) keptDeclarations.add(`${row.reviewer_id}:${row.proposal_id}`);
  }
  await insertChunked(
    db,
    'publications',
    bundle.reviewers.flatMap((reviewer) =>
      reviewer.publications.map((publication, position) => ({
        reviewer_id: idOf(reviewer.person, reviewer.agency),
        position,
        doi: publication.doi ?? null,
        year: publication.year,
        title: publication.title,
        author_person_ids: publication.authors.map((author) => must(ids.personIds, author)),
      })),
    ),
  );
  await insertChunked(
    db,
    'declared_conflicts',
    bundle.reviewers.flatMap((reviewer) =>
      reviewer.conflicts
        .map((conflict) => ({
          reviewer_id: idOf(reviewer.person, reviewer.agency),
          proposal_id: must(proposalIds, conflict.proposal),
          reason: conflict.reason,
        }))
        .filter((row) => !keptDeclarations.has(`${row.reviewer_id}:${row.proposal_id}`)),
    ),
  );
  return reviewerIds;
}

async function upsertReviews(
  db: Executor,
  bundle: DomainBundle,
  ids: { agencyIds: IdMap; personIds: IdMap; proposalIds: IdMap; reviewerIds: Map<string, number> },
): Promise<void> {
  if (bundle.reviews.length === 0) return;
  const missingProposals = bundle.reviews.map((review) => review.proposal).filter((ref) => !ids.proposalIds.has(ref));
  const proposalIds = new Map([...ids.proposalIds, ...(await idsByKey(db, 'proposals', missingProposals))]);
  const reviewerIds = new Map(ids.reviewerIds);
  const unknownPairs = bundle.reviews.filter(
    (review) => !reviewerIds.has(`${must(ids.personIds, review.reviewer)}:${must(ids.agencyIds, review.agency)}`),
  );
  if (unknownPairs.length > 0) {
    const rows = await db
      .selectFrom('reviewers')
      .select(['id', 'person_id', 'agency_id'])
      .where('person_id', 'in', unknownPairs.map((review) => must(ids.personIds, review.reviewer)))
      .execute();
    for (const row of rows) reviewerIds.set(`${row.person_id}:${row.agency_id}`, row.id);
  }
  for (const chunk of chunkRows(bundle.reviews, 7)) {
    await db
      .insertInto('reviews')
      .values(
        chunk.map((review) => ({
          proposal_id: must(proposalIds, review.proposal),
          reviewer_id: must(reviewerIds, `${must(ids.personIds, review.reviewer)}:${must(ids.agencyIds, review.agency)}`),
          scores: JSON.stringify(review.scores),
          confidence: review.confidence ?? null,
          comment_en: review.comment?.en ?? null,
          comment_ja: review.comment?.ja ?? null,
          status: review.status,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['proposal_id', 'reviewer_id']).doUpdateSet((eb) => ({
          scores: eb.ref('excluded.scores'),
          confidence: eb.ref('excluded.confidence'),
          comment_en: eb.ref('excluded.comment_en'),
          comment_ja: eb.ref('excluded.comment_ja'),
          status: eb.ref('excluded.status'),
        })),
      )
      .execute();
  }
}
