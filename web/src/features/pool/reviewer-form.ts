import type { AffiliationInput, PublicationInput, Reviewer } from './api.js';

/**
 * The editable state of a reviewer's profile, as text the form holds, and its conversion to the
 * API body. The server checks every rule (loads in order, authors and organisations known) and
 * reports each problem with its path; the form only shapes the input.
 */
export type PublicationRow = { key: string; doi: string; year: string; title: string; authors: string };
export type AffiliationRow = { key: string; organisation: string; from: string; to: string };
export type ReviewerFormState = {
  fields: string[];
  keywords: string;
  minLoad: string;
  maxLoad: string;
  publications: PublicationRow[];
  affiliations: AffiliationRow[];
};

let nextKey = 0;
/** A key that stays with a row while rows are added and removed around it. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/** Splits a list typed one item per line or separated by commas (either language's comma). */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,、，]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function formFromReviewer(reviewer: Reviewer): ReviewerFormState {
  return {
    fields: reviewer.fields,
    keywords: reviewer.keywords.join('\n'),
    minLoad: String(reviewer.minLoad),
    maxLoad: String(reviewer.maxLoad),
    publications: reviewer.publications.map((publication) => ({
      key: rowKey(),
      doi: publication.doi ?? '',
      year: String(publication.year),
      title: publication.title,
      // Authors are shown by ORCID iD when known (it identifies them everywhere), else by ref.
      authors: publication.authors.map((author) => author.orcid ?? author.person).join(', '),
    })),
    affiliations: reviewer.affiliations.map((affiliation) => ({ key: rowKey(), organisation: affiliation.organisation, from: affiliation.from, to: affiliation.to ?? '' })),
  };
}

export function emptyPublication(): PublicationRow {
  return { key: rowKey(), doi: '', year: String(new Date().getFullYear()), title: '', authors: '' };
}

export function emptyAffiliation(): AffiliationRow {
  return { key: rowKey(), organisation: '', from: '', to: '' };
}

export function publicationsBody(rows: readonly PublicationRow[]): PublicationInput[] {
  return rows.map((row) => ({ doi: row.doi.trim() || null, year: Number(row.year), title: row.title.trim(), authors: splitList(row.authors) }));
}

export function affiliationsBody(rows: readonly AffiliationRow[]): AffiliationInput[] {
  return rows.map((row) => ({ organisation: row.organisation.trim(), from: row.from, to: row.to || null }));
}
