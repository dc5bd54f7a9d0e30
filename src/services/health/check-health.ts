import { sql } from 'kysely';
import type { ServiceContext } from '../service-context.js';

/** True when the database answers a trivial query. */
export async function isDatabaseHealthy(ctx: ServiceContext): Promise<boolean> {
  try {
    await sql`select 1`.execute(ctx.db);
    return true;
  } catch {
    return false;
  }
}
