import { AppError } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { languageForCountry, pickText } from '../../domain/bilingual-text.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { listAssignmentPairs, markAssignmentPublished } from '../../db/repositories/assignment.repository.js';
import type { AssignmentView } from '../../contracts/assignment.schemas.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { loadTokenizer } from '../search/tokenizer.js';
import type { ServiceContext } from '../service-context.js';
import { violationIssue } from './assignment-messages.js';
import { loadAssignmentSide, lockDraftAssignment, pairRefs, violationsOf } from './load-assignment-side.js';
import { buildAssignmentView } from './view-assignment.js';

/** Where reviewers find their assigned proposals (the reviewer pages). */
export function reviewsUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/reviews`;
}

/**
 * Publishes an agency's draft assignment: from then on each pair means the reviewer is assigned
 * (reviewers see those proposals), and each assigned reviewer is mailed, in their language, the
 * list of their proposals. Refused while any constraint is broken. One transaction: the mails
 * leave only if the publication commits. Answers the view with `mailed`, the number of mails
 * queued (a reviewer without any address is counted out and named in the audit entry).
 *
 * Throws NOT_FOUND (call), UNAUTHENTICATED, FORBIDDEN (not the agency's officer),
 * VALIDATION_FAILED (nothing to publish yet), ASSIGNMENT_PUBLISHED (already published) and
 * ASSIGNMENT_HAS_VIOLATIONS with every violation.
 */
export async function publishAssignment(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { callCode: string; agency: string; publicUrl: string },
): Promise<AssignmentView> {
  await loadTokenizer();
  return ctx.db.transaction().execute(async (tx) => {
    const loaded = await loadAssignmentSide(tx, actor, input);
    const { side } = loaded;
    const assignment = await lockDraftAssignment(tx, side, 'publish');
    const pairs = pairRefs(loaded, await listAssignmentPairs(tx, assignment.id));
    const violations = violationsOf(loaded, pairs, assignment.perProposal);
    if (violations.length > 0) {
      throw new AppError('ASSIGNMENT_HAS_VIOLATIONS', { params: { call: side.callCode, agency: side.agencyCode, count: violations.length }, issues: violations.map(violationIssue) });
    }
    const now = ctx.clock.now();
    const by = actorLabel(loaded.actor);
    await markAssignmentPublished(tx, assignment.id, { publishedBy: by, publishedAt: now });

    // A reviewer without an account of their own reads the agency's language.
    const fallbackLanguage = languageForCountry(side.agencyCountry);
    const proposalsByRef = new Map(loaded.proposals.map((proposal) => [proposal.ref, proposal]));
    let mailed = 0;
    const withoutAddress: string[] = [];
    for (const reviewer of loaded.reviewers) {
      const refs = pairs.filter((pair) => pair.reviewer === reviewer.personRef).map((pair) => pair.proposal).sort();
      if (refs.length === 0) continue;
      if (!reviewer.email) {
        withoutAddress.push(reviewer.personRef);
        continue;
      }
      const language = reviewer.language ?? fallbackLanguage;
      const proposalList = refs.map((ref) => `- ${ref}: ${pickText(proposalsByRef.get(ref)?.title ?? {}, language)}`).join('\n');
      await enqueueMail(tx, {
        to: reviewer.email,
        template: 'review_assignment',
        language,
        params: {
          reviewerName: pickText(reviewer.name, language) || reviewer.personRef,
          callTitle: pickText(side.callTitle, language) || side.callCode,
          agency: side.agencyCode,
          proposalCount: refs.length,
          proposalList,
          reviewUrl: reviewsUrl(input.publicUrl),
        },
        at: now,
      });
      mailed++;
    }
    await appendAudit(tx, {
      at: now,
      actor: by,
      action: 'assignment.publish',
      subjectType: 'assignment',
      subject: `${side.callCode}/${side.agencyCode}`,
      changes: { pairs: pairs.length, objective: assignment.objective, mailed, withoutAddress },
    });
    return { ...(await buildAssignmentView(tx, loaded)), mailed };
  });
}
