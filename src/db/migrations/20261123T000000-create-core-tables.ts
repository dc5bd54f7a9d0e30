import { sql, type Kysely } from 'kysely';

/**
 * The core of the interchange bundle: agencies, organisations, people, programmes, calls with
 * their sides, proposals with their teams, reviewers and reviews; plus users, sessions and the
 * audit log. Money is bigint minor units with a char(3) currency; instants are timestamptz.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agencies')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name_en', 'text')
    .addColumn('name_ja', 'text')
    .addColumn('country', sql`char(2)`, (col) => col.notNull())
    .addColumn('currency', sql`char(3)`, (col) => col.notNull())
    .addColumn('timezone', 'text', (col) => col.notNull())
    .addColumn('fiscal_year_start', sql`char(5)`, (col) => col.notNull())
    .addColumn('fiscal_year_label', 'text', (col) => col.notNull().defaultTo('start').check(sql`fiscal_year_label in ('start', 'end')`))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('public_funder', 'research_organisation', 'private')`))
    .addColumn('ror', 'text')
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('ref', 'text', (col) => col.notNull().unique())
    .addColumn('name_en', 'text')
    .addColumn('name_ja', 'text')
    .addColumn('country', sql`char(2)`, (col) => col.notNull())
    .addColumn('ror', 'text')
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('ref', 'text', (col) => col.notNull().unique())
    .addColumn('name_en', 'text')
    .addColumn('name_ja', 'text')
    .addColumn('email', 'text')
    .addColumn('orcid', 'text')
    .addColumn('phd_year', 'integer')
    .execute();

  await db.schema
    .createTable('affiliations')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('person_id', 'bigint', (col) => col.notNull().references('people.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('organisation_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('from_date', 'date', (col) => col.notNull())
    .addColumn('to_date', 'date')
    .execute();
  await db.schema.createIndex('affiliations_person_idx').on('affiliations').column('person_id').execute();

  await db.schema
    .createTable('programmes')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('agency_id', 'bigint', (col) => col.notNull().references('agencies.id'))
    .addColumn('name_en', 'text')
    .addColumn('name_ja', 'text')
    .execute();

  await db.schema
    .createTable('calls')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('programme_id', 'bigint', (col) => col.notNull().references('programmes.id'))
    .addColumn('title_en', 'text')
    .addColumn('title_ja', 'text')
    .addColumn('description_en', 'text')
    .addColumn('description_ja', 'text')
    .addColumn('modality', 'text', (col) =>
      col.notNull().check(sql`modality in ('single_agency', 'joint_call', 'co_funding', 'twinning', 'lead_agency')`),
    )
    .addColumn('fields', sql`text[]`, (col) => col.notNull())
    .addColumn('opens_at', 'timestamptz', (col) => col.notNull())
    .addColumn('duration_min_months', 'integer')
    .addColumn('duration_max_months', 'integer')
    .addColumn('reviews_per_proposal', 'integer')
    .addColumn('coi_institution_years', 'integer')
    .addColumn('coi_coauthor_years', 'integer')
    .addColumn('rules', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();

  await db.schema
    .createTable('call_sides')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('call_id', 'bigint', (col) => col.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('lead', 'partner')`))
    // A side is either one agency or a list of accepted funders (ASPIRE's partner side).
    .addColumn('agency_id', 'bigint', (col) => col.references('agencies.id'))
    .addColumn('accepted_agency_ids', sql`bigint[]`)
    .addColumn('deadline_at', 'timestamptz')
    .addColumn('is_reviewing', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('budget_total_amount', 'bigint')
    .addColumn('budget_total_currency', sql`char(3)`)
    .addColumn('cap_amount', 'bigint')
    .addColumn('cap_currency', sql`char(3)`)
    .addUniqueConstraint('call_sides_position_uq', ['call_id', 'position'])
    .execute();

  await db.schema
    .createTable('call_criteria')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('call_id', 'bigint', (col) => col.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text')
    .addColumn('name_ja', 'text')
    .addColumn('weight', 'double precision', (col) => col.notNull())
    .addColumn('scale_min', 'integer', (col) => col.notNull())
    .addColumn('scale_max', 'integer', (col) => col.notNull())
    .addUniqueConstraint('call_criteria_code_uq', ['call_id', 'code'])
    .execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('ref', 'text', (col) => col.notNull().unique())
    .addColumn('call_id', 'bigint', (col) => col.notNull().references('calls.id'))
    .addColumn('field', 'text', (col) => col.notNull())
    .addColumn('title_en', 'text')
    .addColumn('title_ja', 'text')
    .addColumn('abstract_en', 'text')
    .addColumn('abstract_ja', 'text')
    .addColumn('keywords', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('duration_months', 'integer')
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('draft', 'submitted', 'withdrawn', 'ineligible')`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decision', 'text', (col) => col.check(sql`decision in ('selected', 'rejected', 'waitlisted')`))
    // The partner team's country and first funding agency (INTERCHANGE.md), kept with the
    // proposal by the one write path (upsertProposals): statistics and list filters read them
    // on every request, and deriving them from teams each time cost 3x on 20,000 proposals.
    .addColumn('partner_country', sql`char(2)`)
    .addColumn('partner_agency_id', 'bigint', (col) => col.references('agencies.id'))
    .execute();
  await db.schema.createIndex('proposals_call_idx').on('proposals').columns(['call_id', 'ref']).execute();

  await db.schema
    .createTable('proposal_teams')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('lead', 'partner')`))
    .addColumn('agency_id', 'bigint', (col) => col.references('agencies.id'))
    .addColumn('country', sql`char(2)`, (col) => col.notNull())
    .addColumn('pi_person_id', 'bigint', (col) => col.notNull().references('people.id'))
    .addColumn('member_person_ids', sql`bigint[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addUniqueConstraint('proposal_teams_position_uq', ['proposal_id', 'position'])
    .execute();
  await db.schema.createIndex('proposal_teams_pi_idx').on('proposal_teams').column('pi_person_id').execute();

  await db.schema
    .createTable('team_budget_lines')
    .addColumn('team_id', 'bigint', (col) => col.notNull().references('proposal_teams.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('fiscal_year', 'integer', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('currency', sql`char(3)`, (col) => col.notNull())
    .addPrimaryKeyConstraint('team_budget_lines_pk', ['team_id', 'position'])
    .execute();

  await db.schema
    .createTable('team_funding')
    .addColumn('team_id', 'bigint', (col) => col.notNull().references('proposal_teams.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('agency_id', 'bigint', (col) => col.notNull().references('agencies.id'))
    .addColumn('grant_id', 'text')
    .addPrimaryKeyConstraint('team_funding_pk', ['team_id', 'position'])
    .execute();

  await db.schema
    .createTable('exchanges')
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('person_id', 'bigint', (col) => col.notNull().references('people.id'))
    .addColumn('from_country', sql`char(2)`, (col) => col.notNull())
    .addColumn('to_country', sql`char(2)`, (col) => col.notNull())
    .addColumn('months', 'integer', (col) => col.notNull())
    .addColumn('purpose_en', 'text')
    .addColumn('purpose_ja', 'text')
    .addPrimaryKeyConstraint('exchanges_pk', ['proposal_id', 'position'])
    .execute();

  await db.schema
    .createTable('reviewers')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('person_id', 'bigint', (col) => col.notNull().references('people.id'))
    .addColumn('agency_id', 'bigint', (col) => col.notNull().references('agencies.id'))
    .addColumn('fields', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('keywords', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('min_load', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('max_load', 'integer', (col) => col.notNull().defaultTo(6))
    .addUniqueConstraint('reviewers_person_agency_uq', ['person_id', 'agency_id'])
    .execute();

  await db.schema
    .createTable('publications')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('reviewer_id', 'bigint', (col) => col.notNull().references('reviewers.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('doi', 'text')
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('author_person_ids', sql`bigint[]`, (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('declared_conflicts')
    .addColumn('reviewer_id', 'bigint', (col) => col.notNull().references('reviewers.id').onDelete('cascade'))
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('declared_conflicts_pk', ['reviewer_id', 'proposal_id'])
    .execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'bigint', (col) => col.notNull().references('reviewers.id').onDelete('cascade'))
    .addColumn('scores', 'jsonb', (col) => col.notNull())
    .addColumn('confidence', 'integer')
    .addColumn('comment_en', 'text')
    .addColumn('comment_ja', 'text')
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('draft', 'submitted')`))
    .addUniqueConstraint('reviews_pair_uq', ['proposal_id', 'reviewer_id'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('display_name_en', 'text')
    .addColumn('display_name_ja', 'text')
    .addColumn('locale', 'text', (col) => col.notNull().defaultTo('en').check(sql`locale in ('en', 'ja')`))
    .addColumn('person_id', 'bigint', (col) => col.references('people.id'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'bigint', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('agency_id', 'bigint', (col) => col.references('agencies.id'))
    .execute();
  await db.schema.createIndex('user_roles_user_idx').on('user_roles').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    // The cookie carries a random token; only its SHA-256 is stored, so a leaked table grants nothing.
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'bigint', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('subject_type', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('changes', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  // Agencies must be able to answer who decided what: the log is append-only in the database
  // itself, whatever code runs against it.
  await sql`create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only: entries are never updated or deleted'; end $$`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_is_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger audit_log_append_only on audit_log`.execute(db);
  await sql`drop function audit_log_is_append_only()`.execute(db);
  for (const table of [
    'audit_log',
    'sessions',
    'user_roles',
    'users',
    'reviews',
    'declared_conflicts',
    'publications',
    'reviewers',
    'exchanges',
    'team_funding',
    'team_budget_lines',
    'proposal_teams',
    'proposals',
    'call_criteria',
    'call_sides',
    'calls',
    'programmes',
    'affiliations',
    'people',
    'organisations',
    'agencies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
