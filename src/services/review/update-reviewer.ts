import type { ValidationIssue } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { AffiliationIn, PublicationIn, ReviewerOut, UpdateReviewerBody } from '../../contracts/pool.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { replaceAffiliations, replacePublications, updateReviewerRow, type StoredReviewer } from '../../db/repositories/pool.repository.js';
import type { Executor } from '../../db/database.js';
import type { ServiceContext } from '../service-context.js';
import { cleanKeywords, invalid, loadIssues, requireAgency, requireReviewer, resolveAffiliations, resolvePublications, toReviewerOut } from './pool-support.js';

export type ReviewerChanges = {
  fields?: string[];
  keywords?: string[];
  minLoad?: number;
  maxLoad?: number;
  publications?: PublicationIn[];
  affiliations?: AffiliationIn[];
};

/**
 * Checks and writes changes to a stored reviewer: loads stay ordered (the new values against
 * the stored ones), publication authors and affiliation organisations must name people and
 * organisations in the platform. Every problem is reported at once; nothing is written then.
 * Returns what changed, for the audit entry. Throws VALIDATION_FAILED.
 */
export async function applyReviewerChanges(db: Executor, reviewer: StoredReviewer, changes: ReviewerChanges): Promise<Record<string, unknown>> {
  const issues: ValidationIssue[] = [...loadIssues(changes.minLoad ?? reviewer.minLoad, changes.maxLoad ?? reviewer.maxLoad)];
  const publications = changes.publications ? await resolvePublications(db, changes.publications) : undefined;
  const affiliations = changes.affiliations ? await resolveAffiliations(db, changes.affiliations) : undefined;
  issues.push(...(publications?.issues ?? []), ...(affiliations?.issues ?? []));
  if (issues.length > 0) throw invalid(issues);

  const audit: Record<string, unknown> = {};
  const keywords = changes.keywords ? cleanKeywords(changes.keywords) : undefined;
  const fields = changes.fields ? [...new Set(changes.fields)] : undefined;
  await updateReviewerRow(db, reviewer.id, { fields, keywords, minLoad: changes.minLoad, maxLoad: changes.maxLoad });
  if (fields) audit.fields = { from: reviewer.fields, to: fields };
  if (keywords) audit.keywords = { from: reviewer.keywords, to: keywords };
  if (changes.minLoad !== undefined) audit.minLoad = { from: reviewer.minLoad, to: changes.minLoad };
  if (changes.maxLoad !== undefined) audit.maxLoad = { from: reviewer.maxLoad, to: changes.maxLoad };
  if (publications && changes.publications) {
    await replacePublications(db, reviewer.id, publications.resolved);
    const before = new Set(reviewer.publications.map((publication) => `${publication.year} ${publication.title}`));
    const after = new Set(publications.resolved.map((publication) => `${publication.year} ${publication.title}`));
    audit.publications = { added: [...after].filter((key) => !before.has(key)), removed: [...before].filter((key) => !after.has(key)), count: after.size };
  }
  if (affiliations && changes.affiliations) {
    await replaceAffiliations(db, reviewer.person.id, affiliations.resolved);
    audit.affiliations = {
      from: reviewer.affiliations.map((affiliation) => `${affiliation.organisation} ${affiliation.from}..${affiliation.to ?? ''}`),
      to: changes.affiliations.map((affiliation) => `${affiliation.organisation} ${affiliation.from}..${affiliation.to ?? ''}`),
    };
  }
  return audit;
}

/**
 * Changes a reviewer of an agency's pool: fields, keywords (either language), loads
 * (minLoad <= maxLoad), publications (the whole list; authors by person ref or ORCID iD) and the
 * person's affiliations. Audited. Throws UNAUTHENTICATED, FORBIDDEN (not an officer of the
 * agency), NOT_FOUND and VALIDATION_FAILED.
 */
export async function updateReviewer(ctx: ServiceContext, actor: Actor | null, options: { agency: string; personRef: string; body: UpdateReviewerBody }): Promise<ReviewerOut> {
  assertCan(actor, { type: 'pool.manage', agency: options.agency });
  return ctx.db.transaction().execute(async (tx) => {
    const agency = await requireAgency(tx, options.agency);
    const reviewer = await requireReviewer(tx, agency, options.personRef);
    const changes = await applyReviewerChanges(tx, reviewer, options.body);
    await appendAudit(tx, { at: ctx.clock.now(), actor: actorLabel(actor), action: 'pool.reviewer_updated', subjectType: 'reviewer', subject: `${agency.code}:${reviewer.person.ref}`, changes });
    return toReviewerOut(await requireReviewer(tx, agency, options.personRef));
  });
}
