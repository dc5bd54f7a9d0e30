import { AppError } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { countReviews, deleteReviewer } from '../../db/repositories/pool.repository.js';
import type { ServiceContext } from '../service-context.js';
import { requireAgency, requireReviewer } from './pool-support.js';

/**
 * Removes a reviewer from an agency's pool (the person stays in the platform). Refused with
 * REVIEWER_HAS_REVIEWS while they hold any review, draft or submitted: scores must keep their
 * author. Their publications, declarations, waivers and pins go with them. Audited. Throws
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND and REVIEWER_HAS_REVIEWS.
 */
export async function removeReviewer(ctx: ServiceContext, actor: Actor | null, options: { agency: string; personRef: string }): Promise<void> {
  assertCan(actor, { type: 'pool.manage', agency: options.agency });
  await ctx.db.transaction().execute(async (tx) => {
    const agency = await requireAgency(tx, options.agency);
    const reviewer = await requireReviewer(tx, agency, options.personRef);
    const reviews = await countReviews(tx, reviewer.id);
    if (reviews > 0) throw new AppError('REVIEWER_HAS_REVIEWS', { params: { reviewer: reviewer.person.ref, agency: agency.code, count: reviews } });
    await deleteReviewer(tx, reviewer.id);
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: actorLabel(actor),
      action: 'pool.reviewer_removed',
      subjectType: 'reviewer',
      subject: `${agency.code}:${reviewer.person.ref}`,
      changes: { fields: reviewer.fields, keywords: reviewer.keywords, minLoad: reviewer.minLoad, maxLoad: reviewer.maxLoad, publications: reviewer.publications.length, declaredConflicts: reviewer.conflicts.map((declaration) => declaration.proposal) },
    });
  });
}
