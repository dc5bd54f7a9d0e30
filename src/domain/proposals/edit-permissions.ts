import type { Proposal } from '../model.js';

/**
 * Who may edit which part of a proposal. The lead PI answers for the proposal as a whole, so
 * they edit its common parts (title, abstract, keywords, field, duration, exchanges) and the
 * lead team; each team's PI and members edit their own team's part (members, budget, funding),
 * so the partner side fills in what only it knows without touching the lead side's figures.
 */

/** The parts of a proposal one person may edit: the common parts and teams by index. */
export type EditableParts = { common: boolean; teams: number[] };

/** The common parts of a proposal, edited by the lead PI only. */
export const COMMON_PARTS = ['title', 'abstract', 'keywords', 'field', 'durationMonths', 'exchanges'] as const;
export type CommonPart = (typeof COMMON_PARTS)[number];

/** The lead team of a proposal: the first team whose role is `lead`. */
export function leadTeamIndex(proposal: Pick<Proposal, 'teams'>): number {
  return proposal.teams.findIndex((team) => team.role === 'lead');
}

/** The lead PI's person ref, or null for a proposal without a lead team. */
export function leadPiOf(proposal: Pick<Proposal, 'teams'>): string | null {
  return proposal.teams[leadTeamIndex(proposal)]?.pi ?? null;
}

/** True when `personRef` is the proposal's lead PI. */
export function isLeadPi(personRef: string | null, proposal: Pick<Proposal, 'teams'>): boolean {
  return personRef !== null && leadPiOf(proposal) === personRef;
}

/**
 * What `actorPersonRef` may edit in `proposal`: the lead PI gets the common parts and the lead
 * team; a team's PI or member gets that team; anyone else (and an actor without a person)
 * gets nothing. Team numbers are indices into `proposal.teams`. Throws nothing.
 */
export function editableParts(actorPersonRef: string | null, proposal: Pick<Proposal, 'teams'>): EditableParts {
  if (actorPersonRef === null) return { common: false, teams: [] };
  const isLead = isLeadPi(actorPersonRef, proposal);
  const teams = new Set<number>();
  if (isLead) teams.add(leadTeamIndex(proposal));
  proposal.teams.forEach((team, index) => {
    if (team.pi === actorPersonRef || team.members.includes(actorPersonRef)) teams.add(index);
  });
  return { common: isLead, teams: [...teams].sort((a, b) => a - b) };
}

/** True when `personRef` is a PI or member of any team of the proposal. Throws nothing. */
export function isProposalMember(personRef: string | null, proposal: Pick<Proposal, 'teams'>): boolean {
  if (personRef === null) return false;
  return proposal.teams.some((team) => team.pi === personRef || team.members.includes(personRef));
}

/** True when the person may edit anything at all in the proposal. */
export function canEditAnything(personRef: string | null, proposal: Pick<Proposal, 'teams'>): boolean {
  const parts = editableParts(personRef, proposal);
  return parts.common || parts.teams.length > 0;
}
