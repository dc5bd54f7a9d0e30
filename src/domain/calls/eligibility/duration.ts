import type { RuleFailure, RuleInput } from './types.js';

/**
 * `duration` (every call): a stated duration lies within the call's bounds, both inclusive. A
 * proposal that states none, or a call without bounds, passes: there is nothing to compare.
 */
export function checkDuration({ call, proposal }: RuleInput): RuleFailure | null {
  const months = proposal.durationMonths;
  const bounds = call.durationMonths;
  if (months === null || bounds === null) return null;
  if (months >= bounds.min && months <= bounds.max) return null;
  return { rule: 'duration', key: 'duration.outside', params: { months, min: bounds.min, max: bounds.max } };
}
