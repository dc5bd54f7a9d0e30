import type { Executor } from '../database.js';

/**
 * Reviewer pools: each agency's reviewers with their person, affiliations over time,
 * publications (authors as people), declared conflicts and waivers. All SQL of the pool and
 * conflict use cases; rows come back mapped to plain shapes the services return.
 */

export type PersonRow = { id: number; ref: string; nameEn: string | null; nameJa: string | null; orcid: string | null };

export type StoredAffiliation = { organisation: string; nameEn: string | null; nameJa: string | null; from: string; to: string | null };

export type StoredPublication = {
  doi: string | null;
  year: number;
  title: string;
  authors: Array<{ person: string; nameEn: string | null; nameJa: string | null; orcid: string | null }>;
};

export type StoredDeclaration = { proposal: string; call: string; reason: string; note: string | null; declaredBy: string | null; declaredAt: Date | null };

export type StoredReviewer = {
  id: number;
  agencyId: number;
  agency: string;
  person: PersonRow;
  fields: string[];
  keywords: string[];
  minLoad: number;
  maxLoad: number;
  affiliations: StoredAffiliation[];
  publications: StoredPublication[];
  conflicts: StoredDeclaration[];
  reviewCount: number;
};

/** The agency with this code, or undefined. */
export async function findAgencyByCode(db: Executor, code: string): Promise<{ id: number; code: string } | undefined> {
  return db.selectFrom('agencies').select(['id', 'code']).where('code', '=', code).executeTakeFirst();
}

function toPerson(row: { id: number; ref: string; name_en: string | null; name_ja: string | null; orcid: string | null }): PersonRow {
  return { id: row.id, ref: row.ref, nameEn: row.name_en, nameJa: row.name_ja, orcid: row.orcid };
}

/** The person with this ref, or undefined. */
export async function findPersonByRef(db: Executor, ref: string): Promise<PersonRow | undefined> {
  const row = await db.selectFrom('people').select(['id', 'ref', 'name_en', 'name_ja', 'orcid']).where('ref', '=', ref).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

/** The person with this ORCID iD (the first by id if, against advice, several share one). */
export async function findPersonByOrcid(db: Executor, orcid: string): Promise<PersonRow | undefined> {
  const row = await db.selectFrom('people').select(['id', 'ref', 'name_en', 'name_ja', 'orcid']).where('orcid', '=', orcid).orderBy('id').executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

/** Inserts a person and returns it. */
export async function insertPerson(db: Executor, person: { ref: string; nameEn: string | null; nameJa: string | null; orcid: string }): Promise<PersonRow> {
  const row = await db
    .insertInto('people')
    .values({ ref: person.ref, name_en: person.nameEn, name_ja: person.nameJa, orcid: person.orcid })
    .returning(['id', 'ref', 'name_en', 'name_ja', 'orcid'])
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

/** Organisation ids by ref, for the refs that exist. */
export async function findOrganisationIds(db: Executor, refs: readonly string[]): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'ref']).where('ref', 'in', [...new Set(refs)]).execute();
  return new Map(rows.map((row) => [row.ref, row.id]));
}

/** People by ref and by ORCID, for the keys that exist (authors of publications). */
export async function findPeopleByRefOrOrcid(db: Executor, keys: readonly string[]): Promise<{ byRef: Map<string, PersonRow>; byOrcid: Map<string, PersonRow> }> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return { byRef: new Map(), byOrcid: new Map() };
  const rows = await db
    .selectFrom('people')
    .select(['id', 'ref', 'name_en', 'name_ja', 'orcid'])
    .where((eb) => eb.or([eb('ref', 'in', unique), eb('orcid', 'in', unique)]))
    .orderBy('id')
    .execute();
  const byRef = new Map<string, PersonRow>();
  const byOrcid = new Map<string, PersonRow>();
  for (const row of rows) {
    const person = toPerson(row);
    byRef.set(person.ref, person);
    if (person.orcid && !byOrcid.has(person.orcid)) byOrcid.set(person.orcid, person);
  }
  return { byRef, byOrcid };
}

/**
 * The reviewers of one agency's pool (or one of them, or one person's entries in every pool),
 * complete, ordered by person ref then agency.
 */
export async function listReviewers(db: Executor, filter: { agencyId?: number; personId?: number }): Promise<StoredReviewer[]> {
  let query = db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
    .select([
      'reviewers.id',
      'reviewers.agency_id',
      'agencies.code as agency',
      'reviewers.fields',
      'reviewers.keywords',
      'reviewers.min_load',
      'reviewers.max_load',
      'people.id as person_id',
      'people.ref',
      'people.name_en',
      'people.name_ja',
      'people.orcid',
    ])
    .orderBy('people.ref')
    .orderBy('agencies.code');
  if (filter.agencyId !== undefined) query = query.where('reviewers.agency_id', '=', filter.agencyId);
  if (filter.personId !== undefined) query = query.where('reviewers.person_id', '=', filter.personId);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const reviewerIds = rows.map((row) => row.id);
  const personIds = [...new Set(rows.map((row) => row.person_id))];

  const affiliationRows = await db
    .selectFrom('affiliations')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
    .select(['affiliations.person_id', 'organisations.ref', 'organisations.name_en', 'organisations.name_ja', 'affiliations.from_date', 'affiliations.to_date'])
    .where('affiliations.person_id', 'in', personIds)
    .orderBy('affiliations.person_id')
    .orderBy('affiliations.position')
    .execute();
  const publicationRows = await db
    .selectFrom('publications')
    .select(['reviewer_id', 'doi', 'year', 'title', 'author_person_ids'])
    .where('reviewer_id', 'in', reviewerIds)
    .orderBy('reviewer_id')
    .orderBy('position')
    .execute();
  const authorIds = [...new Set(publicationRows.flatMap((row) => row.author_person_ids))];
  const authors = authorIds.length
    ? await db.selectFrom('people').select(['id', 'ref', 'name_en', 'name_ja', 'orcid']).where('id', 'in', authorIds).execute()
    : [];
  const authorById = new Map(authors.map((row) => [row.id, row]));
  const declarationRows = await db
    .selectFrom('declared_conflicts')
    .innerJoin('proposals', 'proposals.id', 'declared_conflicts.proposal_id')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .select(['declared_conflicts.reviewer_id', 'proposals.ref', 'calls.code', 'declared_conflicts.reason', 'declared_conflicts.note', 'declared_conflicts.declared_by', 'declared_conflicts.declared_at'])
    .where('declared_conflicts.reviewer_id', 'in', reviewerIds)
    .orderBy('proposals.ref')
    .execute();
  const reviewCounts = await db
    .selectFrom('reviews')
    .select(['reviewer_id', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('reviewer_id', 'in', reviewerIds)
    .groupBy('reviewer_id')
    .execute();
  const countOf = new Map(reviewCounts.map((row) => [row.reviewer_id, Number(row.count)]));

  return rows.map((row) => ({
    id: row.id,
    agencyId: row.agency_id,
    agency: row.agency,
    person: { id: row.person_id, ref: row.ref, nameEn: row.name_en, nameJa: row.name_ja, orcid: row.orcid },
    fields: row.fields,
    keywords: row.keywords,
    minLoad: row.min_load,
    maxLoad: row.max_load,
    affiliations: affiliationRows
      .filter((affiliation) => affiliation.person_id === row.person_id)
      .map((affiliation) => ({ organisation: affiliation.ref, nameEn: affiliation.name_en, nameJa: affiliation.name_ja, from: affiliation.from_date, to: affiliation.to_date })),
    publications: publicationRows
      .filter((publication) => publication.reviewer_id === row.id)
      .map((publication) => ({
        doi: publication.doi,
        year: publication.year,
        title: publication.title,
        authors: publication.author_person_ids.map((id) => {
          const author = authorById.get(id);
          return { person: author?.ref ?? `#${id}`, nameEn: author?.name_en ?? null, nameJa: author?.name_ja ?? null, orcid: author?.orcid ?? null };
        }),
      })),
    conflicts: declarationRows
      .filter((declaration) => declaration.reviewer_id === row.id)
      .map((declaration) => ({
        proposal: declaration.ref,
        call: declaration.code,
        reason: declaration.reason,
        note: declaration.note,
        declaredBy: declaration.declared_by,
        declaredAt: declaration.declared_at,
      })),
    reviewCount: countOf.get(row.id) ?? 0,
  }));
}

/** The reviewer row of a person in an agency's pool, or undefined. */
export async function findReviewerId(db: Executor, agencyId: number, personId: number): Promise<number | undefined> {
  const row = await db.selectFrom('reviewers').select('id').where('agency_id', '=', agencyId).where('person_id', '=', personId).executeTakeFirst();
  return row?.id;
}

/** Inserts a reviewer into an agency's pool and returns its id. */
export async function insertReviewer(
  db: Executor,
  reviewer: { agencyId: number; personId: number; fields: string[]; keywords: string[]; minLoad: number; maxLoad: number },
): Promise<number> {
  const row = await db
    .insertInto('reviewers')
    .values({ agency_id: reviewer.agencyId, person_id: reviewer.personId, fields: reviewer.fields, keywords: reviewer.keywords, min_load: reviewer.minLoad, max_load: reviewer.maxLoad })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets the given attributes of a reviewer. */
export async function updateReviewerRow(db: Executor, reviewerId: number, changes: { fields?: string[]; keywords?: string[]; minLoad?: number; maxLoad?: number }): Promise<void> {
  const values = {
    ...(changes.fields !== undefined ? { fields: changes.fields } : {}),
    ...(changes.keywords !== undefined ? { keywords: changes.keywords } : {}),
    ...(changes.minLoad !== undefined ? { min_load: changes.minLoad } : {}),
    ...(changes.maxLoad !== undefined ? { max_load: changes.maxLoad } : {}),
  };
  if (Object.keys(values).length === 0) return;
  await db.updateTable('reviewers').set(values).where('id', '=', reviewerId).execute();
}

/** Replaces a reviewer's publications, in order; authors are person ids. */
export async function replacePublications(
  db: Executor,
  reviewerId: number,
  publications: ReadonlyArray<{ doi: string | null; year: number; title: string; authorPersonIds: number[] }>,
): Promise<void> {
  await db.deleteFrom('publications').where('reviewer_id', '=', reviewerId).execute();
  if (publications.length === 0) return;
  await db
    .insertInto('publications')
    .values(publications.map((publication, position) => ({ reviewer_id: reviewerId, position, doi: publication.doi, year: publication.year, title: publication.title, author_person_ids: publication.authorPersonIds })))
    .execute();
}

/** Replaces a person's affiliations, in order (they belong to the person, in every pool). */
export async function replaceAffiliations(
  db: Executor,
  personId: number,
  affiliations: ReadonlyArray<{ organisationId: number; from: string; to: string | null }>,
): Promise<void> {
  await db.deleteFrom('affiliations').where('person_id', '=', personId).execute();
  if (affiliations.length === 0) return;
  await db
    .insertInto('affiliations')
    .values(affiliations.map((affiliation, position) => ({ person_id: personId, position, organisation_id: affiliation.organisationId, from_date: affiliation.from, to_date: affiliation.to })))
    .execute();
}

/** How many reviews (draft or submitted) a reviewer has. */
export async function countReviews(db: Executor, reviewerId: number): Promise<number> {
  const row = await db.selectFrom('reviews').select((eb) => eb.fn.countAll<string | number>().as('count')).where('reviewer_id', '=', reviewerId).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Deletes a reviewer; publications, declarations, waivers, pins and assignment pairs cascade. */
export async function deleteReviewer(db: Executor, reviewerId: number): Promise<void> {
  await db.deleteFrom('reviewers').where('id', '=', reviewerId).execute();
}

export type ProposalForReview = { id: number; ref: string; callId: number; call: string; callStatus: string; sideAgencies: string[] };

/** A proposal with its call and the agencies of the call's sides, or undefined. */
export async function findProposalForReview(db: Executor, ref: string): Promise<ProposalForReview | undefined> {
  const row = await db
    .selectFrom('proposals')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .select(['proposals.id', 'proposals.ref', 'calls.id as call_id', 'calls.code', 'calls.status'])
    .where('proposals.ref', '=', ref)
    .executeTakeFirst();
  if (!row) return undefined;
  const sides = await db
    .selectFrom('call_sides')
    .innerJoin('agencies', 'agencies.id', 'call_sides.agency_id')
    .select('agencies.code')
    .where('call_sides.call_id', '=', row.call_id)
    .execute();
  return { id: row.id, ref: row.ref, callId: row.call_id, call: row.code, callStatus: row.status, sideAgencies: sides.map((side) => side.code) };
}

/**
 * Records a declared conflict; a second declaration of the same pair replaces the words and
 * the declarer (the latest statement is the one an officer reads).
 */
export async function upsertDeclaration(
  db: Executor,
  declaration: { reviewerId: number; proposalId: number; note: string; declaredBy: string; declaredAt: Date },
): Promise<void> {
  await db
    .insertInto('declared_conflicts')
    .values({ reviewer_id: declaration.reviewerId, proposal_id: declaration.proposalId, reason: 'declared', note: declaration.note, declared_by: declaration.declaredBy, declared_at: declaration.declaredAt })
    .onConflict((oc) => oc.columns(['reviewer_id', 'proposal_id']).doUpdateSet({ note: declaration.note, declared_by: declaration.declaredBy, declared_at: declaration.declaredAt }))
    .execute();
}

/** Removes a declared conflict; false when there was none. */
export async function deleteDeclaration(db: Executor, declaration: { reviewerId: number; proposalId: number }): Promise<boolean> {
  const result = await db.deleteFrom('declared_conflicts').where('reviewer_id', '=', declaration.reviewerId).where('proposal_id', '=', declaration.proposalId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The waiver of a pair, or undefined. */
export async function findWaiver(db: Executor, reviewerId: number, proposalId: number): Promise<{ reason: string; waivedBy: string; waivedAt: Date } | undefined> {
  const row = await db.selectFrom('conflict_waivers').select(['reason', 'waived_by', 'waived_at']).where('reviewer_id', '=', reviewerId).where('proposal_id', '=', proposalId).executeTakeFirst();
  return row ? { reason: row.reason, waivedBy: row.waived_by, waivedAt: row.waived_at } : undefined;
}

/** Records (or replaces) an officer's waiver of a pair. */
export async function upsertWaiver(db: Executor, waiver: { reviewerId: number; proposalId: number; reason: string; waivedBy: string; waivedAt: Date }): Promise<void> {
  await db
    .insertInto('conflict_waivers')
    .values({ reviewer_id: waiver.reviewerId, proposal_id: waiver.proposalId, reason: waiver.reason, waived_by: waiver.waivedBy, waived_at: waiver.waivedAt })
    .onConflict((oc) => oc.columns(['reviewer_id', 'proposal_id']).doUpdateSet({ reason: waiver.reason, waived_by: waiver.waivedBy, waived_at: waiver.waivedAt }))
    .execute();
}

/** Removes a waiver; false when there was none. */
export async function deleteWaiver(db: Executor, reviewerId: number, proposalId: number): Promise<boolean> {
  const result = await db.deleteFrom('conflict_waivers').where('reviewer_id', '=', reviewerId).where('proposal_id', '=', proposalId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export type DeclarableProposal = { ref: string; callId: number; call: string; titleEn: string | null; titleJa: string | null; pis: Array<{ nameEn: string | null; nameJa: string | null }> };

/**
 * The submitted proposals of calls under review that `agencyId` reviews (a side of the call that
 * reviews): ref, title and the teams' PIs' names only — no abstract, no documents — so a
 * reviewer can declare a conflict before anyone assigns them.
 */
export async function listDeclarableProposals(db: Executor, agencyId: number): Promise<DeclarableProposal[]> {
  const proposals = await db
    .selectFrom('proposals')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .select(['proposals.id', 'proposals.ref', 'calls.id as call_id', 'calls.code', 'proposals.title_en', 'proposals.title_ja'])
    .where('calls.status', '=', 'under_review')
    .where('proposals.status', '=', 'submitted')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('call_sides')
          .select('call_sides.id')
          .whereRef('call_sides.call_id', '=', 'calls.id')
          .where('call_sides.agency_id', '=', agencyId)
          .where('call_sides.is_reviewing', '=', true),
      ),
    )
    .orderBy('calls.code')
    .orderBy('proposals.ref')
    .execute();
  if (proposals.length === 0) return [];
  const pis = await db
    .selectFrom('proposal_teams')
    .innerJoin('people', 'people.id', 'proposal_teams.pi_person_id')
    .select(['proposal_teams.proposal_id', 'people.name_en', 'people.name_ja'])
    .where('proposal_teams.proposal_id', 'in', proposals.map((proposal) => proposal.id))
    .orderBy('proposal_teams.proposal_id')
    .orderBy('proposal_teams.position')
    .execute();
  return proposals.map((proposal) => ({
    ref: proposal.ref,
    callId: proposal.call_id,
    call: proposal.code,
    titleEn: proposal.title_en,
    titleJa: proposal.title_ja,
    pis: pis.filter((pi) => pi.proposal_id === proposal.id).map((pi) => ({ nameEn: pi.name_en, nameJa: pi.name_ja })),
  }));
}

/** Names of people by ref (for conflict lists), and titles of proposals by ref. */
export async function findNames(db: Executor, personRefs: readonly string[], proposalRefs: readonly string[]) {
  const people = personRefs.length ? await db.selectFrom('people').select(['ref', 'name_en', 'name_ja']).where('ref', 'in', [...new Set(personRefs)]).execute() : [];
  const proposals = proposalRefs.length ? await db.selectFrom('proposals').select(['ref', 'title_en', 'title_ja']).where('ref', 'in', [...new Set(proposalRefs)]).execute() : [];
  return {
    people: new Map(people.map((row) => [row.ref, { en: row.name_en, ja: row.name_ja }])),
    proposals: new Map(proposals.map((row) => [row.ref, { en: row.title_en, ja: row.title_ja }])),
  };
}

/** Declarations of a call's proposals by an agency's reviewers (who declared, when, in what words). */
export async function listCallDeclarations(db: Executor, callId: number) {
  return db
    .selectFrom('declared_conflicts')
    .innerJoin('proposals', 'proposals.id', 'declared_conflicts.proposal_id')
    .innerJoin('reviewers', 'reviewers.id', 'declared_conflicts.reviewer_id')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
    .select(['proposals.ref as proposal', 'people.ref as reviewer', 'agencies.code as agency', 'declared_conflicts.note', 'declared_conflicts.declared_by', 'declared_conflicts.declared_at'])
    .where('proposals.call_id', '=', callId)
    .execute();
}
