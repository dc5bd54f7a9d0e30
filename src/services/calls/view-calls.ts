import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan, can, type CallAccessSubject } from '../../domain/access/policies.js';
import { listCallViews, type CallView } from '../../db/repositories/call.repository.js';
import type { ServiceContext } from '../service-context.js';

/** The agencies that run a call are those of its sides that name one agency (not lists of accepted funders). */
function callSubject(call: CallView): CallAccessSubject {
  return { modality: call.modality, sideAgencies: call.sides.filter((side) => side.agencies.length === 1).flatMap((side) => side.agencies) };
}

/** The calls the actor may see, newest first. Throws UNAUTHENTICATED without an actor. */
export async function listCalls(ctx: ServiceContext, actor: Actor | null): Promise<CallView[]> {
  assertCan(actor, { type: 'call.list' });
  const calls = await listCallViews(ctx.db);
  return calls.filter((call) => can(actor, { type: 'call.view', call: callSubject(call) }));
}

/** One call; throws NOT_FOUND or FORBIDDEN. */
export async function viewCall(ctx: ServiceContext, actor: Actor | null, code: string): Promise<CallView> {
  const [call] = await listCallViews(ctx.db, code);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: code } });
  assertCan(actor, { type: 'call.view', call: callSubject(call) });
  return call;
}
