import { findProposalVersion, listProposalVersions, type ProposalVersionSummary } from '../../db/repositories/proposal-draft.repository.js';
import type { Actor } from '../../domain/access/actor.js';
import { AppError } from '../../domain/app-error.js';
import type { VersionDetail, VersionSummary } from '../../contracts/proposal-editor.schemas.js';
import type { ServiceContext } from '../service-context.js';
import { loadDraftFor } from './draft-support.js';

function summary(version: ProposalVersionSummary): VersionSummary {
  return {
    version: version.version,
    kind: version.kind,
    savedAt: version.savedAt.toISOString(),
    savedBy: version.savedBy ? { email: version.savedBy.email, name: version.savedBy.name } : null,
  };
}

/**
 * Every saved version of a proposal, newest first, with who saved it and when.
 * Throws UNAUTHENTICATED and NOT_FOUND (also when the actor may not see the proposal).
 */
export async function listVersions(ctx: ServiceContext, actor: Actor | null, ref: string): Promise<VersionSummary[]> {
  const { stored } = await loadDraftFor(ctx.db, actor, ref);
  return (await listProposalVersions(ctx.db, stored.state.id)).map(summary);
}

/**
 * One saved version with the proposal's content as it was then.
 * Throws UNAUTHENTICATED and NOT_FOUND (no such proposal or version, or not visible to the actor).
 */
export async function viewVersion(ctx: ServiceContext, actor: Actor | null, input: { ref: string; version: number }): Promise<VersionDetail> {
  const { stored } = await loadDraftFor(ctx.db, actor, input.ref);
  const found = await findProposalVersion(ctx.db, stored.state.id, input.version);
  if (!found) throw new AppError('NOT_FOUND', { params: { kind: 'proposal', key: `${input.ref} v${input.version}` } });
  return { ...summary(found), content: found.content };
}
