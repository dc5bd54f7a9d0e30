import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan, can, type CallAccessSubject } from '../../domain/access/policies.js';
import { matchesCallFilter, type CallFilter } from '../../domain/calls/call-filter.js';
import { listAgencies } from '../../db/repositories/agency.repository.js';
import { listCallViews, type CallView } from '../../db/repositories/call.repository.js';
import { searchCallCodes } from '../../db/repositories/search.repository.js';
import { textQueryFor } from '../search/text-query.js';
import type { ServiceContext } from '../service-context.js';

/** The agencies that run a call are those of its sides that name one agency (not lists of accepted funders). */
function callSubject(call: CallView): CallAccessSubject {
  // The status lets the rules hide drafts from everyone but the staff of their side agencies.
  return { modality: call.modality, sideAgencies: call.sides.filter((side) => side.agencies.length === 1).flatMap((side) => side.agencies), status: call.status };
}

/**
 * The calls the actor may see, newest first, narrowed by the filter (state, field, agency,
 * partner country, deadline window); with `q`, only those matching its words (either
 * language), most relevant first. Throws UNAUTHENTICATED without an actor.
 */
export async function listCalls(ctx: ServiceContext, actor: Actor | null, options: { q?: string | undefined; filter?: CallFilter } = {}): Promise<CallView[]> {
  assertCan(actor, { type: 'call.list' });
  const textQuery = await textQueryFor(options.q);
  if (textQuery === null) return [];
  const countries = new Map((await listAgencies(ctx.db)).map((agency) => [agency.code, agency.country]));
  const filter = options.filter ?? {};
  const calls = (await listCallViews(ctx.db)).filter(
    (call) => can(actor, { type: 'call.view', call: callSubject(call) }) && matchesCallFilter(call, filter, (agency) => countries.get(agency)),
  );
  if (textQuery === undefined) return calls;
  const ranked = await searchCallCodes(ctx.db, textQuery);
  const byCode = new Map(calls.map((call) => [call.code, call]));
  return ranked.flatMap((code) => byCode.get(code) ?? []);
}

/** One call; throws NOT_FOUND or FORBIDDEN. */
export async function viewCall(ctx: ServiceContext, actor: Actor | null, code: string): Promise<CallView> {
  const [call] = await listCallViews(ctx.db, code);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: code } });
  assertCan(actor, { type: 'call.view', call: callSubject(call) });
  return call;
}
