import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { Executor } from '../../db/database.js';
import { findPersonByRef, listReviewers, type PersonRow, type StoredReviewer } from '../../db/repositories/pool.repository.js';
import { invalid, problem } from './pool-support.js';

/**
 * The signed-in person's entries in reviewer pools. Throws UNAUTHENTICATED, and FORBIDDEN when
 * the user is not a person in any pool (an applicant, a staff member without a person).
 */
export async function ownPoolEntries(db: Executor, actor: Actor | null): Promise<{ actor: Actor; person: PersonRow; entries: StoredReviewer[] }> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  const person = actor.kind === 'user' && actor.personRef ? await findPersonByRef(db, actor.personRef) : undefined;
  const entries = person ? await listReviewers(db, { personId: person.id }) : [];
  if (!person || entries.length === 0) throw new AppError('FORBIDDEN', { params: { action: 'reviewer.self' } });
  for (const entry of entries) assertCan(actor, { type: 'reviewer.self', agency: entry.agency, personRef: person.ref });
  return { actor, person, entries };
}

/**
 * The pool entry a reviewer's request is about: the one named by `agency`, or the only one.
 * Throws FORBIDDEN (not in that pool) and VALIDATION_FAILED (several pools and none named).
 */
export function pickEntry(entries: readonly StoredReviewer[], agency: string | undefined): StoredReviewer {
  if (agency !== undefined) {
    const entry = entries.find((candidate) => candidate.agency === agency);
    if (!entry) throw new AppError('FORBIDDEN', { params: { action: 'reviewer.self' } });
    return entry;
  }
  const [only] = entries;
  if (entries.length > 1 || !only) throw invalid([problem('agency', 'agency_choice', { agencies: entries.map((entry) => entry.agency).join(', ') })]);
  return only;
}
