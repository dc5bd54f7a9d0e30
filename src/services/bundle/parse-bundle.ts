import type { z } from 'zod';
import type { ValidationIssue } from '../../domain/app-error.js';
import {
  BundleAgencySchema,
  BundleCallSchema,
  BundleOrganisationSchema,
  BundlePersonSchema,
  BundleProgrammeSchema,
  BundleProposalSchema,
  BundleReviewerSchema,
  BundleReviewSchema,
  BundleSchema,
  type Bundle,
} from '../../contracts/bundle.schemas.js';
import { renderZodIssues } from '../../contracts/render-issues.js';

/** Keys of list items whose shape is wrong: references to them are not reported again. */
export type UnparsedKeys = {
  agencies: Set<string>;
  organisations: Set<string>;
  people: Set<string>;
  programmes: Set<string>;
  calls: Set<string>;
  proposals: Set<string>;
};

export type LenientParse = { bundle: Bundle; issues: ValidationIssue[]; unparsed: UnparsedKeys };

const LISTS = {
  agencies: [BundleAgencySchema, 'code'],
  organisations: [BundleOrganisationSchema, 'ref'],
  people: [BundlePersonSchema, 'ref'],
  programmes: [BundleProgrammeSchema, 'code'],
  calls: [BundleCallSchema, 'code'],
  proposals: [BundleProposalSchema, 'ref'],
  reviewers: [BundleReviewerSchema, null],
  reviews: [BundleReviewSchema, null],
} as const satisfies Record<string, readonly [z.ZodType, string | null]>;

/**
 * Parses a bundle so that every problem can be reported at once: the whole shape first; when it
 * fails, each list item alone, so items with a valid shape still go through the reference checks.
 * Items that fail stay as holes in their list, so paths keep their original indexes.
 */
export function parseBundleLeniently(input: unknown): LenientParse {
  const unparsed: UnparsedKeys = { agencies: new Set(), organisations: new Set(), people: new Set(), programmes: new Set(), calls: new Set(), proposals: new Set() };
  const whole = BundleSchema.safeParse(input);
  if (whole.success) return { bundle: whole.data, issues: [], unparsed };
  const issues = renderZodIssues(whole.error);
  const raw = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const bundle: Bundle = { format: 'kakehashi-bundle/1', agencies: [], organisations: [], people: [], programmes: [], calls: [], proposals: [], reviewers: [], reviews: [] };
  for (const [list, [schema, keyField]] of Object.entries(LISTS) as Array<[keyof typeof LISTS, (typeof LISTS)[keyof typeof LISTS]]>) {
    const items = raw[list];
    if (!Array.isArray(items)) continue;
    const parsedItems: unknown[] = new Array(items.length);
    items.forEach((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) {
        parsedItems[index] = parsed.data;
        return;
      }
      const key = keyField && typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[keyField] : undefined;
      if (typeof key === 'string' && list in unparsed) unparsed[list as keyof UnparsedKeys].add(key);
    });
    (bundle as Record<string, unknown>)[list] = parsedItems;
  }
  return { bundle, issues, unparsed };
}

/** Orders issues as they appear in the file: by list, then index, then field (numbers compared as numbers). */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const order = ['format', 'agencies', 'organisations', 'people', 'programmes', 'calls', 'proposals', 'reviewers', 'reviews'];
  const key = (path: string) => {
    const parts = path.split(/[.[\]]+/).filter(Boolean);
    const head = order.indexOf(parts[0] ?? '');
    return [head === -1 ? order.length : head, ...parts.slice(1)];
  };
  return [...issues].sort((a, b) => {
    const left = key(a.path);
    const right = key(b.path);
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      const x = left[index];
      const y = right[index];
      if (x === y) continue;
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      const nx = typeof x === 'number' ? x : /^\d+$/.test(x) ? Number(x) : NaN;
      const ny = typeof y === 'number' ? y : /^\d+$/.test(y) ? Number(y) : NaN;
      if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
      return String(x).localeCompare(String(y));
    }
    return 0;
  });
}
