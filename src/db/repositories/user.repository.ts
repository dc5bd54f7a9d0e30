import type { RoleGrant } from '../../domain/access/actor.js';
import type { Executor } from '../database.js';

export type UserRecord = {
  id: number;
  email: string;
  passwordHash: string;
  displayName: { en: string | null; ja: string | null };
  locale: 'en' | 'ja';
  personRef: string | null;
  roles: RoleGrant[];
};

export type NewUser = {
  email: string;
  passwordHash: string;
  displayName: { en: string | null; ja: string | null };
  locale: 'en' | 'ja';
  personRef: string | null;
  roles: RoleGrant[];
};

function selectUsers(db: Executor) {
  return db
    .selectFrom('users')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select(['users.id', 'users.email', 'users.password_hash', 'users.display_name_en', 'users.display_name_ja', 'users.locale', 'people.ref as person_ref']);
}

/** The user with this email (compared case-insensitively), with their roles, or null. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRecord | null> {
  const row = await selectUsers(db)
    .where((eb) => eb(eb.fn('lower', ['users.email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row ? withRoles(db, row) : null;
}

/** The user with this id, or null. */
export async function findUserById(db: Executor, id: number): Promise<UserRecord | null> {
  const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
  return row ? withRoles(db, row) : null;
}

async function withRoles(
  db: Executor,
  row: { id: number; email: string; password_hash: string; display_name_en: string | null; display_name_ja: string | null; locale: 'en' | 'ja'; person_ref: string | null },
): Promise<UserRecord> {
  const roles = await db
    .selectFrom('user_roles')
    .leftJoin('agencies', 'agencies.id', 'user_roles.agency_id')
    .select(['user_roles.role', 'agencies.code'])
    .where('user_roles.user_id', '=', row.id)
    .orderBy('user_roles.role')
    .execute();
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    displayName: { en: row.display_name_en, ja: row.display_name_ja },
    locale: row.locale,
    personRef: row.person_ref,
    roles: roles.map((role) => ({ role: role.role as RoleGrant['role'], agency: role.code ?? null })),
  };
}

/** Creates a user with roles; returns the new id. */
export async function insertUser(db: Executor, user: NewUser): Promise<number> {
  const person = user.personRef
    ? await db.selectFrom('people').select('id').where('ref', '=', user.personRef).executeTakeFirst()
    : undefined;
  const { id } = await db
    .insertInto('users')
    .values({
      email: user.email,
      password_hash: user.passwordHash,
      display_name_en: user.displayName.en,
      display_name_ja: user.displayName.ja,
      locale: user.locale,
      person_id: person?.id ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const grant of user.roles) {
    const agency = grant.agency ? await db.selectFrom('agencies').select('id').where('code', '=', grant.agency).executeTakeFirst() : undefined;
    await db.insertInto('user_roles').values({ user_id: id, role: grant.role, agency_id: agency?.id ?? null }).execute();
  }
  return id;
}

/** Sets a user's interface language. */
export async function updateUserLocale(db: Executor, userId: number, locale: 'en' | 'ja'): Promise<void> {
  await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}

/** How many users exist (the demo loads only once). */
export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}
