import { AppError } from '../../domain/app-error.js';
import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { countProposalsBy, type ReportDimension } from '../../db/repositories/proposal-report.repository.js';
import { findCallAccess } from '../../db/repositories/call.repository.js';
import type { ServiceContext } from '../service-context.js';

export type ProposalReport = {
  call: string;
  by: ReportDimension[];
  rows: Array<Record<string, string | number | null>>;
  total: { proposals: number; selected: number };
};

/**
 * Counts a call's proposals and selections grouped by up to three dimensions. Throws NOT_FOUND
 * for an unknown call and FORBIDDEN for an actor without access to the call's statistics.
 */
export async function reportProposals(
  ctx: ServiceContext,
  actor: Actor | null,
  options: { callCode: string; by: ReportDimension[] },
): Promise<ProposalReport> {
  const call = await findCallAccess(ctx.db, options.callCode);
  if (!call) throw new AppError('NOT_FOUND', { params: { kind: 'call', key: options.callCode } });
  assertCan(actor, { type: 'report.view', call });
  const counted = await countProposalsBy(ctx.db, call.id, options.by);
  const rows = counted.map((row) => {
    const entry: Record<string, string | number | null> = {};
    options.by.forEach((dimension, index) => {
      entry[dimension] = row.values[index] ?? null;
    });
    entry.proposals = row.proposals;
    entry.selected = row.selected;
    return entry;
  });
  return {
    call: call.code,
    by: options.by,
    rows,
    total: {
      proposals: counted.reduce((sum, row) => sum + row.proposals, 0),
      selected: counted.reduce((sum, row) => sum + row.selected, 0),
    },
  };
}
