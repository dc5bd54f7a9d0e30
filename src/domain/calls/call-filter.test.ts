import { describe, expect, it } from 'vitest';
import { matchesCallFilter } from './call-filter.js';

const countries: Record<string, string> = { JST: 'JP', ANR: 'FR', NSF: 'US', DFG: 'DE' };
const countryOf = (agency: string) => countries[agency];
const call = {
  status: 'open',
  fields: ['quantum', 'materials'],
  sides: [
    { role: 'lead' as const, agencies: ['JST'], deadline: '2026-06-30T03:00:00.000Z' },
    { role: 'partner' as const, agencies: ['ANR'], deadline: '2026-06-30T15:00:00.000Z' },
  ],
};

describe('calls filter', () => {
  it('passes with no conditions and checks each one', () => {
    expect(matchesCallFilter(call, {}, countryOf)).toBe(true);
    expect(matchesCallFilter(call, { status: 'open', field: 'quantum', agency: 'ANR', partnerCountry: 'FR' }, countryOf)).toBe(true);
    expect(matchesCallFilter(call, { status: 'draft' }, countryOf)).toBe(false);
    expect(matchesCallFilter(call, { field: 'bio' }, countryOf)).toBe(false);
    expect(matchesCallFilter(call, { agency: 'NSF' }, countryOf)).toBe(false);
  });

  it('counts only partner sides for the partner country', () => {
    expect(matchesCallFilter(call, { partnerCountry: 'JP' }, countryOf)).toBe(false);
    expect(matchesCallFilter({ ...call, sides: [...call.sides, { role: 'partner', agencies: ['NSF', 'DFG'], deadline: null }] }, { partnerCountry: 'DE' }, countryOf)).toBe(true);
  });

  it('keeps a call when any side\'s deadline lies in the window, edges included', () => {
    expect(matchesCallFilter(call, { deadlineFrom: new Date('2026-06-30T15:00:00.000Z') }, countryOf)).toBe(true);
    expect(matchesCallFilter(call, { deadlineFrom: new Date('2026-06-30T15:00:00.001Z') }, countryOf)).toBe(false);
    expect(matchesCallFilter(call, { deadlineTo: new Date('2026-06-30T03:00:00.000Z') }, countryOf)).toBe(true);
    expect(matchesCallFilter(call, { deadlineTo: new Date('2026-06-30T02:59:59.999Z') }, countryOf)).toBe(false);
  });
});
