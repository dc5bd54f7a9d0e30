import type { BilingualText } from '../../domain/bilingual-text.js';
import type { Agency, Call, CallSide, DomainBundle, EligibilityRule, Person, Proposal, Reviewer, Review } from '../../domain/model.js';
import type { Selectable } from 'kysely';
import type { CallCriteriaTable, CallSidesTable, CallsTable, Executor } from '../database.js';
import { chunkRows } from './insert-chunked.js';

/** What to read: everything, or one call with all it refers to. */
export type BundleScope = { callCode: string | null };

const text = (en: string | null, ja: string | null): BilingualText => ({
  ...(en !== null ? { en } : {}),
  ...(ja !== null ? { ja } : {}),
});

const optionalText = (en: string | null, ja: string | null): BilingualText | null =>
  en === null && ja === null ? null : text(en, ja);

/**
 * Reads stored objects back into the bundle's shape, in insertion order, instants as UTC ISO
 * strings (the service renders them in each agency's zone). Returns null when the scoped call
 * does not exist.
 */
export async function readBundle(db: Executor, scope: BundleScope): Promise<DomainBundle | null> {
  let callQuery = db.selectFrom('calls').selectAll().orderBy('id');
  if (scope.callCode !== null) callQuery = callQuery.where('code', '=', scope.callCode);
  const callRows = await callQuery.execute();
  if (scope.callCode !== null && callRows.length === 0) return null;
  const callIds = callRows.map((row) => row.id);
  const whole = scope.callCode === null;

  const agencyRows = await db.selectFrom('agencies').selectAll().orderBy('id').execute();
  const agencyCode = new Map(agencyRows.map((row) => [row.id, row.code]));
  const codeOfAgency = (id: number): string => agencyCode.get(id) ?? `#${id}`;

  const programmeRows = await db.selectFrom('programmes').selectAll().orderBy('id').execute();
  const programmeCode = new Map(programmeRows.map((row) => [row.id, row.code]));

  const sideRows = callIds.length
    ? await db.selectFrom('call_sides').selectAll().where('call_id', 'in', callIds).orderBy('call_id').orderBy('position').execute()
    : [];
  const criterionRows = callIds.length
    ? await db.selectFrom('call_criteria').selectAll().where('call_id', 'in', callIds).orderBy('call_id').orderBy('position').execute()
    : [];

  let proposalQuery = db.selectFrom('proposals').selectAll().orderBy('id');
  if (!whole) proposalQuery = proposalQuery.where('call_id', 'in', callIds.length ? callIds : [-1]);
  const proposalRows = await proposalQuery.execute();
  const proposalIds = proposalRows.map((row) => row.id);
  const proposalRef = new Map(proposalRows.map((row) => [row.id, row.ref]));

  const teamRows = [];
  const exchangeRows = [];
  for (const chunk of chunkRows(proposalIds, 1)) {
    teamRows.push(...(await db.selectFrom('proposal_teams').selectAll().where('proposal_id', 'in', chunk).orderBy('proposal_id').orderBy('position').execute()));
    exchangeRows.push(...(await db.selectFrom('exchanges').selectAll().where('proposal_id', 'in', chunk).orderBy('proposal_id').orderBy('position').execute()));
  }
  const teamIds = teamRows.map((row) => row.id);
  const budgetRows = [];
  const fundingRows = [];
  for (const chunk of chunkRows(teamIds, 1)) {
    budgetRows.push(...(await db.selectFrom('team_budget_lines').selectAll().where('team_id', 'in', chunk).orderBy('team_id').orderBy('position').execute()));
    fundingRows.push(...(await db.selectFrom('team_funding').selectAll().where('team_id', 'in', chunk).orderBy('team_id').orderBy('position').execute()));
  }

  // Reviewers: in a call's bundle, the pools of the agencies on its sides.
  const sideAgencyIds = new Set<number>();
  for (const side of sideRows) {
    if (side.agency_id !== null) sideAgencyIds.add(side.agency_id);
  }
  let reviewerQuery = db.selectFrom('reviewers').selectAll().orderBy('id');
  if (!whole) reviewerQuery = reviewerQuery.where('agency_id', 'in', sideAgencyIds.size ? [...sideAgencyIds] : [-1]);
  const reviewerRows = await reviewerQuery.execute();
  const reviewerIds = reviewerRows.map((row) => row.id);
  const publicationRows = reviewerIds.length
    ? await db.selectFrom('publications').selectAll().where('reviewer_id', 'in', reviewerIds).orderBy('reviewer_id').orderBy('position').execute()
    : [];
  const conflictRows = reviewerIds.length
    ? await db.selectFrom('declared_conflicts').selectAll().where('reviewer_id', 'in', reviewerIds).orderBy('reviewer_id').orderBy('proposal_id').execute()
    : [];
  const reviewRows = [];
  for (const chunk of chunkRows(proposalIds, 1)) {
    reviewRows.push(...(await db.selectFrom('reviews').selectAll().where('proposal_id', 'in', chunk).orderBy('id').execute()));
  }

  // People and organisations: everyone the selected objects name.
  const personIds = new Set<number>();
  for (const team of teamRows) {
    personIds.add(team.pi_person_id);
    team.member_person_ids.forEach((id) => personIds.add(id));
  }
  exchangeRows.forEach((row) => personIds.add(row.person_id));
  reviewerRows.forEach((row) => personIds.add(row.person_id));
  publicationRows.forEach((row) => row.author_person_ids.forEach((id) => personIds.add(id)));
  let personQuery = db.selectFrom('people').selectAll().orderBy('id');
  if (!whole) personQuery = personQuery.where('id', 'in', personIds.size ? [...personIds] : [-1]);
  const personRows = await personQuery.execute();
  const personRef = new Map(personRows.map((row) => [row.id, row.ref]));
  const refOfPerson = (id: number): string => personRef.get(id) ?? `#${id}`;
  const affiliationRows = [];
  for (const chunk of chunkRows(personRows.map((row) => row.id), 1)) {
    affiliationRows.push(...(await db.selectFrom('affiliations').selectAll().where('person_id', 'in', chunk).orderBy('person_id').orderBy('position').execute()));
  }
  const organisationIds = new Set(affiliationRows.map((row) => row.organisation_id));
  let organisationQuery = db.selectFrom('organisations').selectAll().orderBy('id');
  if (!whole) organisationQuery = organisationQuery.where('id', 'in', organisationIds.size ? [...organisationIds] : [-1]);
  const organisationRows = await organisationQuery.execute();
  const allOrganisationRef = new Map(organisationRows.map((row) => [row.id, row.ref]));

  const byKey = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
    const map = new Map<K, T[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list) list.push(row);
      else map.set(key(row), [row]);
    }
    return map;
  };
  const sidesByCall = byKey(sideRows, (row) => row.call_id);
  const criteriaByCall = byKey(criterionRows, (row) => row.call_id);
  const teamsByProposal = byKey(teamRows, (row) => row.proposal_id);
  const exchangesByProposal = byKey(exchangeRows, (row) => row.proposal_id);
  const budgetByTeam = byKey(budgetRows, (row) => row.team_id);
  const fundingByTeam = byKey(fundingRows, (row) => row.team_id);
  const affiliationsByPerson = byKey(affiliationRows, (row) => row.person_id);
  const publicationsByReviewer = byKey(publicationRows, (row) => row.reviewer_id);
  const conflictsByReviewer = byKey(conflictRows, (row) => row.reviewer_id);
  const reviewerById = new Map(reviewerRows.map((row) => [row.id, row]));

  const calls: Call[] = callRows.map((row) =>
    callFromRows({ row, sides: sidesByCall.get(row.id) ?? [], criteria: criteriaByCall.get(row.id) ?? [], codeOfAgency, programmeCode: programmeCode.get(row.programme_id) ?? `#${row.programme_id}` }),
  );
  const callCode = new Map(callRows.map((row) => [row.id, row.code]));

  const proposals: Proposal[] = proposalRows.map((row) => ({
    ref: row.ref,
    call: callCode.get(row.call_id) ?? `#${row.call_id}`,
    field: row.field,
    title: text(row.title_en, row.title_ja),
    ...(row.abstract_en !== null || row.abstract_ja !== null ? { abstract: text(row.abstract_en, row.abstract_ja) } : {}),
    keywords: row.keywords,
    ...(row.duration_months !== null ? { durationMonths: row.duration_months } : {}),
    teams: (teamsByProposal.get(row.id) ?? []).map((team) => ({
      role: team.role,
      ...(team.agency_id !== null ? { agency: codeOfAgency(team.agency_id) } : {}),
      country: team.country,
      pi: refOfPerson(team.pi_person_id),
      members: team.member_person_ids.map(refOfPerson),
      budget: (budgetByTeam.get(team.id) ?? []).map((line) => ({
        fiscalYear: line.fiscal_year,
        amount: { amount: line.amount, currency: line.currency },
      })),
      funding: (fundingByTeam.get(team.id) ?? []).map((funding) => ({
        agency: codeOfAgency(funding.agency_id),
        ...(funding.grant_id !== null ? { grantId: funding.grant_id } : {}),
      })),
    })),
    exchanges: (exchangesByProposal.get(row.id) ?? []).map((exchange) => ({
      person: refOfPerson(exchange.person_id),
      from: exchange.from_country,
      to: exchange.to_country,
      months: exchange.months,
      ...(optionalText(exchange.purpose_en, exchange.purpose_ja) ? { purpose: text(exchange.purpose_en, exchange.purpose_ja) } : {}),
    })),
    status: row.status,
    ...(row.submitted_at !== null ? { submittedAt: row.submitted_at.toISOString() } : {}),
    ...(row.decision !== null ? { decision: row.decision } : {}),
  }));

  const reviewers: Reviewer[] = reviewerRows.map((row) => ({
    person: refOfPerson(row.person_id),
    agency: codeOfAgency(row.agency_id),
    fields: row.fields,
    keywords: row.keywords,
    minLoad: row.min_load,
    maxLoad: row.max_load,
    publications: (publicationsByReviewer.get(row.id) ?? []).map((publication) => ({
      ...(publication.doi !== null ? { doi: publication.doi } : {}),
      year: publication.year,
      title: publication.title,
      authors: publication.author_person_ids.map(refOfPerson),
    })),
    conflicts: (conflictsByReviewer.get(row.id) ?? [])
      .filter((conflict) => whole || proposalRef.has(conflict.proposal_id))
      .map((conflict) => ({ proposal: proposalRef.get(conflict.proposal_id) ?? `#${conflict.proposal_id}`, reason: conflict.reason })),
  }));

  const reviews: Review[] = reviewRows.flatMap((row) => {
    const reviewer = reviewerById.get(row.reviewer_id);
    if (!reviewer) return [];
    return [
      {
        proposal: proposalRef.get(row.proposal_id) ?? `#${row.proposal_id}`,
        reviewer: refOfPerson(reviewer.person_id),
        agency: codeOfAgency(reviewer.agency_id),
        scores: row.scores,
        ...(row.confidence !== null ? { confidence: row.confidence } : {}),
        ...(optionalText(row.comment_en, row.comment_ja) ? { comment: text(row.comment_en, row.comment_ja) } : {}),
        status: row.status,
      },
    ];
  });

  const people: Person[] = personRows.map((row) => ({
    ref: row.ref,
    name: text(row.name_en, row.name_ja),
    ...(row.email !== null ? { email: row.email } : {}),
    ...(row.orcid !== null ? { orcid: row.orcid } : {}),
    affiliations: (affiliationsByPerson.get(row.id) ?? []).map((affiliation) => ({
      organisation: allOrganisationRef.get(affiliation.organisation_id) ?? `#${affiliation.organisation_id}`,
      from: affiliation.from_date,
      to: affiliation.to_date,
    })),
    ...(row.phd_year !== null ? { phdYear: row.phd_year } : {}),
  }));

  // Agencies and programmes: in a call's bundle, those its objects name.
  const usedAgencyCodes = new Set<string>();
  const usedProgrammes = new Set(calls.map((call) => call.programme));
  for (const row of programmeRows) if (usedProgrammes.has(row.code)) usedAgencyCodes.add(codeOfAgency(row.agency_id));
  for (const call of calls) {
    for (const side of call.sides) {
      if (side.agency) usedAgencyCodes.add(side.agency);
      side.agencies?.forEach((code) => usedAgencyCodes.add(code));
    }
    for (const rule of call.rules) if (rule.rule === 'partner_pi_funded_by') rule.agencies.forEach((code) => usedAgencyCodes.add(code));
  }
  for (const proposal of proposals) {
    for (const team of proposal.teams) {
      if (team.agency) usedAgencyCodes.add(team.agency);
      team.funding.forEach((funding) => usedAgencyCodes.add(funding.agency));
    }
  }
  reviewers.forEach((reviewer) => usedAgencyCodes.add(reviewer.agency));

  const agencies: Agency[] = agencyRows
    .filter((row) => whole || usedAgencyCodes.has(row.code))
    .map((row) => ({
      code: row.code,
      name: text(row.name_en, row.name_ja),
      country: row.country,
      currency: row.currency,
      timezone: row.timezone,
      fiscalYearStart: row.fiscal_year_start,
      fiscalYearLabel: row.fiscal_year_label,
      kind: row.kind,
      ...(row.ror !== null ? { ror: row.ror } : {}),
    }));

  return {
    agencies,
    organisations: organisationRows.map((row) => ({
      ref: row.ref,
      name: text(row.name_en, row.name_ja),
      country: row.country,
      ...(row.ror !== null ? { ror: row.ror } : {}),
    })),
    people,
    programmes: programmeRows
      .filter((row) => whole || usedProgrammes.has(row.code))
      .map((row) => ({ code: row.code, agency: codeOfAgency(row.agency_id), name: text(row.name_en, row.name_ja) })),
    calls,
    proposals,
    reviewers,
    reviews,
  };
}

/** The rows of one call as read from its tables. */
export type CallRows = {
  row: Selectable<CallsTable>;
  sides: ReadonlyArray<Selectable<CallSidesTable>>;
  criteria: ReadonlyArray<Selectable<CallCriteriaTable>>;
  codeOfAgency: (id: number) => string;
  programmeCode: string;
};

/** One call in the bundle's shape from its rows (shared by the bundle export and the call editor). */
export function callFromRows(rows: CallRows): Call {
  const { row, codeOfAgency } = rows;
  return {
    code: row.code,
    programme: rows.programmeCode,
    title: text(row.title_en, row.title_ja),
    ...(row.description_en !== null || row.description_ja !== null ? { description: text(row.description_en, row.description_ja) } : {}),
    modality: row.modality,
    fields: row.fields,
    opens: row.opens_at.toISOString(),
    sides: rows.sides.map((side): CallSide => {
      const budget = {
        ...(side.budget_total_amount !== null ? { total: { amount: side.budget_total_amount, currency: side.budget_total_currency ?? '' } } : {}),
        ...(side.cap_amount !== null ? { perProjectPerYearMax: { amount: side.cap_amount, currency: side.cap_currency ?? '' } } : {}),
      };
      return {
        ...(side.agency_id !== null ? { agency: codeOfAgency(side.agency_id) } : {}),
        ...(side.accepted_agency_ids !== null ? { agencies: side.accepted_agency_ids.map(codeOfAgency) } : {}),
        role: side.role,
        ...(side.deadline_at !== null ? { deadline: side.deadline_at.toISOString() } : {}),
        reviews: side.is_reviewing,
        ...(Object.keys(budget).length > 0 ? { budget } : {}),
      };
    }),
    ...(row.duration_min_months !== null && row.duration_max_months !== null
      ? { durationMonths: { min: row.duration_min_months, max: row.duration_max_months } }
      : {}),
    criteria: rows.criteria.map((criterion) => ({
      code: criterion.code,
      name: text(criterion.name_en, criterion.name_ja),
      weight: criterion.weight,
      scale: [criterion.scale_min, criterion.scale_max] as [number, number],
    })),
    ...(row.reviews_per_proposal !== null ? { reviewsPerProposal: row.reviews_per_proposal } : {}),
    ...(row.coi_institution_years !== null && row.coi_coauthor_years !== null
      ? { coi: { institutionYears: row.coi_institution_years, coauthorYears: row.coi_coauthor_years } }
      : {}),
    rules: row.rules as EligibilityRule[],
    status: row.status,
  };
}
