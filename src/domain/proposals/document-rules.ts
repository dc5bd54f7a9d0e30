import type { Proposal } from '../model.js';
import { editableParts } from './edit-permissions.js';

/** What a document is for; reviewers read them by kind. */
export const DOCUMENT_KINDS = ['proposal_form', 'cv', 'letter', 'budget', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Whether a person may add or delete documents of one part of a proposal: the common part
 * (`teamPosition` null) with the common parts' editor (the lead PI), a team's part with that
 * team's editors. The same rule as editing, so documents cannot be a side door. Throws nothing.
 */
export function canChangeDocuments(personRef: string | null, proposal: Pick<Proposal, 'teams'>, teamPosition: number | null): boolean {
  const parts = editableParts(personRef, proposal);
  return teamPosition === null ? parts.common : parts.teams.includes(teamPosition);
}

/** Longest file name kept; longer names are cut (keeping the extension) rather than refused. */
const MAX_FILENAME_LENGTH = 150;

/**
 * The file name to store and to offer on download: the last path segment only (browsers on
 * Windows send `C:\\…\\cv.pdf`), without control characters or quotes (they would break the
 * Content-Disposition header), never empty. Throws nothing.
 */
export function cleanFilename(name: string): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = lastSegment.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..') return 'document.pdf';
  if (cleaned.length <= MAX_FILENAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_FILENAME_LENGTH - extension.length) + extension;
}
