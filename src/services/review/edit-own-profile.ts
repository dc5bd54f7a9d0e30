import { actorLabel, type Actor } from '../../domain/access/actor.js';
import type { OwnProfileOut, UpdateOwnProfileBody } from '../../contracts/pool.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { listReviewers } from '../../db/repositories/pool.repository.js';
import type { Executor } from '../../db/database.js';
import type { ServiceContext } from '../service-context.js';
import { ownPoolEntries, pickEntry } from './own-pool-entry.js';
import { toReviewerOut } from './pool-support.js';
import { applyReviewerChanges } from './update-reviewer.js';

async function profileOf(db: Executor, person: { id: number; ref: string; nameEn: string | null; nameJa: string | null; orcid: string | null }): Promise<OwnProfileOut> {
  const entries = await listReviewers(db, { personId: person.id });
  return { person: person.ref, name: { en: person.nameEn, ja: person.nameJa }, orcid: person.orcid, pools: entries.map(toReviewerOut) };
}

/** The signed-in reviewer's profile in every pool they belong to. Throws UNAUTHENTICATED and FORBIDDEN. */
export async function viewOwnProfile(ctx: ServiceContext, actor: Actor | null): Promise<OwnProfileOut> {
  const { person } = await ownPoolEntries(ctx.db, actor);
  return profileOf(ctx.db, person);
}

/**
 * A reviewer changes their own fields, keywords, publications and affiliations. Not their
 * loads: those are the agency's workload decision that the assignment relies on, so the
 * contract has no load fields and only officers change them. Audited. Throws UNAUTHENTICATED,
 * FORBIDDEN (not in the pool) and VALIDATION_FAILED.
 */
export async function editOwnProfile(ctx: ServiceContext, actor: Actor | null, body: UpdateOwnProfileBody): Promise<OwnProfileOut> {
  return ctx.db.transaction().execute(async (tx) => {
    const { actor: reviewer, person, entries } = await ownPoolEntries(tx, actor);
    const entry = pickEntry(entries, body.agency);
    const changes = await applyReviewerChanges(tx, entry, { fields: body.fields, keywords: body.keywords, publications: body.publications, affiliations: body.affiliations });
    await appendAudit(tx, { at: ctx.clock.now(), actor: actorLabel(reviewer), action: 'pool.profile_edited', subjectType: 'reviewer', subject: `${entry.agency}:${person.ref}`, changes });
    return profileOf(tx, person);
  });
}
