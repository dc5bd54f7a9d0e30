import { describe, expect, it } from 'vitest';
import { affiliationsBody, formFromReviewer, publicationsBody, splitList } from './reviewer-form.js';
import type { Reviewer } from './api.js';

const reviewer: Reviewer = {
  person: 'jp.x',
  name: { en: 'X', ja: null },
  orcid: '0000-0002-1825-0097',
  agency: 'JST',
  affiliations: [{ organisation: 'jp.osaka-u', name: { en: 'Osaka University', ja: null }, from: '2010-04-01', to: null }],
  fields: ['quantum'],
  keywords: ['qubit', '量子'],
  minLoad: 1,
  maxLoad: 5,
  publications: [
    {
      doi: null,
      year: 2024,
      title: 'T',
      authors: [
        { person: 'jp.x', name: { en: 'X', ja: null }, orcid: '0000-0002-1825-0097' },
        { person: 'fr.y', name: { en: 'Y', ja: null }, orcid: null },
      ],
    },
  ],
  conflicts: [],
  reviewCount: 0,
};

describe('reviewer form', () => {
  it('splits keywords typed one per line or with either language\'s commas', () => {
    expect(splitList('qubit\n量子、 計算 ,  error correction，\n\n')).toEqual(['qubit', '量子', '計算', 'error correction']);
  });

  it('shows authors by ORCID iD when known, else by ref, and sends them back as typed', () => {
    const form = formFromReviewer(reviewer);
    expect(form.keywords).toBe('qubit\n量子');
    expect(form.publications[0]?.authors).toBe('0000-0002-1825-0097, fr.y');
    expect(publicationsBody(form.publications)).toEqual([{ doi: null, year: 2024, title: 'T', authors: ['0000-0002-1825-0097', 'fr.y'] }]);
    expect(affiliationsBody(form.affiliations)).toEqual([{ organisation: 'jp.osaka-u', from: '2010-04-01', to: null }]);
  });
});
