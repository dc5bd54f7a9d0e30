import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { ReviewerOut, ReviewerPoolOut } from '../../contracts/pool.schemas.js';
import { listReviewers } from '../../db/repositories/pool.repository.js';
import type { ServiceContext } from '../service-context.js';
import { matchesSearch, requireAgency, requireReviewer, toReviewerOut } from './pool-support.js';

/**
 * An agency's reviewer pool: every reviewer with person, ORCID, affiliations over time, fields,
 * keywords, publications, loads and declared conflicts, optionally narrowed by a search text.
 * Throws UNAUTHENTICATED, FORBIDDEN (not that agency's staff) and NOT_FOUND (no such agency).
 */
export async function listPool(ctx: ServiceContext, actor: Actor | null, options: { agency: string; search?: string }): Promise<ReviewerPoolOut> {
  assertCan(actor, { type: 'pool.view', agency: options.agency });
  const agency = await requireAgency(ctx.db, options.agency);
  const reviewers = await listReviewers(ctx.db, { agencyId: agency.id });
  return { agency: agency.code, reviewers: reviewers.filter((reviewer) => matchesSearch(reviewer, options.search)).map(toReviewerOut) };
}

/** One reviewer of an agency's pool. Throws UNAUTHENTICATED, FORBIDDEN and NOT_FOUND. */
export async function viewReviewer(ctx: ServiceContext, actor: Actor | null, options: { agency: string; personRef: string }): Promise<ReviewerOut> {
  assertCan(actor, { type: 'pool.view', agency: options.agency });
  const agency = await requireAgency(ctx.db, options.agency);
  return toReviewerOut(await requireReviewer(ctx.db, agency, options.personRef));
}
