import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { MailTemplateName } from '../contracts/mail.schemas.js';

/**
 * Row types of every table, as both engines return them after `create-db.ts` sets the parsers:
 * int8 → number (checked safe), date → 'YYYY-MM-DD', timestamptz → Date.
 */
type Id = Generated<number>;
type Instant = ColumnType<Date, Date | string, Date | string>;
type CalendarDate = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface AgenciesTable {
  id: Id;
  code: string;
  name_en: string | null;
  name_ja: string | null;
  country: string;
  currency: string;
  timezone: string;
  fiscal_year_start: string;
  fiscal_year_label: 'start' | 'end';
  kind: 'public_funder' | 'research_organisation' | 'private';
  ror: string | null;
}

export interface OrganisationsTable {
  id: Id;
  ref: string;
  name_en: string | null;
  name_ja: string | null;
  country: string;
  ror: string | null;
}

export interface PeopleTable {
  id: Id;
  ref: string;
  name_en: string | null;
  name_ja: string | null;
  email: string | null;
  orcid: string | null;
  phd_year: number | null;
}

export interface AffiliationsTable {
  id: Id;
  person_id: number;
  position: number;
  organisation_id: number;
  from_date: CalendarDate;
  to_date: CalendarDate | null;
}

export interface ProgrammesTable {
  id: Id;
  code: string;
  agency_id: number;
  name_en: string | null;
  name_ja: string | null;
}

export interface CallsTable {
  id: Id;
  code: string;
  programme_id: number;
  title_en: string | null;
  title_ja: string | null;
  description_en: string | null;
  description_ja: string | null;
  modality: 'single_agency' | 'joint_call' | 'co_funding' | 'twinning' | 'lead_agency';
  fields: string[];
  opens_at: Instant;
  duration_min_months: number | null;
  duration_max_months: number | null;
  reviews_per_proposal: number | null;
  coi_institution_years: number | null;
  coi_coauthor_years: number | null;
  rules: Json<unknown[]>;
  status: ColumnType<CallStatusColumn, CallStatusColumn | undefined, CallStatusColumn>;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

type CallStatusColumn = 'draft' | 'open' | 'closed' | 'under_review' | 'decided' | 'archived';

export interface CallApprovalsTable {
  id: Id;
  call_id: number;
  agency_id: number;
  user_id: number | null;
  approved_by: string;
  approved_at: Instant;
}

export interface CallDeadlineChangesTable {
  id: Id;
  call_id: number;
  side_position: number;
  agency_id: number | null;
  old_deadline_at: Instant | null;
  new_deadline_at: Instant;
  reason: string;
  user_id: number | null;
  changed_by: string;
  changed_at: Instant;
}

export interface CallSidesTable {
  id: Id;
  call_id: number;
  position: number;
  role: 'lead' | 'partner';
  agency_id: number | null;
  accepted_agency_ids: number[] | null;
  deadline_at: Instant | null;
  is_reviewing: boolean;
  budget_total_amount: number | null;
  budget_total_currency: string | null;
  cap_amount: number | null;
  cap_currency: string | null;
}

export interface CallCriteriaTable {
  id: Id;
  call_id: number;
  position: number;
  code: string;
  name_en: string | null;
  name_ja: string | null;
  weight: number;
  scale_min: number;
  scale_max: number;
}

export interface ProposalsTable {
  id: Id;
  ref: string;
  call_id: number;
  field: string;
  title_en: string | null;
  title_ja: string | null;
  abstract_en: string | null;
  abstract_ja: string | null;
  keywords: string[];
  duration_months: number | null;
  status: 'draft' | 'submitted' | 'withdrawn' | 'ineligible';
  submitted_at: Instant | null;
  decision: 'selected' | 'rejected' | 'waitlisted' | null;
  partner_country: string | null;
  partner_agency_id: number | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  version: ColumnType<number, number | undefined, number>;
  receipt_hash: ColumnType<string | null, string | null | undefined, string | null>;
  withdrawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_by_user_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ProposalTeamsTable {
  id: Id;
  proposal_id: number;
  position: number;
  role: 'lead' | 'partner';
  agency_id: number | null;
  country: string;
  pi_person_id: number;
  member_person_ids: number[];
}

export interface TeamBudgetLinesTable {
  team_id: number;
  position: number;
  fiscal_year: number;
  amount: number;
  currency: string;
}

export interface TeamFundingTable {
  team_id: number;
  position: number;
  agency_id: number;
  grant_id: string | null;
}

export interface ExchangesTable {
  proposal_id: number;
  position: number;
  person_id: number;
  from_country: string;
  to_country: string;
  months: number;
  purpose_en: string | null;
  purpose_ja: string | null;
}

export interface ReviewersTable {
  id: Id;
  person_id: number;
  agency_id: number;
  fields: string[];
  keywords: string[];
  min_load: number;
  max_load: number;
}

export interface PublicationsTable {
  id: Id;
  reviewer_id: number;
  position: number;
  doi: string | null;
  year: number;
  title: string;
  author_person_ids: number[];
}

export interface DeclaredConflictsTable {
  reviewer_id: number;
  proposal_id: number;
  reason: string;
  /** Who declared it (actor label); null for conflicts imported from a bundle. */
  declared_by: ColumnType<string | null, string | null | undefined, string | null>;
  declared_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The declarer's own words on why (null for conflicts imported from a bundle). */
  note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An officer's waiver of a detected conflict; the conflict stays listed, marked waived. */
export interface ConflictWaiversTable {
  reviewer_id: number;
  proposal_id: number;
  reason: string;
  waived_by: string;
  waived_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A pair an officer pins into, or forbids from, the next assignment of its agency. */
export interface AssignmentConstraintsTable {
  reviewer_id: number;
  proposal_id: number;
  kind: 'pin' | 'forbid';
  set_by: string;
  set_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The assignment of one agency's reviewers to a call's proposals: a draft until published. */
export interface AssignmentsTable {
  id: Id;
  call_id: number;
  agency_id: number;
  per_proposal: number;
  objective: number;
  status: ColumnType<'draft' | 'published', 'draft' | 'published' | undefined, 'draft' | 'published'>;
  solved_by: string;
  solved_at: Instant;
  edited_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  published_by: string | null;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AssignmentPairsTable {
  assignment_id: number;
  proposal_id: number;
  reviewer_id: number;
  affinity: number;
  source: 'solver' | 'pinned' | 'manual';
}

export interface ReviewsTable {
  id: Id;
  proposal_id: number;
  reviewer_id: number;
  scores: Json<Record<string, number>>;
  confidence: number | null;
  comment_en: string | null;
  comment_ja: string | null;
  status: 'draft' | 'submitted';
  updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  reopened_by: string | null;
  reopened_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: ColumnType<number, number | undefined, number>;
}

export interface UsersTable {
  id: Id;
  email: string;
  password_hash: string;
  display_name_en: string | null;
  display_name_ja: string | null;
  locale: 'en' | 'ja';
  person_id: number | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface UserRolesTable {
  user_id: number;
  role: string;
  agency_id: number | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Instant;
  expires_at: Instant;
}

export interface AuditLogTable {
  id: Id;
  at: Instant;
  actor: string;
  action: string;
  subject_type: string;
  subject: string;
  changes: Json<Record<string, unknown>>;
}

export interface MailOutboxTable {
  id: Id;
  recipient: string;
  template: MailTemplateName;
  language: 'en' | 'ja';
  params: Json<Record<string, string | number>>;
  status: Generated<'pending' | 'sending' | 'sent' | 'failed' | 'logged'>;
  attempts: Generated<number>;
  created_at: Instant;
  due_at: Instant;
  sent_at: Instant | null;
  last_error: string | null;
}

export interface MailAttemptsTable {
  id: Id;
  mail_id: number;
  attempt: number;
  at: Instant;
  outcome: 'sent' | 'error' | 'logged';
  error: string | null;
}

export interface ProposalVersionsTable {
  id: Id;
  proposal_id: number;
  version: number;
  saved_at: Instant;
  saved_by_user_id: number | null;
  kind: 'started' | 'saved' | 'submitted' | 'withdrawn';
  content: Json<unknown>;
}

/** The search index (one row per proposal or call); `tokens` is a tsvector written as its text form. */
export interface SearchDocumentsTable {
  subject_type: 'proposal' | 'call';
  subject_id: number;
  tokens: string;
}

export interface InvitationsTable {
  id: Id;
  token_hash: string;
  proposal_id: number;
  team_position: number;
  role: 'pi' | 'member';
  email: string;
  language: 'en' | 'ja';
  invited_by_user_id: number | null;
  invited_by: string;
  created_at: Instant;
  expires_at: Instant;
  accepted_at: Instant | null;
  accepted_by_user_id: number | null;
  accepted_person_id: number | null;
  revoked_at: Instant | null;
  revoked_by: string | null;
}

export interface DocumentBlobsTable {
  sha256: string;
  size_bytes: number;
  content: Uint8Array;
  created_at: Instant;
}

export interface DocumentsTable {
  id: Id;
  proposal_id: number;
  team_position: number | null;
  kind: string;
  filename: string;
  sha256: string;
  size_bytes: number;
  pages: number;
  uploaded_by_user_id: number | null;
  uploaded_by: string;
  uploaded_at: Instant;
  deleted_at: Instant | null;
  deleted_by: string | null;
}

export interface DeadlineRemindersTable {
  proposal_id: number;
  side_position: number;
  deadline_at: Instant;
  days_before: number;
  sent_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface DatabaseSchema {
  deadline_reminders: DeadlineRemindersTable;
  agencies: AgenciesTable;
  organisations: OrganisationsTable;
  people: PeopleTable;
  affiliations: AffiliationsTable;
  programmes: ProgrammesTable;
  calls: CallsTable;
  call_sides: CallSidesTable;
  call_criteria: CallCriteriaTable;
  proposals: ProposalsTable;
  proposal_teams: ProposalTeamsTable;
  team_budget_lines: TeamBudgetLinesTable;
  team_funding: TeamFundingTable;
  exchanges: ExchangesTable;
  reviewers: ReviewersTable;
  publications: PublicationsTable;
  declared_conflicts: DeclaredConflictsTable;
  reviews: ReviewsTable;
  conflict_waivers: ConflictWaiversTable;
  assignment_constraints: AssignmentConstraintsTable;
  assignments: AssignmentsTable;
  assignment_pairs: AssignmentPairsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  search_documents: SearchDocumentsTable;
  call_approvals: CallApprovalsTable;
  call_deadline_changes: CallDeadlineChangesTable;
  proposal_versions: ProposalVersionsTable;
  mail_outbox: MailOutboxTable;
  mail_attempts: MailAttemptsTable;
  invitations: InvitationsTable;
  document_blobs: DocumentBlobsTable;
  documents: DocumentsTable;
}

export type Database = Kysely<DatabaseSchema>;
/** A database handle or an open transaction: repositories accept either. */
export type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
