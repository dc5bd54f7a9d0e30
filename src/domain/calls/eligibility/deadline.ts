import { instantLabel } from './labels.js';
import type { NestedMessage, RuleFailure, RuleInput } from './types.js';

/**
 * `deadline` (every call): a submitted proposal was submitted at or before every side's deadline
 * instant. Instants compare in UTC, so one second after any side's deadline is late whatever the
 * zones. A proposal never submitted is not checked, unless `asIfSubmittedAt` asks for it.
 */
export function checkDeadline({ call, proposal, asIfSubmittedAt }: RuleInput): RuleFailure | null {
  const submittedAt = asIfSubmittedAt ?? proposal.submittedAt;
  if (submittedAt === null) return null;
  const late: NestedMessage[] = [];
  for (const side of call.sides) {
    if (side.deadlineAt === null || submittedAt.getTime() <= side.deadlineAt.getTime()) continue;
    late.push({
      key: 'deadline.side',
      params: {
        agency: side.agency ?? side.role,
        deadline: instantLabel(side.deadlineAt, side.timezone),
        submittedAt: instantLabel(submittedAt, side.timezone),
        seconds: Math.ceil((submittedAt.getTime() - side.deadlineAt.getTime()) / 1000),
      },
    });
  }
  return late.length === 0 ? null : { rule: 'deadline', key: 'deadline.late', params: { sides: late } };
}
