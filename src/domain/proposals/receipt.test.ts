import { describe, expect, it } from 'vitest';
import type { Proposal } from '../model.js';
import { canonicalJson, receiptContent } from './receipt.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops null members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'x' }], c: null } })).toBe('{"a":{"d":[2,{"y":"x"}]},"b":1}');
  });
});

describe('receiptContent', () => {
  const proposal: Proposal = {
    ref: 'C-D0001', call: 'C', field: 'quantum', title: { ja: '量子', en: 'Quantum' }, keywords: ['a'],
    teams: [], exchanges: [], status: 'submitted', submittedAt: '2026-06-30T03:00:00.000Z', decision: null,
  };
  const at = new Date('2026-06-30T03:00:00Z');

  it('is the same whatever the key order, status or document order', () => {
    const reordered = { status: 'draft', exchanges: [], teams: [], keywords: ['a'], title: { en: 'Quantum', ja: '量子' }, field: 'quantum', call: 'C', ref: 'C-D0001' } as Proposal;
    expect(receiptContent(reordered, at, ['b', 'a'])).toBe(receiptContent(proposal, at, ['a', 'b']));
  });
  it('changes with the content, the instant and the documents', () => {
    const base = receiptContent(proposal, at, ['a']);
    expect(receiptContent({ ...proposal, keywords: ['b'] }, at, ['a'])).not.toBe(base);
    expect(receiptContent(proposal, new Date(at.getTime() + 1000), ['a'])).not.toBe(base);
    expect(receiptContent(proposal, at, ['a', 'c'])).not.toBe(base);
  });
});
