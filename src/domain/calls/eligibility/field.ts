import type { NestedMessage, RuleFailure, RuleInput } from './types.js';

/** A field named by its label in the `fields` catalogue (the code when the catalogue lacks it). */
const fieldLabel = (code: string): NestedMessage => ({ key: `fields:${code}`, params: {} });

/** `field` (every call): the proposal's field is one of the call's fields. */
export function checkField({ call, proposal }: RuleInput): RuleFailure | null {
  if (call.fields.includes(proposal.field)) return null;
  return { rule: 'field', key: 'field.outside', params: { field: fieldLabel(proposal.field), fields: call.fields.map(fieldLabel) } };
}
