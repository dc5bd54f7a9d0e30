import type { BilingualText } from '../../domain/bilingual-text.js';
import type { Executor } from '../database.js';

/** One row of an agency's reviewer pool, named by its person's bundle ref. */
export type ReviewerRecord = { id: number; agencyId: number; agency: string; personRef: string };

/** A review as stored (scores keyed by criterion code). */
export type ReviewRecord = {
  id: number;
  proposalId: number;
  reviewerId: number;
  scores: Record<string, number>;
  confidence: number | null;
  commentEn: string | null;
  commentJa: string | null;
  status: 'draft' | 'submitted';
  updatedAt: Date | null;
  submittedAt: Date | null;
  reopenedBy: string | null;
  reopenedAt: Date | null;
  version: number;
};

/** A (proposal, reviewer) pair of a published assignment, with what a reviewer's list shows. */
export type AssignedPair = {
  callId: number;
  callCode: string;
  callTitle: BilingualText;
  /** The call's lifecycle status: reviews are written only while it is `under_review`. */
  callStatus: string;
  agencyId: number;
  agency: string;
  proposalId: number;
  proposalRef: string;
  proposalTitle: BilingualText;
  reviewer: ReviewerRecord;
  review: ReviewRecord | null;
};

export type CriterionRecord = { code: string; name: BilingualText; weight: number; scale: [number, number] };

type ReviewRow = {
  id: number;
  proposal_id: number;
  reviewer_id: number;
  scores: Record<string, number>;
  confidence: number | null;
  comment_en: string | null;
  comment_ja: string | null;
  status: 'draft' | 'submitted';
  updated_at: Date | null;
  submitted_at: Date | null;
  reopened_by: string | null;
  reopened_at: Date | null;
  version: number;
};

function toReview(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    reviewerId: row.reviewer_id,
    scores: row.scores,
    confidence: row.confidence,
    commentEn: row.comment_en,
    commentJa: row.comment_ja,
    status: row.status,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    reopenedBy: row.reopened_by,
    reopenedAt: row.reopened_at,
    version: row.version,
  };
}

function text(en: string | null, ja: string | null): BilingualText {
  return { ...(en !== null ? { en } : {}), ...(ja !== null ? { ja } : {}) };
}

/** The reviewer rows (one per agency pool) of the person with this bundle ref. */
export async function findReviewersOfPerson(db: Executor, personRef: string): Promise<ReviewerRecord[]> {
  const rows = await db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
    .select(['reviewers.id', 'reviewers.agency_id', 'agencies.code', 'people.ref'])
    .where('people.ref', '=', personRef)
    .orderBy('agencies.code')
    .execute();
  return rows.map((row) => ({ id: row.id, agencyId: row.agency_id, agency: row.code, personRef: row.ref }));
}

/** The reviewer row of a person in one agency's pool, or null. */
export async function findReviewerInPool(db: Executor, options: { personRef: string; agencyId: number }): Promise<ReviewerRecord | null> {
  const row = await db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
    .select(['reviewers.id', 'reviewers.agency_id', 'agencies.code', 'people.ref'])
    .where('people.ref', '=', options.personRef)
    .where('reviewers.agency_id', '=', options.agencyId)
    .executeTakeFirst();
  return row ? { id: row.id, agencyId: row.agency_id, agency: row.code, personRef: row.ref } : null;
}

/**
 * The pairs these reviewer rows review (optionally for one proposal): those of *published*
 * assignments, and those they already wrote a review for (reviews imported from an agency's own
 * system, or kept from an assignment that was solved again) — a reviewer keeps seeing their own
 * review. Each with its review if one exists, ordered by call, proposal and agency.
 */
export async function listPublishedPairs(db: Executor, options: { reviewers: readonly ReviewerRecord[]; proposalRef?: string }): Promise<AssignedPair[]> {
  if (options.reviewers.length === 0) return [];
  const reviewerIds = options.reviewers.map((reviewer) => reviewer.id);
  const given = db
    .selectFrom('assignment_pairs')
    .innerJoin('assignments', 'assignments.id', 'assignment_pairs.assignment_id')
    .innerJoin('proposals', 'proposals.id', 'assignment_pairs.proposal_id')
    .select(['assignment_pairs.proposal_id', 'assignment_pairs.reviewer_id', 'assignments.agency_id'])
    .where('assignments.status', '=', 'published')
    // A pair names the proposal's own call; guard against a pair written across calls.
    .whereRef('proposals.call_id', '=', 'assignments.call_id')
    .where('assignment_pairs.reviewer_id', 'in', reviewerIds);
  const reviewed = db
    .selectFrom('reviews')
    .innerJoin('reviewers', 'reviewers.id', 'reviews.reviewer_id')
    .select(['reviews.proposal_id', 'reviews.reviewer_id', 'reviewers.agency_id'])
    .where('reviews.reviewer_id', 'in', reviewerIds);
  let query = db
    .selectFrom(given.union(reviewed).as('pairs'))
    .innerJoin('proposals', 'proposals.id', 'pairs.proposal_id')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .innerJoin('agencies', 'agencies.id', 'pairs.agency_id')
    .select([
      'calls.id as call_id',
      'calls.code as call_code',
      'calls.title_en as call_title_en',
      'calls.title_ja as call_title_ja',
      'calls.status as call_status',
      'pairs.agency_id',
      'agencies.code as agency_code',
      'proposals.id as proposal_id',
      'proposals.ref as proposal_ref',
      'proposals.title_en',
      'proposals.title_ja',
      'pairs.reviewer_id',
    ]);
  if (options.proposalRef !== undefined) query = query.where('proposals.ref', '=', options.proposalRef);
  const rows = await query.orderBy('calls.code').orderBy('proposals.ref').orderBy('agencies.code').execute();
  if (rows.length === 0) return [];
  const reviewRows = await db
    .selectFrom('reviews')
    .selectAll()
    .where('reviewer_id', 'in', [...new Set(rows.map((row) => row.reviewer_id))])
    .where('proposal_id', 'in', [...new Set(rows.map((row) => row.proposal_id))])
    .execute();
  const reviewByPair = new Map(reviewRows.map((row) => [`${row.proposal_id}:${row.reviewer_id}`, toReview(row)]));
  const reviewerById = new Map(options.reviewers.map((reviewer) => [reviewer.id, reviewer]));
  return rows.flatMap((row) => {
    const reviewer = reviewerById.get(row.reviewer_id);
    if (!reviewer) return [];
    return [
      {
        callId: row.call_id,
        callCode: row.call_code,
        callTitle: text(row.call_title_en, row.call_title_ja),
        callStatus: row.call_status,
        agencyId: row.agency_id,
        agency: row.agency_code,
        proposalId: row.proposal_id,
        proposalRef: row.proposal_ref,
        proposalTitle: text(row.title_en, row.title_ja),
        reviewer,
        review: reviewByPair.get(`${row.proposal_id}:${row.reviewer_id}`) ?? null,
      },
    ];
  });
}

/** The call's criteria in their order. */
export async function listCriteria(db: Executor, callId: number): Promise<CriterionRecord[]> {
  const rows = await db.selectFrom('call_criteria').selectAll().where('call_id', '=', callId).orderBy('position').execute();
  return rows.map((row) => ({ code: row.code, name: text(row.name_en, row.name_ja), weight: Number(row.weight), scale: [Number(row.scale_min), Number(row.scale_max)] }));
}

/** The review of a pair, or null; with `forUpdate` the row stays locked until the transaction ends. */
export async function findReview(db: Executor, options: { proposalId: number; reviewerId: number; forUpdate: boolean }): Promise<ReviewRecord | null> {
  let query = db.selectFrom('reviews').selectAll().where('proposal_id', '=', options.proposalId).where('reviewer_id', '=', options.reviewerId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toReview(row) : null;
}

export type ReviewWrite = {
  scores: Record<string, number>;
  confidence: number | null;
  commentEn: string | null;
  commentJa: string | null;
  status: 'draft' | 'submitted';
  updatedAt: Date;
  submittedAt: Date | null;
  version: number;
};

/**
 * Writes a pair's review: inserts it, or updates the row only if its version is still
 * `expectedVersion` (0 for a review not yet written). Returns false when someone else wrote first.
 */
export async function writeReview(db: Executor, options: { proposalId: number; reviewerId: number; expectedVersion: number; review: ReviewWrite }): Promise<boolean> {
  const values = {
    scores: JSON.stringify(options.review.scores),
    confidence: options.review.confidence,
    comment_en: options.review.commentEn,
    comment_ja: options.review.commentJa,
    status: options.review.status,
    updated_at: options.review.updatedAt,
    submitted_at: options.review.submittedAt,
    version: options.review.version,
  };
  if (options.expectedVersion === 0) {
    const inserted = await db
      .insertInto('reviews')
      .values({ proposal_id: options.proposalId, reviewer_id: options.reviewerId, ...values })
      .onConflict((oc) => oc.columns(['proposal_id', 'reviewer_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('reviews')
    .set(values)
    .where('proposal_id', '=', options.proposalId)
    .where('reviewer_id', '=', options.reviewerId)
    .where('version', '=', options.expectedVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Turns a submitted review back into a draft its reviewer may change, recording who and when. */
export async function reopenReview(db: Executor, options: { id: number; by: string; at: Date; version: number }): Promise<void> {
  await db
    .updateTable('reviews')
    .set({ status: 'draft', reopened_by: options.by, reopened_at: options.at, version: options.version, updated_at: options.at })
    .where('id', '=', options.id)
    .execute();
}

/** The id of an agency by its code, or null. */
export async function findAgencyId(db: Executor, code: string): Promise<number | null> {
  const row = await db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id ?? null;
}

/** The id of a proposal of a call by its ref, or null (also when it belongs to another call). */
export async function findProposalOfCall(db: Executor, options: { callId: number; proposalRef: string }): Promise<number | null> {
  const row = await db.selectFrom('proposals').select('id').where('ref', '=', options.proposalRef).where('call_id', '=', options.callId).executeTakeFirst();
  return row?.id ?? null;
}

export type CountedReview = {
  proposalRef: string;
  reviewerRef: string;
  reviewerName: BilingualText;
  scores: Record<string, number>;
  confidence: number | null;
  comment: BilingualText | null;
  submittedAt: Date | null;
};

/** Every submitted review of a call's proposals by one agency's reviewers; drafts never count. */
export async function listSubmittedReviews(db: Executor, options: { callId: number; agencyId: number }): Promise<CountedReview[]> {
  const rows = await db
    .selectFrom('reviews')
    .innerJoin('proposals', 'proposals.id', 'reviews.proposal_id')
    .innerJoin('reviewers', 'reviewers.id', 'reviews.reviewer_id')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .select(['proposals.ref as proposal_ref', 'people.ref as reviewer_ref', 'people.name_en', 'people.name_ja', 'reviews.scores', 'reviews.confidence', 'reviews.comment_en', 'reviews.comment_ja', 'reviews.submitted_at'])
    .where('proposals.call_id', '=', options.callId)
    .where('reviewers.agency_id', '=', options.agencyId)
    .where('reviews.status', '=', 'submitted')
    .orderBy('proposals.ref')
    .orderBy('people.ref')
    .execute();
  return rows.map((row) => ({
    proposalRef: row.proposal_ref,
    reviewerRef: row.reviewer_ref,
    reviewerName: text(row.name_en, row.name_ja),
    scores: row.scores,
    confidence: row.confidence,
    comment: row.comment_en === null && row.comment_ja === null ? null : text(row.comment_en, row.comment_ja),
    submittedAt: row.submitted_at,
  }));
}

/** How many reviews by one agency's reviewers of a call's proposals are still drafts. */
export async function countDraftReviews(db: Executor, options: { callId: number; agencyId: number }): Promise<number> {
  const row = await db
    .selectFrom('reviews')
    .innerJoin('proposals', 'proposals.id', 'reviews.proposal_id')
    .innerJoin('reviewers', 'reviewers.id', 'reviews.reviewer_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('proposals.call_id', '=', options.callId)
    .where('reviewers.agency_id', '=', options.agencyId)
    .where('reviews.status', '=', 'draft')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The titles of a call's proposals by ref. */
export async function listProposalTitles(db: Executor, callId: number): Promise<Map<string, BilingualText>> {
  const rows = await db.selectFrom('proposals').select(['ref', 'title_en', 'title_ja']).where('call_id', '=', callId).execute();
  return new Map(rows.map((row) => [row.ref, text(row.title_en, row.title_ja)]));
}

export type ReopenNotice = {
  reviewer: { name: BilingualText; email: string | null; language: 'en' | 'ja' | null };
  proposalTitle: BilingualText;
  callTitle: BilingualText;
  agencyCountry: string;
};

/** Who to tell that a review was reopened, in which language, and the titles the mail names. */
export async function findReopenNotice(db: Executor, options: { reviewerId: number; proposalId: number }): Promise<ReopenNotice> {
  const reviewer = await db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
    .leftJoin('users', 'users.person_id', 'people.id')
    .select(['people.name_en', 'people.name_ja', 'people.email as person_email', 'users.email as user_email', 'users.locale', 'agencies.country'])
    .where('reviewers.id', '=', options.reviewerId)
    .orderBy('users.id')
    .executeTakeFirstOrThrow();
  const proposal = await db
    .selectFrom('proposals')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .select(['proposals.title_en', 'proposals.title_ja', 'calls.title_en as call_title_en', 'calls.title_ja as call_title_ja'])
    .where('proposals.id', '=', options.proposalId)
    .executeTakeFirstOrThrow();
  return {
    reviewer: { name: { en: reviewer.name_en, ja: reviewer.name_ja }, email: reviewer.user_email ?? reviewer.person_email, language: reviewer.locale },
    proposalTitle: { en: proposal.title_en, ja: proposal.title_ja },
    callTitle: { en: proposal.call_title_en, ja: proposal.call_title_ja },
    agencyCountry: reviewer.country,
  };
}
