import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { BundleSchema, type Bundle } from '../../contracts/bundle.schemas.js';
import { renderZodIssues } from '../../contracts/render-issues.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findStoredKeys } from '../../db/repositories/bundle-keys.repository.js';
import { writeBundle } from '../../db/repositories/bundle-writer.repository.js';
import { indexForSearch } from '../search/index-documents.js';
import type { ServiceContext } from '../service-context.js';
import type { Executor } from '../../db/database.js';
import type { Clock } from '../../domain/time.js';
import { checkBundleReferences, referencedKeys, type StoredKeys } from './check-bundle-references.js';
import { parseBundleLeniently, sortIssues, type UnparsedKeys } from './parse-bundle.js';

export type ImportCounts = {
  agencies: number;
  organisations: number;
  people: number;
  programmes: number;
  calls: number;
  proposals: number;
  reviewers: number;
  reviews: number;
};

/**
 * Validates a bundle whole and writes it in one transaction. Throws VALIDATION_FAILED with every
 * problem (JSON path and bilingual message) and writes nothing when anything is wrong; throws
 * FORBIDDEN for an actor who may not import.
 */
export async function importBundle(
  ctx: ServiceContext,
  actor: Actor | null,
  input: unknown,
  options: { onProgress?: (event: ImportProgress) => void } = {},
): Promise<ImportCounts> {
  assertCan(actor, { type: 'bundle.import' });
  const startedAt = performance.now();
  const parsed = parseBundleLeniently(input);
  return ctx.db.transaction().execute(async (tx) => {
    if (parsed.issues.length > 0) {
      // Report the reference problems of the well-formed items too, so one run lists everything.
      const stored = withUnparsedKeys(await findStoredKeys(tx, referencedKeys(parsed.bundle)), parsed.unparsed);
      throw validationFailed(sortIssues([...parsed.issues, ...checkBundleReferences(parsed.bundle, stored)]));
    }
    return importParsedBundle(tx, ctx.clock, actor, parsed.bundle, () => options.onProgress?.({ stage: 'writing', elapsedMs: performance.now() - startedAt }));
  });
}

/** Stages of a long import, for a progress display. */
export type ImportProgress = { stage: 'writing'; elapsedMs: number };

function withUnparsedKeys(stored: StoredKeys, unparsed: UnparsedKeys): StoredKeys {
  const agencies = new Map(stored.agencies);
  unparsed.agencies.forEach((code) => agencies.set(code, { currency: '' }));
  const calls = new Map(stored.calls);
  unparsed.calls.forEach((code) => calls.set(code, { sideAgencies: [], criteria: [], isPartial: true }));
  const proposals = new Map(stored.proposals);
  unparsed.proposals.forEach((ref) => proposals.set(ref, { call: '' }));
  return {
    ...stored,
    agencies,
    organisations: new Set([...stored.organisations, ...unparsed.organisations]),
    people: new Set([...stored.people, ...unparsed.people]),
    programmes: new Set([...stored.programmes, ...unparsed.programmes]),
    calls,
    proposals,
  };
}

/**
 * Checks and writes an already parsed bundle inside the caller's transaction (for use cases
 * that write more than the bundle, like loading the demo). Throws VALIDATION_FAILED.
 */
export async function importParsedBundle(tx: Executor, clock: Clock, actor: Actor, bundle: Bundle, onValid?: () => void): Promise<ImportCounts> {
  const stored = await findStoredKeys(tx, referencedKeys(bundle));
  const issues = checkBundleReferences(bundle, stored);
  if (issues.length > 0) throw validationFailed(issues);
  onValid?.();
  await writeBundle(tx, bundle);
  await indexForSearch(tx, { proposals: bundle.proposals.map((proposal) => proposal.ref), calls: bundle.calls.map((call) => call.code) });
  const counts = countBundle(bundle);
  await appendAudit(tx, {
    at: clock.now(),
    actor: actorLabel(actor),
    action: 'bundle.imported',
    subjectType: 'bundle',
    subject: bundle.calls.map((call) => call.code).join(',') || '(no calls)',
    changes: counts,
  });
  return counts;
}

/** Parses the JSON text of a bundle file; throws VALIDATION_FAILED naming the position of a syntax error. */
export function parseBundleText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw validationFailed([
      { path: '(root)', message: { en: `The file is not valid JSON: ${detail}`, ja: `ファイルが正しい JSON ではありません: ${detail}` } },
    ]);
  }
}

/** Parses a bundle's shape; throws VALIDATION_FAILED with every issue. */
export function parseBundle(input: unknown): Bundle {
  const parsed = BundleSchema.safeParse(input);
  if (!parsed.success) throw validationFailed(renderZodIssues(parsed.error));
  return parsed.data;
}

function validationFailed(issues: ValidationIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', { issues, params: { count: issues.length } });
}

function countBundle(bundle: Bundle): ImportCounts {
  return {
    agencies: bundle.agencies.length,
    organisations: bundle.organisations.length,
    people: bundle.people.length,
    programmes: bundle.programmes.length,
    calls: bundle.calls.length,
    proposals: bundle.proposals.length,
    reviewers: bundle.reviewers.length,
    reviews: bundle.reviews.length,
  };
}
