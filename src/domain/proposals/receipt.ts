import type { Proposal } from '../model.js';

/**
 * The content a submission receipt vouches for. The hash is taken over a canonical JSON text
 * (keys sorted, no whitespace, absent and null fields dropped), so the same proposal always
 * gives the same hash, whatever order its fields were written in or which engine stored it.
 */

/** JSON with object keys sorted at every depth and null/undefined members left out. Throws nothing. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== null && item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The text whose SHA-256 is the receipt's content hash: what the applicants wrote (not the
 * status or decision, which officers change later), the submission instant in UTC, and the
 * SHA-256 of each document, sorted so that upload order does not matter. Throws nothing.
 */
export function receiptContent(proposal: Proposal, submittedAt: Date, documentHashes: readonly string[]): string {
  const { status: _status, decision: _decision, submittedAt: _submittedAt, ...content } = proposal;
  return canonicalJson({ proposal: content, submittedAt: submittedAt.toISOString(), documents: [...documentHashes].sort() });
}
