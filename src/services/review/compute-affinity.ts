import { pickText } from '../../domain/bilingual-text.js';
import { computeAffinities, type AffinityExplanation, type AffinityMatrix, type AffinityTerm, type ProposalText, type ReviewerText } from '../../domain/review/affinity.js';
import type { PoolReviewer, SideProposal } from '../../db/repositories/assignment.repository.js';
import { loadTokenizer, type TextTokenizer } from '../search/tokenizer.js';
import type { Actor } from '../../domain/access/actor.js';
import type { ServiceContext } from '../service-context.js';
import { loadAssignmentSide, proposalIndexOf, reviewerIndexOf } from './load-assignment-side.js';

// Pieces of text between spaces and punctuation; the hyphen, apostrophe and dot stay inside a
// word ("high-entropy", "Bayes'") as the tokenizer keeps them. 「・」 joins katakana loanwords.
const SEPARATORS = /[\s,;:!?()[\]{}"“”「」『』（）【】、。・/]+/u;
const LATIN = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * The words of a text as affinity terms, each with how the text writes it. Terms come from the
 * search tokenizer (Japanese morphemes and compounds, English singular stems); an English term
 * is shown as the word it came from ("catalysts"), a Japanese one as the morpheme itself.
 */
export function affinityTermsOf(tokenizer: TextTokenizer, text: string | null | undefined): AffinityTerm[] {
  if (!text) return [];
  const terms: AffinityTerm[] = [];
  for (const piece of text.normalize('NFKC').split(SEPARATORS)) {
    if (piece === '') continue;
    const word = piece.replace(/^[-'’.]+|[-'’.]+$/gu, '');
    for (const term of tokenizer.tokens(piece)) terms.push({ term, surface: LATIN.test(term) ? word : term });
  }
  return terms;
}

/** Both languages of every part of a proposal, as the affinity reads it. */
export function proposalTextOf(tokenizer: TextTokenizer, proposal: SideProposal): ProposalText {
  const both = (text: { en?: string | null; ja?: string | null }): AffinityTerm[] => [...affinityTermsOf(tokenizer, text.en), ...affinityTermsOf(tokenizer, text.ja)];
  return {
    field: proposal.field,
    keywords: proposal.keywords.flatMap((keyword) => affinityTermsOf(tokenizer, keyword)),
    title: both(proposal.title),
    abstract: both(proposal.abstract),
  };
}

export function reviewerTextOf(tokenizer: TextTokenizer, reviewer: PoolReviewer): ReviewerText {
  return {
    fields: reviewer.fields,
    keywords: reviewer.keywords.flatMap((keyword) => affinityTermsOf(tokenizer, keyword)),
    publicationTitles: reviewer.publicationTitles.flatMap((title) => affinityTermsOf(tokenizer, title)),
  };
}

/**
 * The affinity matrix of a side's proposals (rows, the corpus) and an agency's pool (columns),
 * in the order given. Loads the tokenizer on first use (about a second).
 */
export async function computeSideAffinities(proposals: readonly SideProposal[], reviewers: readonly PoolReviewer[]): Promise<AffinityMatrix> {
  const tokenizer = await loadTokenizer();
  return computeAffinities({
    proposals: proposals.map((proposal) => proposalTextOf(tokenizer, proposal)),
    reviewers: reviewers.map((reviewer) => reviewerTextOf(tokenizer, reviewer)),
  });
}

export type PairAffinity = AffinityExplanation & {
  proposal: string;
  reviewer: string;
  proposalTitle: { en: string; ja: string };
};

/**
 * Why a reviewer of an agency's pool fits a proposal of its side: the score, its text and field
 * parts, and the shared terms. Throws NOT_FOUND (call), FORBIDDEN (not the agency's officer)
 * and VALIDATION_FAILED (the agency does not review the call, or the proposal or reviewer is
 * not on its side or in its pool).
 */
export async function explainAffinity(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { callCode: string; agency: string; proposal: string; reviewer: string },
): Promise<PairAffinity> {
  const side = await loadAssignmentSide(ctx.db, actor, input);
  const proposal = proposalIndexOf(side, input.proposal, 'proposal');
  const reviewer = reviewerIndexOf(side, input.reviewer, 'reviewer');
  const matrix = await computeSideAffinities(side.proposals, side.reviewers);
  const found = side.proposals[proposal];
  return {
    proposal: input.proposal,
    reviewer: input.reviewer,
    proposalTitle: { en: pickText(found?.title ?? {}, 'en'), ja: pickText(found?.title ?? {}, 'ja') },
    ...matrix.explain(proposal, reviewer),
  };
}
