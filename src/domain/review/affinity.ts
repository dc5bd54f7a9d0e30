/**
 * Affinity of a reviewer to a proposal from text, for the assignment and for officers who ask
 * why a pair scores high.
 *
 * Each proposal is a weighted bag of terms (its keywords, title and abstract, in both
 * languages), each reviewer one of its keywords and publication titles. Terms are the words the
 * search tokenizer produces (Japanese morphemes and their compounds, English singular stems),
 * so 量子 in a reviewer's keyword meets 量子コンピュータ in a title and "catalysts" meets
 * "catalyst". Bags become TF-IDF vectors with the call's proposals as the corpus: a term that
 * every proposal has (研究, "research") separates nobody and weighs little, one that few
 * proposals share weighs much. The text score is the cosine of the two vectors; a shared field
 * adds a fixed bonus. Everything here is pure: the caller tokenizes.
 */

/** One word of a text: the term it is matched by, and how it was written (shown to officers). */
export type AffinityTerm = { term: string; surface: string };

export type ProposalText = {
  field: string;
  keywords: readonly AffinityTerm[];
  title: readonly AffinityTerm[];
  abstract: readonly AffinityTerm[];
};

export type ReviewerText = {
  fields: readonly string[];
  keywords: readonly AffinityTerm[];
  publicationTitles: readonly AffinityTerm[];
};

export type AffinityExplanation = {
  /** In [0, 1]: TEXT_SHARE × cosine + FIELD_SHARE when the proposal's field is one of the reviewer's. */
  score: number;
  /** The cosine of the two TF-IDF vectors, in [0, 1]. */
  textScore: number;
  isFieldMatch: boolean;
  /** The shared words that explain the text score, largest contribution first, as the proposal writes them. */
  sharedTerms: string[];
};

export type AffinityMatrix = {
  proposalCount: number;
  reviewerCount: number;
  /** The score of a pair, in [0, 1]. */
  score(proposal: number, reviewer: number): number;
  /** The score with its parts and the shared terms, at most `limit` of them. */
  explain(proposal: number, reviewer: number, limit?: number): AffinityExplanation;
};

/**
 * How much one occurrence counts where it stands. Keywords are chosen by the author to say what
 * the work is about; a title says it in one line; an abstract also says how and where. For
 * reviewers, keywords are their own statement of expertise, titles the record of it.
 */
export const TERM_WEIGHTS = {
  proposalKeyword: 3,
  proposalTitle: 2,
  proposalAbstract: 1,
  reviewerKeyword: 3,
  reviewerPublicationTitle: 1,
} as const;

/**
 * A field match is coarse (seven fields for a whole call), so it lifts a pair without letting
 * it outrank a reviewer whose own words match the proposal well.
 */
export const FIELD_SHARE = 0.2;
export const TEXT_SHARE = 1 - FIELD_SHARE;

const DEFAULT_SHARED_TERM_LIMIT = 8;

type Vector = { terms: Int32Array; weights: Float64Array };

type Bag = Map<number, number>;

class TermIds {
  private readonly ids = new Map<string, number>();

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }
}

function addTerms(bag: Bag, ids: TermIds, terms: readonly AffinityTerm[], weight: number): void {
  for (const { term } of terms) {
    const id = ids.id(term);
    bag.set(id, (bag.get(id) ?? 0) + weight);
  }
}

/**
 * A bag as a unit vector: sublinear term frequency (a word said ten times is not ten times as
 * telling) times the term's inverse document frequency, smoothed so that a term no proposal has
 * still has a finite weight and counts in the reviewer's norm.
 */
function toUnitVector(bag: Bag, idf: (term: number) => number): Vector {
  const terms = new Int32Array([...bag.keys()].sort((left, right) => left - right));
  const weights = new Float64Array(terms.length);
  let norm = 0;
  terms.forEach((term, index) => {
    const weight = (1 + Math.log(bag.get(term) ?? 1)) * idf(term);
    weights[index] = weight;
    norm += weight * weight;
  });
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let index = 0; index < weights.length; index++) weights[index] = (weights[index] ?? 0) * scale;
  }
  return { terms, weights };
}

/** The first way a proposal writes each term, keywords first: that is what an officer recognises. */
function surfacesOf(text: ProposalText, ids: TermIds): Map<number, string> {
  const surfaces = new Map<number, string>();
  for (const part of [text.keywords, text.title, text.abstract]) {
    for (const { term, surface } of part) {
      const id = ids.id(term);
      if (!surfaces.has(id)) surfaces.set(id, surface);
    }
  }
  return surfaces;
}

/**
 * The shared words an officer reads, largest contribution first. A compound that is shared
 * (量子コンピュータ, "high-entropy") stands for its parts (量子, "high"), at the rank of its best
 * part, so each word is listed once and in its fullest form.
 */
function summariseSharedTerms(contributions: ReadonlyArray<{ surface: string; value: number }>, limit: number): string[] {
  const best = new Map<string, number>();
  for (const { surface, value } of contributions) if (surface !== '') best.set(surface, Math.max(best.get(surface) ?? 0, value));
  const surfaces = [...best.keys()];
  for (const surface of surfaces) {
    // The longest one that contains it, which no other shared word contains in turn.
    const whole = surfaces.filter((other) => other !== surface && other.includes(surface)).sort((left, right) => right.length - left.length)[0];
    if (whole === undefined) continue;
    best.set(whole, Math.max(best.get(whole) ?? 0, best.get(surface) ?? 0));
    best.delete(surface);
  }
  return [...best]
    .sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
    .slice(0, limit)
    .map(([surface]) => surface);
}

function clampUnit(value: number): number {
  // Rounding can push a cosine of identical vectors a hair above 1.
  return Math.min(1, Math.max(0, value));
}

/**
 * The affinity of every reviewer to every proposal. The proposals given are the corpus for the
 * inverse document frequencies, so the same pair can score differently in another call: what
 * is distinctive depends on what else was submitted. Scores are computed once, through an
 * inverted index (only pairs with a shared term cost work); explanations on demand.
 */
export function computeAffinities(options: { proposals: readonly ProposalText[]; reviewers: readonly ReviewerText[] }): AffinityMatrix {
  const { proposals, reviewers } = options;
  const ids = new TermIds();
  const proposalBags = proposals.map((proposal) => {
    const bag: Bag = new Map();
    addTerms(bag, ids, proposal.keywords, TERM_WEIGHTS.proposalKeyword);
    addTerms(bag, ids, proposal.title, TERM_WEIGHTS.proposalTitle);
    addTerms(bag, ids, proposal.abstract, TERM_WEIGHTS.proposalAbstract);
    return bag;
  });
  const reviewerBags = reviewers.map((reviewer) => {
    const bag: Bag = new Map();
    addTerms(bag, ids, reviewer.keywords, TERM_WEIGHTS.reviewerKeyword);
    addTerms(bag, ids, reviewer.publicationTitles, TERM_WEIGHTS.reviewerPublicationTitle);
    return bag;
  });
  const documentFrequency = new Map<number, number>();
  for (const bag of proposalBags) for (const term of bag.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const corpusSize = proposals.length;
  const idf = (term: number): number => Math.log((1 + corpusSize) / (1 + (documentFrequency.get(term) ?? 0))) + 1;
  const proposalVectors = proposalBags.map((bag) => toUnitVector(bag, idf));
  const reviewerVectors = reviewerBags.map((bag) => toUnitVector(bag, idf));

  // Inverted index of the proposals: term → the proposals that have it, with their weights, in
  // typed arrays (a call of 2,000 proposals has a few hundred thousand postings).
  const postingCounts = new Map<number, number>();
  for (const vector of proposalVectors) for (const term of vector.terms) postingCounts.set(term, (postingCounts.get(term) ?? 0) + 1);
  const postings = new Map<number, { proposals: Int32Array; weights: Float64Array; size: number }>();
  for (const [term, count] of postingCounts) postings.set(term, { proposals: new Int32Array(count), weights: new Float64Array(count), size: 0 });
  proposalVectors.forEach((vector, proposal) => {
    vector.terms.forEach((term, index) => {
      const list = postings.get(term);
      if (!list) return;
      list.proposals[list.size] = proposal;
      list.weights[list.size] = vector.weights[index] ?? 0;
      list.size++;
    });
  });
  const reviewerCount = reviewers.length;
  const textScores = new Float64Array(proposals.length * reviewerCount);
  reviewerVectors.forEach((vector, reviewer) => {
    vector.terms.forEach((term, index) => {
      const list = postings.get(term);
      if (!list) return;
      const weight = vector.weights[index] ?? 0;
      const { proposals: holders, weights } = list;
      for (let k = 0; k < holders.length; k++) {
        const cell = (holders[k] ?? 0) * reviewerCount + reviewer;
        textScores[cell] = (textScores[cell] ?? 0) + weight * (weights[k] ?? 0);
      }
    });
  });
  // Fields as small integers and each reviewer's as a bit set: the score of a pair is read for
  // every pair of a call when the solver builds its graph.
  const fieldIds = new Map<string, number>();
  const fieldId = (field: string): number => {
    let id = fieldIds.get(field);
    if (id === undefined) {
      id = fieldIds.size;
      fieldIds.set(field, id);
    }
    return id;
  };
  const proposalField = Int32Array.from(proposals, (proposal) => fieldId(proposal.field));
  const reviewerFields = reviewers.map((reviewer) => new Set(reviewer.fields.map(fieldId)));
  const isFieldMatch = (proposal: number, reviewer: number): boolean => reviewerFields[reviewer]?.has(proposalField[proposal] ?? -1) ?? false;
  const textScore = (proposal: number, reviewer: number): number => clampUnit(textScores[proposal * reviewerCount + reviewer] ?? 0);
  const score = (proposal: number, reviewer: number): number =>
    TEXT_SHARE * textScore(proposal, reviewer) + (isFieldMatch(proposal, reviewer) ? FIELD_SHARE : 0);

  const surfaceCache = new Map<number, Map<number, string>>();
  function explain(proposal: number, reviewer: number, limit = DEFAULT_SHARED_TERM_LIMIT): AffinityExplanation {
    const proposalText = proposals[proposal];
    const proposalVector = proposalVectors[proposal];
    const reviewerVector = reviewerVectors[reviewer];
    if (!proposalText || !proposalVector || !reviewerVector) throw new RangeError(`No pair (${proposal}, ${reviewer}) in this matrix`);
    let surfaces = surfaceCache.get(proposal);
    if (!surfaces) {
      surfaces = surfacesOf(proposalText, ids);
      surfaceCache.set(proposal, surfaces);
    }
    const contributions: Array<{ surface: string; value: number }> = [];
    const reviewerWeights = new Map<number, number>();
    reviewerVector.terms.forEach((term, index) => reviewerWeights.set(term, reviewerVector.weights[index] ?? 0));
    proposalVector.terms.forEach((term, index) => {
      const other = reviewerWeights.get(term);
      if (other === undefined) return;
      contributions.push({ surface: surfaces.get(term) ?? '', value: (proposalVector.weights[index] ?? 0) * other });
    });
    const sharedTerms = summariseSharedTerms(contributions, limit);
    return {
      score: score(proposal, reviewer),
      textScore: textScore(proposal, reviewer),
      isFieldMatch: isFieldMatch(proposal, reviewer),
      sharedTerms,
    };
  }

  return { proposalCount: proposals.length, reviewerCount, score, explain };
}
