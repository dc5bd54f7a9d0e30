import { AppError } from '../app-error.js';
import type { BilingualText } from '../bilingual-text.js';
import type { Exchange, Proposal, Team } from '../model.js';
import type { EditableParts } from './edit-permissions.js';

/**
 * A change to a draft, with people already resolved to refs. Only the parts present change;
 * a team is addressed by its index in `proposal.teams` and keeps its role, agency and PI
 * (the PI of a side changes only by an accepted invitation).
 */
export type TeamPatch = {
  index: number;
  country?: string;
  members?: string[];
  budget?: Team['budget'];
  funding?: Team['funding'];
};

export type DraftPatch = {
  title?: BilingualText;
  abstract?: BilingualText | null;
  keywords?: string[];
  field?: string;
  durationMonths?: number | null;
  exchanges?: Exchange[];
  teams?: TeamPatch[];
};

const COMMON_KEYS = ['title', 'abstract', 'keywords', 'field', 'durationMonths', 'exchanges'] as const;

/**
 * The JSON paths of every part of `patch` that the editor may not change, in patch order:
 * `title` for a common part, `teams[1]` for a team that is not theirs.
 */
export function forbiddenPaths(parts: EditableParts, patch: DraftPatch): string[] {
  const paths: string[] = [];
  if (!parts.common) for (const key of COMMON_KEYS) if (patch[key] !== undefined) paths.push(key);
  for (const team of patch.teams ?? []) if (!parts.teams.includes(team.index)) paths.push(`teams[${team.index}]`);
  return paths;
}

/**
 * Throws FORBIDDEN naming the first part the editor may not change (every such path is in
 * `params.paths`); otherwise returns nothing.
 */
export function assertPatchAllowed(parts: EditableParts, patch: DraftPatch): void {
  const paths = forbiddenPaths(parts, patch);
  const first = paths[0];
  if (first !== undefined) throw new AppError('FORBIDDEN', { path: first, params: { action: 'proposal.edit', path: first, paths: paths.join(', ') } });
}

/** The proposal after `patch`; teams not named and parts not given stay as they were. Throws nothing. */
export function applyDraftPatch(current: Proposal, patch: DraftPatch): Proposal {
  const next: Proposal = structuredClone(current);
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.abstract !== undefined) next.abstract = patch.abstract;
  if (patch.keywords !== undefined) next.keywords = patch.keywords;
  if (patch.field !== undefined) next.field = patch.field;
  if (patch.durationMonths !== undefined) next.durationMonths = patch.durationMonths;
  if (patch.exchanges !== undefined) next.exchanges = patch.exchanges;
  for (const change of patch.teams ?? []) {
    const team = next.teams[change.index];
    if (!team) continue;
    if (change.country !== undefined) team.country = change.country;
    if (change.members !== undefined) team.members = change.members;
    if (change.budget !== undefined) team.budget = change.budget;
    if (change.funding !== undefined) team.funding = change.funding;
  }
  return next;
}

/** A problem in a draft, as a catalogue key (`proposal-editor:draft.<code>`) with its parameters. */
export type DraftProblem = { path: string; code: DraftProblemCode; params: Record<string, string | number> };

export type DraftProblemCode =
  | 'titleRequired'
  | 'unknownTeam'
  | 'budgetCurrency'
  | 'budgetDuplicateYear'
  | 'budgetNegative'
  | 'memberIsPi'
  | 'memberDuplicate'
  | 'exchangePerson'
  | 'exchangeDirection'
  | 'fundingDuplicate';

/** What draft checks need to know beyond the proposal: each agency's currency. */
export type DraftContext = { agencyCurrencies: ReadonlyMap<string, string> };

/**
 * Consistency problems of a draft that no save may introduce (each with its JSON path): a
 * budget line in another currency than its team's agency, a fiscal year twice, a negative
 * amount, the PI listed as a member, an exchange by someone outside the teams or to the same
 * country. Eligibility (caps, deadlines, fields) is not checked here: a draft may be ineligible
 * while it is being written, and the editor shows why. Throws nothing.
 */
export function draftProblems(proposal: Proposal, context: DraftContext, patch?: DraftPatch): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!proposal.title.en?.trim() && !proposal.title.ja?.trim()) problems.push({ path: 'title', code: 'titleRequired', params: {} });
  for (const change of patch?.teams ?? []) {
    if (!proposal.teams[change.index]) problems.push({ path: `teams[${change.index}]`, code: 'unknownTeam', params: { index: change.index } });
  }
  proposal.teams.forEach((team, teamIndex) => {
    const currency = team.agency ? context.agencyCurrencies.get(team.agency) : undefined;
    const years = new Set<number>();
    team.budget.forEach((line, lineIndex) => {
      const path = `teams[${teamIndex}].budget[${lineIndex}]`;
      if (currency && line.amount.currency !== currency) {
        problems.push({ path: `${path}.amount.currency`, code: 'budgetCurrency', params: { currency, agency: team.agency ?? '', given: line.amount.currency } });
      }
      if (years.has(line.fiscalYear)) problems.push({ path: `${path}.fiscalYear`, code: 'budgetDuplicateYear', params: { year: line.fiscalYear } });
      years.add(line.fiscalYear);
      if (line.amount.amount < 0) problems.push({ path: `${path}.amount.amount`, code: 'budgetNegative', params: { year: line.fiscalYear } });
    });
    const members = new Set<string>();
    team.members.forEach((member, memberIndex) => {
      const path = `teams[${teamIndex}].members[${memberIndex}]`;
      if (member === team.pi) problems.push({ path, code: 'memberIsPi', params: { person: member } });
      else if (members.has(member)) problems.push({ path, code: 'memberDuplicate', params: { person: member } });
      members.add(member);
    });
    const funders = new Set<string>();
    team.funding.forEach((funding, fundingIndex) => {
      const key = `${funding.agency}/${funding.grantId ?? ''}`;
      if (funders.has(key)) problems.push({ path: `teams[${teamIndex}].funding[${fundingIndex}]`, code: 'fundingDuplicate', params: { agency: funding.agency } });
      funders.add(key);
    });
  });
  const teamPeople = new Set(proposal.teams.flatMap((team) => [team.pi, ...team.members]));
  proposal.exchanges.forEach((exchange, index) => {
    if (!teamPeople.has(exchange.person)) problems.push({ path: `exchanges[${index}].person`, code: 'exchangePerson', params: { person: exchange.person } });
    if (exchange.from === exchange.to) problems.push({ path: `exchanges[${index}].to`, code: 'exchangeDirection', params: { country: exchange.to } });
  });
  return problems;
}
