import { beforeAll, describe, expect, it } from 'vitest';
import { computeAffinities, FIELD_SHARE, type ProposalText, type ReviewerText } from './affinity.js';
import { affinityTermsOf } from '../../services/review/compute-affinity.js';
import { loadTokenizer, type TextTokenizer } from '../../services/search/tokenizer.js';

// The terms come from the real tokenizer (kuromoji, English plurals), as in the service.
let tokenizer: TextTokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
}, 30_000);

function proposal(parts: { field?: string; keywords?: string[]; title?: string; abstract?: string }): ProposalText {
  return {
    field: parts.field ?? 'other',
    keywords: (parts.keywords ?? []).flatMap((keyword) => affinityTermsOf(tokenizer, keyword)),
    title: affinityTermsOf(tokenizer, parts.title),
    abstract: affinityTermsOf(tokenizer, parts.abstract),
  };
}

function reviewer(parts: { fields?: string[]; keywords?: string[]; titles?: string[] }): ReviewerText {
  return {
    fields: parts.fields ?? [],
    keywords: (parts.keywords ?? []).flatMap((keyword) => affinityTermsOf(tokenizer, keyword)),
    publicationTitles: (parts.titles ?? []).flatMap((title) => affinityTermsOf(tokenizer, title)),
  };
}

describe('computeAffinities', () => {
  it('matches Japanese by morphemes: 量子 in a keyword meets a title with 量子コンピュータ, not 子 or 量 alone', () => {
    const matrix = computeAffinities({
      proposals: [proposal({ title: '量子コンピュータによる材料設計' }), proposal({ title: '子育て支援の分量調査' })],
      reviewers: [reviewer({ keywords: ['量子'] })],
    });
    expect(matrix.score(0, 0)).toBeGreaterThan(0);
    // Split into characters, 子 and 量 would have matched the second title too.
    expect(matrix.score(1, 0)).toBe(0);
    expect(matrix.explain(0, 0).sharedTerms).toEqual(['量子']);
  });

  it('matches English by stems and shows the words as the proposal writes them', () => {
    const matrix = computeAffinities({
      proposals: [proposal({ title: 'Catalysts for water splitting', keywords: ['electrocatalysis'] }), proposal({ title: 'Grid batteries' })],
      reviewers: [reviewer({ keywords: ['catalyst'], titles: ['Water splitting on oxide surfaces'] })],
    });
    const explained = matrix.explain(0, 0);
    expect(explained.textScore).toBeGreaterThan(0.3);
    expect(explained.sharedTerms).toEqual(expect.arrayContaining(['Catalysts', 'water', 'splitting']));
    expect(matrix.score(1, 0)).toBe(0);
  });

  it('matches across languages only through shared words, in either language of the proposal', () => {
    const matrix = computeAffinities({
      proposals: [
        { ...proposal({ title: 'Federated learning on battery data' }), abstract: affinityTermsOf(tokenizer, '電池データの連合学習') },
      ],
      reviewers: [reviewer({ keywords: ['連合学習'] }), reviewer({ keywords: ['federated learning'] })],
    });
    expect(matrix.score(0, 0)).toBeGreaterThan(0);
    expect(matrix.score(0, 1)).toBeGreaterThan(0);
    expect(matrix.explain(0, 0).sharedTerms[0]).toBe('連合学習');
  });

  it('weighs keywords above abstracts and rare terms above common ones', () => {
    const common = 'machine learning';
    const matrix = computeAffinities({
      proposals: [
        proposal({ keywords: ['perovskite'], abstract: common }),
        proposal({ abstract: `perovskite ${common}` }),
        proposal({ abstract: common }),
        proposal({ abstract: common }),
      ],
      reviewers: [reviewer({ keywords: ['perovskite'] }), reviewer({ keywords: [common] })],
    });
    // The keyword gives perovskite more weight in the first proposal than the abstract gives it in the second.
    expect(matrix.score(0, 0)).toBeGreaterThan(matrix.score(1, 0));
    // "machine learning" is in every proposal: it separates nobody and is outweighed by perovskite.
    expect(matrix.explain(1, 0).textScore).toBeGreaterThan(matrix.explain(1, 1).textScore);
  });

  it('adds a fixed share for a field match and stays within [0, 1]', () => {
    const text = 'Solid electrolytes for lithium batteries';
    const matrix = computeAffinities({
      proposals: [proposal({ field: 'materials', title: text, keywords: ['solid electrolyte'] })],
      reviewers: [reviewer({ fields: ['materials'], keywords: ['solid electrolyte'], titles: [text] }), reviewer({ fields: ['energy'] }), reviewer({ fields: ['materials'] })],
    });
    expect(matrix.score(0, 0)).toBeGreaterThan(0.9);
    expect(matrix.score(0, 0)).toBeLessThanOrEqual(1);
    expect(matrix.score(0, 1)).toBe(0);
    expect(matrix.explain(0, 2)).toEqual({ score: FIELD_SHARE, textScore: 0, isFieldMatch: true, sharedTerms: [] });
  });

  it('scores a reviewer or proposal without any text as 0, not NaN', () => {
    const matrix = computeAffinities({ proposals: [proposal({})], reviewers: [reviewer({})] });
    expect(matrix.score(0, 0)).toBe(0);
  });
});
