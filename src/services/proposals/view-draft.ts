import type { Actor } from '../../domain/access/actor.js';
import type { DraftView } from '../../contracts/proposal-editor.schemas.js';
import type { ServiceContext } from '../service-context.js';
import { buildDraftView, loadDraftFor } from './draft-support.js';

/**
 * A proposal as its editor shows it: content, people, what the actor may edit, the version,
 * live eligibility, the receipt once submitted. Officers of the call see it read-only.
 * Throws UNAUTHENTICATED and NOT_FOUND (also when the actor may not see the proposal).
 */
export async function viewDraft(ctx: ServiceContext, actor: Actor | null, ref: string): Promise<DraftView> {
  const loaded = await loadDraftFor(ctx.db, actor, ref);
  return buildDraftView(ctx.db, loaded, ctx.clock.now());
}
