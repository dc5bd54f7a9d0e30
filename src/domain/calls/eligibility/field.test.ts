import { describe, expect, it } from 'vitest';
import { checkField } from './field.js';
import { fixtureInput, fixtureProposal } from './rule-input.fixture.js';

describe('field', () => {
  it('accepts a field of the call', () => {
    expect(checkField(fixtureInput({ proposal: fixtureProposal({ field: 'materials' }) }))).toBeNull();
  });

  it('fails a field outside the call, naming it and the call\'s fields', () => {
    const failure = checkField(fixtureInput({ proposal: fixtureProposal({ field: 'bio' }) }));
    expect(failure).toEqual({
      rule: 'field',
      key: 'field.outside',
      params: { field: { key: 'fields:bio', params: {} }, fields: [{ key: 'fields:quantum', params: {} }, { key: 'fields:materials', params: {} }] },
    });
  });
});
