import { personLabel } from './labels.js';
import type { NestedMessage, RuleFailure, RuleInput } from './types.js';

/**
 * `one_proposal_per_pi`: a person is the PI of a team, lead or partner, in at most one submitted
 * proposal per call. Every proposal involved fails, each naming the others; a draft whose PI
 * already leads a submitted proposal fails too, so the applicant learns it before submitting.
 * A withdrawn proposal no longer competes and is not checked.
 */
export function checkOneProposalPerPi({ proposal, people, submittedProposalsByPi }: RuleInput): RuleFailure | null {
  if (proposal.status === 'withdrawn') return null;
  const clashes: NestedMessage[] = [];
  const pis = [...new Set(proposal.teams.map((team) => team.pi))];
  for (const pi of pis) {
    const others = (submittedProposalsByPi.get(pi) ?? []).filter((ref) => ref !== proposal.ref);
    if (others.length === 0) continue;
    clashes.push({ key: 'one_proposal_per_pi.person', params: { person: personLabel(people, pi), proposals: [...new Set(others)].sort() } });
  }
  return clashes.length === 0 ? null : { rule: 'one_proposal_per_pi', key: 'one_proposal_per_pi.failed', params: { clashes } };
}

/**
 * The index `one_proposal_per_pi` reads: for each person, the refs of the proposals that count as
 * submitted (status `submitted`, or the one checked as if submitted) in which they are a team's PI.
 */
export function indexSubmittedProposalsByPi(
  proposals: ReadonlyArray<{ ref: string; status: string; teams: ReadonlyArray<{ pi: string }> }>,
  asIfSubmittedRef: string | null = null,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const proposal of proposals) {
    if (proposal.status !== 'submitted' && proposal.ref !== asIfSubmittedRef) continue;
    for (const pi of new Set(proposal.teams.map((team) => team.pi))) {
      const refs = index.get(pi);
      if (refs) refs.push(proposal.ref);
      else index.set(pi, [proposal.ref]);
    }
  }
  return index;
}
