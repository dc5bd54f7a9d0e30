import { describe, expect, it } from 'vitest';
import { checkDuration } from './duration.js';
import { fixtureCall, fixtureInput, fixtureProposal } from './rule-input.fixture.js';

const input = (months: number | null, bounds: { min: number; max: number } | null = { min: 24, max: 36 }) =>
  fixtureInput({ call: fixtureCall({ durationMonths: bounds }), proposal: fixtureProposal({ durationMonths: months }) });

describe('duration', () => {
  it('accepts both bounds exactly', () => {
    expect(checkDuration(input(24))).toBeNull();
    expect(checkDuration(input(36))).toBeNull();
  });

  it('fails one month outside either bound', () => {
    expect(checkDuration(input(23))).toEqual({ rule: 'duration', key: 'duration.outside', params: { months: 23, min: 24, max: 36 } });
    expect(checkDuration(input(37))?.params.months).toBe(37);
  });

  it('passes when the proposal states no duration or the call sets no bounds', () => {
    expect(checkDuration(input(null))).toBeNull();
    expect(checkDuration(input(99, null))).toBeNull();
  });
});
