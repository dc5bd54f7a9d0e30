import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import { isValidOrcid } from '../../domain/orcid.js';
import type { AffiliationIn, PublicationIn, ReviewerOut } from '../../contracts/pool.schemas.js';
import type { Executor } from '../../db/database.js';
import {
  findAgencyByCode,
  findOrganisationIds,
  findPeopleByRefOrOrcid,
  findPersonByRef,
  listReviewers,
  type StoredReviewer,
} from '../../db/repositories/pool.repository.js';
import { translate } from '../../i18n/catalogue.js';

/**
 * What the pool and conflict use cases share: finding an agency and a reviewer, checking and
 * resolving publications and affiliations, rendering problems from the `pool` catalogue, and the
 * view of a reviewer every use case returns.
 */

/** A problem in both languages from `locales/{en,ja}/<namespace>.json` `problems.<key>`. */
export function problem(path: string, key: string, params: Record<string, string | number> = {}, namespace: 'pool' | 'conflicts' = 'pool'): ValidationIssue {
  return { path, message: { en: translate('en', `${namespace}:problems.${key}`, params), ja: translate('ja', `${namespace}:problems.${key}`, params) } };
}

/** VALIDATION_FAILED with every issue. */
export function invalid(issues: ValidationIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', { issues, params: { count: issues.length } });
}

/** The agency with this code; throws NOT_FOUND. */
export async function requireAgency(db: Executor, code: string): Promise<{ id: number; code: string }> {
  const agency = await findAgencyByCode(db, code);
  if (!agency) throw new AppError('NOT_FOUND', { params: { kind: 'agency', key: code } });
  return agency;
}

/** A person's entry in an agency's pool; throws NOT_FOUND (kind reviewer). */
export async function requireReviewer(db: Executor, agency: { id: number; code: string }, personRef: string): Promise<StoredReviewer> {
  const person = await findPersonByRef(db, personRef);
  const [reviewer] = person ? await listReviewers(db, { agencyId: agency.id, personId: person.id }) : [];
  if (!reviewer) throw new AppError('NOT_FOUND', { params: { kind: 'reviewer', key: `${personRef} (${agency.code})` } });
  return reviewer;
}

/** The API view of a stored reviewer. */
export function toReviewerOut(reviewer: StoredReviewer): ReviewerOut {
  return {
    person: reviewer.person.ref,
    name: { en: reviewer.person.nameEn, ja: reviewer.person.nameJa },
    orcid: reviewer.person.orcid,
    agency: reviewer.agency,
    affiliations: reviewer.affiliations.map((affiliation) => ({ organisation: affiliation.organisation, name: { en: affiliation.nameEn, ja: affiliation.nameJa }, from: affiliation.from, to: affiliation.to })),
    fields: reviewer.fields,
    keywords: reviewer.keywords,
    minLoad: reviewer.minLoad,
    maxLoad: reviewer.maxLoad,
    publications: reviewer.publications.map((publication) => ({
      doi: publication.doi,
      year: publication.year,
      title: publication.title,
      authors: publication.authors.map((author) => ({ person: author.person, name: { en: author.nameEn, ja: author.nameJa }, orcid: author.orcid })),
    })),
    conflicts: reviewer.conflicts.map((declaration) => ({
      proposal: declaration.proposal,
      call: declaration.call,
      note: declaration.note,
      declaredBy: declaration.declaredBy,
      declaredAt: declaration.declaredAt?.toISOString() ?? null,
    })),
    reviewCount: reviewer.reviewCount,
  };
}

/** Load limits in order, as the assignment needs them; the issue names both fields. */
export function loadIssues(minLoad: number, maxLoad: number, path = ''): ValidationIssue[] {
  return minLoad > maxLoad ? [problem(`${path}minLoad`, 'load_order', { min: minLoad, max: maxLoad })] : [];
}

/** Keywords trimmed, empty ones and repeats dropped (case-insensitively), order kept. */
export function cleanKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const keyword of keywords) {
    const text = keyword.trim();
    const key = text.toLocaleLowerCase();
    if (text && !seen.has(key)) {
      seen.add(key);
      kept.push(text);
    }
  }
  return kept;
}

export type ResolvedPublication = { doi: string | null; year: number; title: string; authorPersonIds: number[] };

/**
 * Publications with each author resolved to a person by ref or by ORCID iD; every author that
 * names nobody is an issue with its path (`publications[2].authors[1]`).
 */
export async function resolvePublications(db: Executor, publications: readonly PublicationIn[]): Promise<{ resolved: ResolvedPublication[]; issues: ValidationIssue[] }> {
  const keys = publications.flatMap((publication) => publication.authors.map((author) => author.trim()));
  const { byRef, byOrcid } = await findPeopleByRefOrOrcid(db, keys);
  const issues: ValidationIssue[] = [];
  const resolved = publications.map((publication, index) => {
    const authorPersonIds: number[] = [];
    publication.authors.forEach((raw, position) => {
      const author = raw.trim();
      const looksLikeOrcid = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(author);
      if (looksLikeOrcid && !isValidOrcid(author)) {
        issues.push(problem(`publications[${index}].authors[${position}]`, 'orcid_invalid', { orcid: author }));
        return;
      }
      const person = byRef.get(author) ?? byOrcid.get(author);
      if (!person) issues.push(problem(`publications[${index}].authors[${position}]`, 'author_unknown', { author }));
      else if (!authorPersonIds.includes(person.id)) authorPersonIds.push(person.id);
    });
    return { doi: publication.doi?.trim() || null, year: publication.year, title: publication.title.trim(), authorPersonIds };
  });
  return { resolved, issues };
}

/** Affiliations with organisations resolved by ref and dates in order. */
export async function resolveAffiliations(
  db: Executor,
  affiliations: readonly AffiliationIn[],
): Promise<{ resolved: Array<{ organisationId: number; from: string; to: string | null }>; issues: ValidationIssue[] }> {
  const ids = await findOrganisationIds(db, affiliations.map((affiliation) => affiliation.organisation));
  const issues: ValidationIssue[] = [];
  const resolved = affiliations.flatMap((affiliation, index) => {
    const organisationId = ids.get(affiliation.organisation);
    const to = affiliation.to ?? null;
    if (organisationId === undefined) issues.push(problem(`affiliations[${index}].organisation`, 'organisation_unknown', { organisation: affiliation.organisation }));
    if (to !== null && to < affiliation.from) issues.push(problem(`affiliations[${index}].to`, 'affiliation_dates', { from: affiliation.from, to }));
    return organisationId === undefined ? [] : [{ organisationId, from: affiliation.from, to }];
  });
  return { resolved, issues };
}

/** Whether a stored reviewer matches a search text (name, ref, ORCID, fields, keywords, organisations). */
export function matchesSearch(reviewer: StoredReviewer, text: string | undefined): boolean {
  const needle = text?.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [
    reviewer.person.ref,
    reviewer.person.nameEn,
    reviewer.person.nameJa,
    reviewer.person.orcid,
    ...reviewer.fields,
    ...reviewer.keywords,
    ...reviewer.affiliations.flatMap((affiliation) => [affiliation.organisation, affiliation.nameEn, affiliation.nameJa]),
  ];
  return haystack.some((value) => value?.toLocaleLowerCase().includes(needle));
}
