import type { Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { buildDemoBundle } from '../../demo/demo-bundle.js';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../../demo/demo-users.js';
import { countCalls } from '../../db/repositories/call.repository.js';
import { findUserByEmail, insertUser } from '../../db/repositories/user.repository.js';
import { hashPassword } from '../auth/password.js';
import { importParsedBundle, parseBundle, type ImportCounts } from '../bundle/import-bundle.js';
import type { ServiceContext } from '../service-context.js';

export type DemoOutcome = { counts: ImportCounts; usersCreated: number; users: DemoUser[]; password: string };

/**
 * Loads the demo (the ASPIRE FY2022 trial and a SICORP JST–ANR joint call) and its sign-ins in
 * one transaction. Idempotent: the bundle is upserted and existing users are left alone.
 */
export async function loadDemo(ctx: ServiceContext, actor: Actor): Promise<DemoOutcome> {
  assertCan(actor, { type: 'bundle.import' });
  const bundle = parseBundle(buildDemoBundle());
  // Hashing is slow on purpose; do it before the transaction so no lock is held meanwhile.
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  return ctx.db.transaction().execute(async (tx) => {
    const counts = await importParsedBundle(tx, ctx.clock, actor, bundle);
    let usersCreated = 0;
    for (const [index, user] of DEMO_USERS.entries()) {
      if (await findUserByEmail(tx, user.email)) continue;
      await insertUser(tx, { email: user.email, passwordHash: hashes[index] ?? '', displayName: user.displayName, locale: user.locale, personRef: user.person, roles: user.roles });
      usersCreated++;
    }
    return { counts, usersCreated, users: DEMO_USERS, password: DEMO_PASSWORD };
  });
}

/** Whether the database holds no call yet (`npm start` then loads the demo). */
export async function isDatabaseEmpty(ctx: ServiceContext): Promise<boolean> {
  return (await countCalls(ctx.db)) === 0;
}

/** The demo sign-ins that exist in this database, for `npm start` to print. */
export async function demoSignIns(ctx: ServiceContext): Promise<Array<{ email: string; password: string; roles: string }>> {
  const present: Array<{ email: string; password: string; roles: string }> = [];
  for (const user of DEMO_USERS) {
    if (!(await findUserByEmail(ctx.db, user.email))) continue;
    present.push({ email: user.email, password: DEMO_PASSWORD, roles: user.roles.map((grant) => (grant.agency ? `${grant.role} (${grant.agency})` : grant.role)).join(', ') });
  }
  return present;
}
