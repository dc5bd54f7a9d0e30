import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { DomainBundle } from '../../domain/model.js';
import { toIsoInZone } from '../../domain/time.js';
import { BUNDLE_FORMAT } from '../../contracts/bundle.schemas.js';
import { readBundle } from '../../db/repositories/bundle-reader.repository.js';
import type { ServiceContext } from '../service-context.js';

export type ExportedBundle = { format: typeof BUNDLE_FORMAT } & DomainBundle;

/**
 * Reads a bundle that `importBundle` takes back without loss: everything, or one call with
 * all it names. Instants are written in the time zone of the agency they belong to (a side's
 * deadline in its agency's zone), so a file reads as the agencies wrote it.
 * Throws NOT_FOUND for an unknown call code.
 */
export async function exportBundle(ctx: ServiceContext, actor: Actor | null, options: { callCode: string | null }): Promise<ExportedBundle> {
  assertCan(actor, { type: 'bundle.export' });
  const bundle = await readBundle(ctx.db, { callCode: options.callCode });
  if (!bundle) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: options.callCode ?? '' } });
  return { format: BUNDLE_FORMAT, ...inAgencyZones(bundle) };
}

function inAgencyZones(bundle: DomainBundle): DomainBundle {
  const zoneOf = new Map(bundle.agencies.map((agency) => [agency.code, agency.timezone]));
  const zone = (agency: string | null | undefined): string => (agency ? zoneOf.get(agency) : undefined) ?? 'UTC';
  const render = (instant: string, timezone: string): string => toIsoInZone(new Date(instant), timezone);
  const callZone = new Map<string, string>();
  const calls = bundle.calls.map((call) => {
    const lead = call.sides.find((side) => side.role === 'lead') ?? call.sides[0];
    const leadZone = zone(lead?.agency ?? lead?.agencies?.[0]);
    callZone.set(call.code, leadZone);
    return {
      ...call,
      opens: render(call.opens, leadZone),
      sides: call.sides.map((side) => (side.deadline ? { ...side, deadline: render(side.deadline, zone(side.agency ?? side.agencies?.[0])) } : side)),
    };
  });
  const proposals = bundle.proposals.map((proposal) => {
    if (!proposal.submittedAt) return proposal;
    const leadTeam = proposal.teams.find((team) => team.role === 'lead');
    const timezone = leadTeam?.agency ? zone(leadTeam.agency) : (callZone.get(proposal.call) ?? 'UTC');
    return { ...proposal, submittedAt: render(proposal.submittedAt, timezone) };
  });
  return { ...bundle, calls, proposals };
}
