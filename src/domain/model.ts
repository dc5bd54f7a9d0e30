import type { BilingualText } from './bilingual-text.js';
import type { Money } from './money.js';
import type { CallStatus } from './calls/lifecycle.js';

/**
 * The entities of Kakehashi as the rest of the code sees them, named by their codes and refs.
 * They have the shape of the interchange bundle's objects, so a parsed bundle is already a
 * `DomainBundle` (checked at compile time in `contracts/bundle.schemas.ts`).
 */
export type AgencyKind = 'public_funder' | 'research_organisation' | 'private';
export type Modality = 'single_agency' | 'joint_call' | 'co_funding' | 'twinning' | 'lead_agency';
export type SideRole = 'lead' | 'partner';
export type ProposalStatus = 'draft' | 'submitted' | 'withdrawn' | 'ineligible';
export type Decision = 'selected' | 'rejected' | 'waitlisted';
export type ReviewStatus = 'draft' | 'submitted';

export type Agency = {
  code: string;
  name: BilingualText;
  country: string;
  currency: string;
  timezone: string;
  fiscalYearStart: string;
  fiscalYearLabel: 'start' | 'end';
  kind: AgencyKind;
  ror?: string | null;
};

export type Organisation = { ref: string; name: BilingualText; country: string; ror?: string | null };

export type Affiliation = { organisation: string; from: string; to?: string | null };

export type Person = {
  ref: string;
  name: BilingualText;
  email?: string | null;
  orcid?: string | null;
  affiliations: Affiliation[];
  phdYear?: number | null;
};

export type Programme = { code: string; agency: string; name: BilingualText };

export type CallSide = {
  agency?: string | null;
  agencies?: string[] | null;
  role: SideRole;
  deadline?: string | null;
  reviews: boolean;
  budget?: { total?: Money | null; perProjectPerYearMax?: Money | null } | null;
};

export type Criterion = { code: string; name: BilingualText; weight: number; scale: [number, number] };

export type EligibilityRule =
  | { rule: 'partner_pi_funded_by'; agencies: string[] }
  | { rule: 'exchange_required'; minEarlyCareer: number }
  | { rule: 'budget_within_cap' }
  | { rule: 'one_proposal_per_pi' };

export type Call = {
  code: string;
  programme: string;
  title: BilingualText;
  description?: BilingualText | null;
  modality: Modality;
  fields: string[];
  opens: string;
  sides: CallSide[];
  durationMonths?: { min: number; max: number } | null;
  criteria: Criterion[];
  reviewsPerProposal?: number | null;
  coi?: { institutionYears: number; coauthorYears: number } | null;
  rules: EligibilityRule[];
  /** Where the call is in its lifecycle; absent in older bundles, where it means `open`. */
  status?: CallStatus;
};

export type Team = {
  role: SideRole;
  agency?: string | null;
  country: string;
  pi: string;
  members: string[];
  budget: Array<{ fiscalYear: number; amount: Money }>;
  funding: Array<{ agency: string; grantId?: string | null }>;
};

export type Exchange = { person: string; from: string; to: string; months: number; purpose?: BilingualText | null };

export type Proposal = {
  ref: string;
  call: string;
  field: string;
  title: BilingualText;
  abstract?: BilingualText | null;
  keywords: string[];
  durationMonths?: number | null;
  teams: Team[];
  exchanges: Exchange[];
  status: ProposalStatus;
  submittedAt?: string | null;
  decision?: Decision | null;
};

export type Publication = { doi?: string | null; year: number; title: string; authors: string[] };

export type Reviewer = {
  person: string;
  agency: string;
  fields: string[];
  keywords: string[];
  minLoad: number;
  maxLoad: number;
  publications: Publication[];
  conflicts: Array<{ proposal: string; reason: string }>;
};

export type Review = {
  proposal: string;
  reviewer: string;
  agency: string;
  scores: Record<string, number>;
  confidence?: number | null;
  comment?: BilingualText | null;
  status: ReviewStatus;
};

export type DomainBundle = {
  agencies: Agency[];
  organisations: Organisation[];
  people: Person[];
  programmes: Programme[];
  calls: Call[];
  proposals: Proposal[];
  reviewers: Reviewer[];
  reviews: Review[];
};

/**
 * The partner team of a proposal: the first team whose role is `partner`. Its first funding
 * agency is the proposal's partner FA (INTERCHANGE.md).
 */
export function partnerTeamOf(proposal: Pick<Proposal, 'teams'>): Team | undefined {
  return proposal.teams.find((team) => team.role === 'partner');
}

/** The partner FA of a proposal: the first `funding[].agency` of its partner team. */
export function partnerAgencyOf(proposal: Pick<Proposal, 'teams'>): string | undefined {
  return partnerTeamOf(proposal)?.funding[0]?.agency;
}
