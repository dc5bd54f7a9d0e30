import type { BilingualText } from '../../bilingual-text.js';
import type { Money } from '../../money.js';
import type { EligibilityRule, ProposalStatus, SideRole } from '../../model.js';

/**
 * What the eligibility rules read: a call and a proposal reduced to the facts the rules need,
 * with instants as `Date` and people, agencies and proposals named by their refs and codes.
 */

/** Every rule the checker knows: the four a call may list, and three that apply to every call. */
export const ELIGIBILITY_RULE_CODES = [
  'deadline',
  'field',
  'duration',
  'partner_pi_funded_by',
  'exchange_required',
  'budget_within_cap',
  'one_proposal_per_pi',
] as const;

export type EligibilityRuleCode = (typeof ELIGIBILITY_RULE_CODES)[number];

export type EligibilitySide = {
  role: SideRole;
  /** The side's agency; null for a side that accepts a list of funders (ASPIRE's partner side). */
  agency: string | null;
  /** The zone in which the side's deadline is read (its agency's, else the lead agency's). */
  timezone: string;
  deadlineAt: Date | null;
  /** Cap per project and fiscal year, in the side agency's currency. */
  cap: Money | null;
};

export type EligibilityCall = {
  code: string;
  fields: readonly string[];
  opensAt: Date;
  /** The lead agency's zone: the call's opening year is read in it. */
  leadTimezone: string;
  sides: readonly EligibilitySide[];
  durationMonths: { min: number; max: number } | null;
  rules: readonly EligibilityRule[];
};

export type EligibilityTeam = {
  role: SideRole;
  agency: string | null;
  pi: string;
  budget: ReadonlyArray<{ fiscalYear: number; amount: Money }>;
  /** Agency codes of the team's listed funding, in order. */
  funding: readonly string[];
};

export type EligibilityProposal = {
  ref: string;
  field: string;
  durationMonths: number | null;
  status: ProposalStatus;
  submittedAt: Date | null;
  teams: readonly EligibilityTeam[];
  exchanges: ReadonlyArray<{ person: string }>;
};

export type EligibilityPerson = { ref: string; name: BilingualText; phdYear: number | null };

/** Text already written in both languages (a person's name, an amount formatted for each). */
export type LocalisedValue = { en: string; ja: string };

/** A message of the `eligibility` catalogue nested inside another (one offending item). */
export type NestedMessage = { key: string; params: Record<string, MessageParam> };

/** A message parameter: plain, already localised, a nested message, or a list of these. */
export type MessageParam = string | number | LocalisedValue | NestedMessage | readonly MessageParam[];

/**
 * One failed rule: the catalogue key of its message (in `locales/{en,ja}/eligibility.json`) and
 * the parameters that name every offending side, year, person or proposal. The service renders it.
 */
export type RuleFailure = { rule: EligibilityRuleCode; key: string; params: Record<string, MessageParam> };

/** Everything a rule may read about one proposal. */
export type RuleInput = {
  call: EligibilityCall;
  proposal: EligibilityProposal;
  people: ReadonlyMap<string, EligibilityPerson>;
  /**
   * For each person, the refs of the call's proposals that count as submitted and in which the
   * person is the PI of a team (lead or partner). Read by `one_proposal_per_pi`.
   */
  submittedProposalsByPi: ReadonlyMap<string, readonly string[]>;
  /** Check as if the proposal were submitted at this instant (live check, submission). */
  asIfSubmittedAt: Date | null;
};
