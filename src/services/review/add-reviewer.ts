import type { ValidationIssue } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { isValidOrcid } from '../../domain/orcid.js';
import type { AddReviewerBody, ReviewerOut } from '../../contracts/pool.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findPersonByOrcid, findPersonByRef, findReviewerId, insertPerson, insertReviewer, type PersonRow } from '../../db/repositories/pool.repository.js';
import type { Executor } from '../../db/database.js';
import type { ServiceContext } from '../service-context.js';
import { cleanKeywords, invalid, loadIssues, problem, requireAgency, requireReviewer, toReviewerOut } from './pool-support.js';

/**
 * Finds the person to add: by ref, by ORCID iD, or creates one from an ORCID iD and a name.
 * The new person's ref is derived from the ORCID iD, which is unique per researcher.
 */
async function personToAdd(db: Executor, body: AddReviewerBody, issues: ValidationIssue[]): Promise<{ person: PersonRow | null; created: boolean }> {
  if (body.person) {
    const person = await findPersonByRef(db, body.person);
    if (!person) issues.push(problem('person', 'person_unknown', { ref: body.person }));
    else if (body.orcid && person.orcid && person.orcid !== body.orcid) issues.push(problem('orcid', 'orcid_mismatch', { ref: body.person, orcid: person.orcid }));
    return { person: person ?? null, created: false };
  }
  if (!body.orcid) {
    issues.push(problem('person', 'person_required'));
    return { person: null, created: false };
  }
  // The contract checked the checksum; the domain rule is the one source of what a valid iD is.
  if (!isValidOrcid(body.orcid)) {
    issues.push(problem('orcid', 'orcid_invalid', { orcid: body.orcid }));
    return { person: null, created: false };
  }
  const known = await findPersonByOrcid(db, body.orcid);
  if (known) return { person: known, created: false };
  const nameEn = body.name?.en?.trim() || null;
  const nameJa = body.name?.ja?.trim() || null;
  if (!nameEn && !nameJa) {
    issues.push(problem('name', 'name_required', { orcid: body.orcid }));
    return { person: null, created: false };
  }
  return { person: await insertPerson(db, { ref: `orcid.${body.orcid}`, nameEn, nameJa, orcid: body.orcid }), created: true };
}

/**
 * Adds a reviewer to an agency's pool: an existing person (by ref or ORCID iD) or a new person
 * (ORCID iD and name). Audited. Throws UNAUTHENTICATED, FORBIDDEN (not an officer of the agency),
 * NOT_FOUND (no such agency) and VALIDATION_FAILED (unknown person, bad loads, already in the pool).
 */
export async function addReviewer(ctx: ServiceContext, actor: Actor | null, options: { agency: string; body: AddReviewerBody }): Promise<ReviewerOut> {
  assertCan(actor, { type: 'pool.manage', agency: options.agency });
  const { body } = options;
  return ctx.db.transaction().execute(async (tx) => {
    const agency = await requireAgency(tx, options.agency);
    const issues: ValidationIssue[] = [...loadIssues(body.minLoad, body.maxLoad)];
    const { person, created } = await personToAdd(tx, body, issues);
    if (person && (await findReviewerId(tx, agency.id, person.id)) !== undefined) issues.push(problem('person', 'already_in_pool', { person: person.ref, agency: agency.code }));
    if (issues.length > 0 || !person) throw invalid(issues);
    const keywords = cleanKeywords(body.keywords);
    const fields = [...new Set(body.fields)];
    await insertReviewer(tx, { agencyId: agency.id, personId: person.id, fields, keywords, minLoad: body.minLoad, maxLoad: body.maxLoad });
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: actorLabel(actor),
      action: 'pool.reviewer_added',
      subjectType: 'reviewer',
      subject: `${agency.code}:${person.ref}`,
      changes: { person: person.ref, orcid: person.orcid, createdPerson: created, fields, keywords, minLoad: body.minLoad, maxLoad: body.maxLoad },
    });
    return toReviewerOut(await requireReviewer(tx, agency, person.ref));
  });
}
