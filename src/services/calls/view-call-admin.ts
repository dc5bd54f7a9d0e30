import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { CallAdminView } from '../../contracts/call-admin.schemas.js';
import type { ServiceContext } from '../service-context.js';
import { buildCallAdminView, callAccessSubject, requireCall } from './call-admin-shared.js';

/**
 * A call as its officers manage it: status, approvals with who and when, deadline extensions,
 * and what the actor may do next. Throws UNAUTHENTICATED, NOT_FOUND, or FORBIDDEN (a draft is
 * seen only by the staff of its side agencies).
 */
export async function viewCallAdmin(ctx: ServiceContext, actor: Actor | null, code: string): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.list' });
  const stored = await requireCall(ctx.db, code);
  assertCan(actor, { type: 'call.view', call: callAccessSubject(stored.call) });
  return buildCallAdminView(ctx.db, actor, stored, ctx.clock.now());
}
