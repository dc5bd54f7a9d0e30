import type { BilingualText, Language } from '../../domain/bilingual-text.js';
import type { Executor } from '../database.js';

/**
 * The reviewer assignment of one agency in one call: the side it reviews, its proposals and pool,
 * the officers' pins and forbidden pairs, and the stored assignment with its pairs. A pair row
 * of a published assignment means the reviewer is assigned to the proposal (review pages read
 * exactly that).
 */

export type ReviewSide = {
  callId: number;
  callCode: string;
  callTitle: BilingualText;
  callStatus: string;
  reviewsPerProposal: number | null;
  agencyId: number;
  agencyCode: string;
  agencyCountry: string;
  role: 'lead' | 'partner';
  isReviewing: boolean;
};

export type SideProposal = {
  id: number;
  ref: string;
  field: string;
  title: BilingualText;
  abstract: BilingualText;
  keywords: string[];
};

export type PoolReviewer = {
  id: number;
  personRef: string;
  name: BilingualText;
  /** Where notifications go: their account's address (where they sign in), else the person's; null when neither exists. */
  email: string | null;
  language: Language | null;
  fields: string[];
  keywords: string[];
  minLoad: number;
  maxLoad: number;
  publicationTitles: string[];
};

export type ConstraintKind = 'pin' | 'forbid';

export type AssignmentConstraintRow = {
  proposalId: number;
  reviewerId: number;
  proposal: string;
  reviewer: string;
  kind: ConstraintKind;
  setBy: string;
  setAt: Date;
};

export type AssignmentRow = {
  id: number;
  perProposal: number;
  objective: number;
  status: 'draft' | 'published';
  solvedBy: string;
  solvedAt: Date;
  editedAt: Date | null;
  publishedBy: string | null;
  publishedAt: Date | null;
};

export type PairSource = 'solver' | 'pinned' | 'manual';

export type StoredPair = { proposalId: number; reviewerId: number; affinity: number; source: PairSource };

/** The side of `agencyCode` in a call, or null when the agency has no side there. */
export async function findReviewSide(db: Executor, callId: number, agencyCode: string): Promise<ReviewSide | null> {
  const row = await db
    .selectFrom('call_sides')
    .innerJoin('calls', 'calls.id', 'call_sides.call_id')
    .innerJoin('agencies', 'agencies.id', 'call_sides.agency_id')
    .select([
      'calls.id as call_id',
      'calls.code as call_code',
      'calls.title_en',
      'calls.title_ja',
      'calls.status',
      'calls.reviews_per_proposal',
      'agencies.id as agency_id',
      'agencies.code as agency_code',
      'agencies.country as agency_country',
      'call_sides.role',
      'call_sides.is_reviewing',
    ])
    .where('call_sides.call_id', '=', callId)
    .where('agencies.code', '=', agencyCode)
    .orderBy('call_sides.position')
    .executeTakeFirst();
  if (!row) return null;
  return {
    callId: row.call_id,
    callCode: row.call_code,
    callTitle: { en: row.title_en, ja: row.title_ja },
    callStatus: row.status,
    reviewsPerProposal: row.reviews_per_proposal,
    agencyId: row.agency_id,
    agencyCode: row.agency_code,
    agencyCountry: row.agency_country,
    role: row.role,
    isReviewing: row.is_reviewing,
  };
}

/**
 * The submitted proposals a side reviews, by ref. The lead side reviews every proposal of the
 * call; a partner side those whose partner FA is its agency or that have a team funded through
 * it. Drafts, withdrawn and ineligible proposals are not reviewed.
 */
export async function listSideProposals(db: Executor, side: Pick<ReviewSide, 'callId' | 'agencyId' | 'role'>): Promise<SideProposal[]> {
  let query = db
    .selectFrom('proposals')
    .select(['id', 'ref', 'field', 'title_en', 'title_ja', 'abstract_en', 'abstract_ja', 'keywords'])
    .where('call_id', '=', side.callId)
    .where('status', '=', 'submitted');
  if (side.role === 'partner') {
    query = query.where((eb) =>
      eb.or([
        eb('partner_agency_id', '=', side.agencyId),
        eb.exists(eb.selectFrom('proposal_teams').select('proposal_teams.id').whereRef('proposal_teams.proposal_id', '=', 'proposals.id').where('proposal_teams.agency_id', '=', side.agencyId)),
      ]),
    );
  }
  const rows = await query.orderBy('ref').execute();
  return rows.map((row) => ({
    id: row.id,
    ref: row.ref,
    field: row.field,
    title: { en: row.title_en, ja: row.title_ja },
    abstract: { en: row.abstract_en, ja: row.abstract_ja },
    keywords: row.keywords,
  }));
}

/** An agency's reviewer pool with what affinity and mail need, by person ref. */
export async function listPoolReviewers(db: Executor, agencyId: number): Promise<PoolReviewer[]> {
  const rows = await db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .leftJoin('users', 'users.person_id', 'people.id')
    .select([
      'reviewers.id',
      'people.ref',
      'people.name_en',
      'people.name_ja',
      'people.email as person_email',
      'users.email as user_email',
      'users.locale',
      'reviewers.fields',
      'reviewers.keywords',
      'reviewers.min_load',
      'reviewers.max_load',
    ])
    .where('reviewers.agency_id', '=', agencyId)
    .orderBy('people.ref')
    .execute();
  const ids = rows.map((row) => row.id);
  const publications = ids.length
    ? await db.selectFrom('publications').select(['reviewer_id', 'title']).where('reviewer_id', 'in', ids).orderBy('reviewer_id').orderBy('position').execute()
    : [];
  const titles = new Map<number, string[]>();
  for (const publication of publications) titles.set(publication.reviewer_id, [...(titles.get(publication.reviewer_id) ?? []), publication.title]);
  const seen = new Set<number>();
  const reviewers: PoolReviewer[] = [];
  for (const row of rows) {
    // A person with two accounts would appear twice through the join; keep the first.
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    reviewers.push({
      id: row.id,
      personRef: row.ref,
      name: { en: row.name_en, ja: row.name_ja },
      email: row.user_email ?? row.person_email,
      language: row.locale,
      fields: row.fields,
      keywords: row.keywords,
      minLoad: row.min_load,
      maxLoad: row.max_load,
      publicationTitles: titles.get(row.id) ?? [],
    });
  }
  return reviewers;
}

/** The pins and forbidden pairs of an agency's reviewers on a call's proposals. */
export async function listAssignmentConstraints(db: Executor, side: Pick<ReviewSide, 'callId' | 'agencyId'>): Promise<AssignmentConstraintRow[]> {
  const rows = await db
    .selectFrom('assignment_constraints')
    .innerJoin('proposals', 'proposals.id', 'assignment_constraints.proposal_id')
    .innerJoin('reviewers', 'reviewers.id', 'assignment_constraints.reviewer_id')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .select([
      'assignment_constraints.proposal_id',
      'assignment_constraints.reviewer_id',
      'proposals.ref as proposal',
      'people.ref as reviewer',
      'assignment_constraints.kind',
      'assignment_constraints.set_by',
      'assignment_constraints.set_at',
    ])
    .where('proposals.call_id', '=', side.callId)
    .where('reviewers.agency_id', '=', side.agencyId)
    .orderBy('proposals.ref')
    .orderBy('people.ref')
    .execute();
  return rows.map((row) => ({
    proposalId: row.proposal_id,
    reviewerId: row.reviewer_id,
    proposal: row.proposal,
    reviewer: row.reviewer,
    kind: row.kind,
    setBy: row.set_by,
    setAt: row.set_at,
  }));
}

/** Pins or forbids a pair, replacing whatever the pair had; returns the previous kind. */
export async function upsertAssignmentConstraint(
  db: Executor,
  constraint: { proposalId: number; reviewerId: number; kind: ConstraintKind; setBy: string; setAt: Date },
): Promise<ConstraintKind | null> {
  const previous = await deleteAssignmentConstraint(db, constraint);
  await db
    .insertInto('assignment_constraints')
    .values({ proposal_id: constraint.proposalId, reviewer_id: constraint.reviewerId, kind: constraint.kind, set_by: constraint.setBy, set_at: constraint.setAt })
    .execute();
  return previous;
}

/** Removes a pair's pin or forbid; returns the kind it had, or null when it had none. */
export async function deleteAssignmentConstraint(db: Executor, pair: { proposalId: number; reviewerId: number }): Promise<ConstraintKind | null> {
  const row = await db
    .deleteFrom('assignment_constraints')
    .where('proposal_id', '=', pair.proposalId)
    .where('reviewer_id', '=', pair.reviewerId)
    .returning('kind')
    .executeTakeFirst();
  return row?.kind ?? null;
}

/** The stored assignment of a call's agency; `lock` holds it against a concurrent edit until the transaction ends. */
export async function findAssignment(db: Executor, side: Pick<ReviewSide, 'callId' | 'agencyId'>, options: { lock?: boolean } = {}): Promise<AssignmentRow | null> {
  let query = db.selectFrom('assignments').selectAll().where('call_id', '=', side.callId).where('agency_id', '=', side.agencyId);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    perProposal: row.per_proposal,
    objective: row.objective,
    status: row.status,
    solvedBy: row.solved_by,
    solvedAt: row.solved_at,
    editedAt: row.edited_at,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}

/**
 * Stores a freshly solved assignment as the agency's draft: the row is kept (its id too) and
 * reset, its pairs replaced. Returns the assignment id. Call inside the use case's transaction.
 */
export async function saveSolvedAssignment(
  db: Executor,
  input: { callId: number; agencyId: number; perProposal: number; objective: number; solvedBy: string; solvedAt: Date; pairs: readonly StoredPair[] },
): Promise<number> {
  const row = await db
    .insertInto('assignments')
    .values({
      call_id: input.callId,
      agency_id: input.agencyId,
      per_proposal: input.perProposal,
      objective: input.objective,
      status: 'draft',
      solved_by: input.solvedBy,
      solved_at: input.solvedAt,
    })
    .onConflict((conflict) =>
      conflict.columns(['call_id', 'agency_id']).doUpdateSet({
        per_proposal: input.perProposal,
        objective: input.objective,
        status: 'draft',
        solved_by: input.solvedBy,
        solved_at: input.solvedAt,
        edited_at: null,
        published_by: null,
        published_at: null,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('assignment_pairs').where('assignment_id', '=', row.id).execute();
  // Chunks keep each statement's parameter count far below PostgreSQL's limit of 65,535.
  for (let start = 0; start < input.pairs.length; start += 5_000) {
    const chunk = input.pairs.slice(start, start + 5_000);
    await db
      .insertInto('assignment_pairs')
      .values(chunk.map((pair) => ({ assignment_id: row.id, proposal_id: pair.proposalId, reviewer_id: pair.reviewerId, affinity: pair.affinity, source: pair.source })))
      .execute();
  }
  return row.id;
}

export async function listAssignmentPairs(db: Executor, assignmentId: number): Promise<StoredPair[]> {
  const rows = await db.selectFrom('assignment_pairs').select(['proposal_id', 'reviewer_id', 'affinity', 'source']).where('assignment_id', '=', assignmentId).execute();
  return rows.map((row) => ({ proposalId: row.proposal_id, reviewerId: row.reviewer_id, affinity: row.affinity, source: row.source }));
}

/** Adds a pair by hand; false when the pair was already there. */
export async function insertAssignmentPair(db: Executor, assignmentId: number, pair: StoredPair): Promise<boolean> {
  const rows = await db
    .insertInto('assignment_pairs')
    .values({ assignment_id: assignmentId, proposal_id: pair.proposalId, reviewer_id: pair.reviewerId, affinity: pair.affinity, source: pair.source })
    .onConflict((conflict) => conflict.columns(['assignment_id', 'proposal_id', 'reviewer_id']).doNothing())
    .returning('proposal_id')
    .execute();
  return rows.length > 0;
}

/** Removes a pair; false when it was not there. */
export async function deleteAssignmentPair(db: Executor, assignmentId: number, pair: { proposalId: number; reviewerId: number }): Promise<boolean> {
  const rows = await db
    .deleteFrom('assignment_pairs')
    .where('assignment_id', '=', assignmentId)
    .where('proposal_id', '=', pair.proposalId)
    .where('reviewer_id', '=', pair.reviewerId)
    .returning('proposal_id')
    .execute();
  return rows.length > 0;
}

/** Records a hand edit: the new total affinity and when it changed. */
export async function markAssignmentEdited(db: Executor, assignmentId: number, edit: { objective: number; editedAt: Date }): Promise<void> {
  await db.updateTable('assignments').set({ objective: edit.objective, edited_at: edit.editedAt }).where('id', '=', assignmentId).execute();
}

export async function markAssignmentPublished(db: Executor, assignmentId: number, publication: { publishedBy: string; publishedAt: Date }): Promise<void> {
  await db
    .updateTable('assignments')
    .set({ status: 'published', published_by: publication.publishedBy, published_at: publication.publishedAt })
    .where('id', '=', assignmentId)
    .execute();
}
