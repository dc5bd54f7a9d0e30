import type { AffiliationSpan } from '../../domain/review/conflicts.js';
import { sql } from 'kysely';
import type { Executor } from '../database.js';

export type ConflictFacts = {
  opensAt: Date;
  leadTimezone: string;
  windows: { institutionYears: number | null; coauthorYears: number | null };
  proposals: Array<{ ref: string; people: string[] }>;
  reviewers: Array<{ person: string; agency: string; declared: string[] }>;
  affiliations: Map<string, AffiliationSpan[]>;
  publications: Array<{ year: number; authors: string[] }>;
  /** Officers' waivers, keyed `proposalRef reviewerRef agency` (a waiver is for one pool's entry of a person). */
  waivers: Map<string, { reason: string; by: string; at: Date }>;
};

/** The key of a (proposal, reviewer) pair of an agency's pool in the maps of conflict facts. */
export function pairKey(proposal: string, reviewer: string, agency: string): string {
  return `${proposal} ${reviewer} ${agency}`;
}

/**
 * Everything conflict detection needs for one call and the reviewer pools of its agencies
 * (or of one agency, or one person's entries in them): proposals with all their people,
 * reviewers with declared conflicts, everyone's affiliations, and the publications recorded in
 * the platform that one of these reviewers wrote (no other can make a co-author conflict).
 */
export async function loadConflictFacts(db: Executor, callId: number, agency: string | null, personRef?: string): Promise<ConflictFacts> {
  const call = await db
    .selectFrom('calls')
    .select(['opens_at', 'coi_institution_years', 'coi_coauthor_years'])
    .where('id', '=', callId)
    .executeTakeFirstOrThrow();
  const lead = await db
    .selectFrom('call_sides')
    .innerJoin('agencies', 'agencies.id', 'call_sides.agency_id')
    .select(['agencies.timezone', 'agencies.id', 'agencies.code', 'call_sides.role'])
    .where('call_sides.call_id', '=', callId)
    .orderBy('call_sides.position')
    .execute();
  const sideAgencyIds = lead.filter((side) => agency === null || side.code === agency).map((side) => side.id);
  const teams = await db
    .selectFrom('proposal_teams')
    .innerJoin('proposals', 'proposals.id', 'proposal_teams.proposal_id')
    .select(['proposals.id as proposal_id', 'proposals.ref', 'proposal_teams.pi_person_id', 'proposal_teams.member_person_ids'])
    .where('proposals.call_id', '=', callId)
    .orderBy('proposals.ref')
    .orderBy('proposal_teams.position')
    .execute();
  const reviewers = sideAgencyIds.length
    ? await db
        .selectFrom('reviewers')
        .innerJoin('people', 'people.id', 'reviewers.person_id')
        .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
        .select(['reviewers.id', 'reviewers.person_id', 'people.ref', 'agencies.code'])
        .where('reviewers.agency_id', 'in', sideAgencyIds)
        .$if(personRef !== undefined, (query) => query.where('people.ref', '=', personRef!))
        .orderBy('agencies.code')
        .orderBy('people.ref')
        .execute()
    : [];
  const reviewerIds = reviewers.map((reviewer) => reviewer.id);
  const declared = reviewerIds.length
    ? await db.selectFrom('declared_conflicts').innerJoin('proposals', 'proposals.id', 'declared_conflicts.proposal_id').select(['reviewer_id', 'proposals.ref']).where('reviewer_id', 'in', reviewerIds).execute()
    : [];
  const waiverRows = reviewerIds.length
    ? await db
        .selectFrom('conflict_waivers')
        .innerJoin('proposals', 'proposals.id', 'conflict_waivers.proposal_id')
        .innerJoin('reviewers', 'reviewers.id', 'conflict_waivers.reviewer_id')
        .innerJoin('people', 'people.id', 'reviewers.person_id')
        .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
        .select(['proposals.ref as proposal', 'people.ref as reviewer', 'agencies.code as agency', 'conflict_waivers.reason', 'conflict_waivers.waived_by', 'conflict_waivers.waived_at'])
        .where('conflict_waivers.reviewer_id', 'in', reviewerIds)
        .where('proposals.call_id', '=', callId)
        .execute()
    : [];
  const reviewerPersonIds = [...new Set(reviewers.map((reviewer) => reviewer.person_id))];
  const publications = reviewerPersonIds.length
    ? await db
        .selectFrom('publications')
        .select(['year', 'author_person_ids'])
        .where(sql<boolean>`author_person_ids && ${sql.val(reviewerPersonIds)}::bigint[]`)
        .execute()
    : [];
  const personIds = new Set<number>([...teams.flatMap((team) => [team.pi_person_id, ...team.member_person_ids]), ...reviewers.map((reviewer) => reviewer.person_id)]);
  const people = personIds.size ? await db.selectFrom('people').select(['id', 'ref']).where('id', 'in', [...personIds]).execute() : [];
  const refOf = new Map(people.map((person) => [person.id, person.ref]));
  const affiliationRows = personIds.size
    ? await db
        .selectFrom('affiliations')
        .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
        .select(['affiliations.person_id', 'organisations.ref', 'affiliations.from_date', 'affiliations.to_date'])
        .where('affiliations.person_id', 'in', [...personIds])
        .execute()
    : [];
  const affiliations = new Map<string, AffiliationSpan[]>();
  for (const row of affiliationRows) {
    const person = refOf.get(row.person_id);
    if (!person) continue;
    const spans = affiliations.get(person) ?? [];
    spans.push({ organisation: row.ref, from: row.from_date, to: row.to_date });
    affiliations.set(person, spans);
  }
  const proposals = new Map<string, string[]>();
  for (const team of teams) {
    const list = proposals.get(team.ref) ?? [];
    for (const id of [team.pi_person_id, ...team.member_person_ids]) list.push(refOf.get(id) ?? `#${id}`);
    proposals.set(team.ref, list);
  }
  // Publications name people by id; those outside this call's people cannot create a conflict here.
  const publicationAuthors = publications.map((publication) => ({
    year: publication.year,
    authors: publication.author_person_ids.map((id) => refOf.get(id)).filter((ref): ref is string => ref !== undefined),
  }));
  return {
    opensAt: call.opens_at,
    leadTimezone: lead.find((side) => side.role === 'lead')?.timezone ?? 'UTC',
    windows: { institutionYears: call.coi_institution_years, coauthorYears: call.coi_coauthor_years },
    proposals: [...proposals].map(([ref, list]) => ({ ref, people: list })),
    reviewers: reviewers.map((reviewer) => ({ person: reviewer.ref, agency: reviewer.code, declared: declared.filter((row) => row.reviewer_id === reviewer.id).map((row) => row.ref) })),
    affiliations,
    publications: publicationAuthors,
    waivers: new Map(waiverRows.map((row) => [pairKey(row.proposal, row.reviewer, row.agency), { reason: row.reason, by: row.waived_by, at: row.waived_at }])),
  };
}
