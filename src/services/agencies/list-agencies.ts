import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import type { Agency } from '../../domain/model.js';
import { listAgencies } from '../../db/repositories/agency.repository.js';
import type { ServiceContext } from '../service-context.js';

/** Every agency (reference data every signed-in user may read). Throws UNAUTHENTICATED without an actor. */
export async function listAllAgencies(ctx: ServiceContext, actor: Actor | null): Promise<Agency[]> {
  if (actor === null) throw new AppError('UNAUTHENTICATED');
  return listAgencies(ctx.db);
}
