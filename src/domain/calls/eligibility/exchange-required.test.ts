import { describe, expect, it } from 'vitest';
import { checkExchangeRequired, isEarlyCareer } from './exchange-required.js';
import { fixtureCall, fixtureInput, fixtureProposal } from './rule-input.fixture.js';

// The fixture call opens in 2026 (Tokyo): a PhD in 2016 counts, one in 2015 does not.
const exchangesBy = (...people: string[]) => fixtureInput({ proposal: fixtureProposal({ exchanges: people.map((person) => ({ person })) }) });

describe('exchange_required', () => {
  it('counts a PhD exactly ten years before the opening year, and not eleven', () => {
    expect(isEarlyCareer({ phdYear: 2016 }, 2026)).toBe(true);
    expect(isEarlyCareer({ phdYear: 2015 }, 2026)).toBe(false);
    expect(isEarlyCareer({ phdYear: null }, 2026)).toBe(true);
  });

  it('accepts the required number of early-career exchanges', () => {
    expect(checkExchangeRequired(exchangesBy('p2'), { minEarlyCareer: 1 })).toBeNull(); // PhD 2016
    expect(checkExchangeRequired(exchangesBy('p2', 'p5'), { minEarlyCareer: 2 })).toBeNull(); // no PhD yet
  });

  it('fails with too few, naming the exchanged people who are not early-career', () => {
    const failure = checkExchangeRequired(exchangesBy('p4', 'p1'), { minEarlyCareer: 1 });
    expect(failure?.rule).toBe('exchange_required');
    expect(failure?.key).toBe('exchange_required.too_few_with_others');
    expect(failure?.params).toMatchObject({ required: 1, count: 0, earliestPhdYear: 2016, openingYear: 2026 });
    expect((failure?.params.notEarly as unknown as Array<{ params: { person: { en: string }; phdYear: number } }>).map((item) => [item.params.person.en, item.params.phdYear])).toEqual([
      ['Daichi Kimura (p4)', 2015],
      ['Haruka Tanabe (p1)', 2010],
    ]);
  });

  it('fails a proposal without exchanges', () => {
    expect(checkExchangeRequired(exchangesBy(), { minEarlyCareer: 1 })?.key).toBe('exchange_required.too_few');
  });

  it('reads the opening year in the lead agency\'s zone', () => {
    // 2025-12-31 16:00 UTC is already 1 January 2026 in Tokyo: a PhD of 2015 no longer counts,
    // though it would for the same instant read in UTC (opening year 2025).
    const call = fixtureCall({ opensAt: new Date('2025-12-31T16:00:00Z') });
    expect(checkExchangeRequired({ ...exchangesBy('p4'), call }, { minEarlyCareer: 1 })?.params.openingYear).toBe(2026);
    expect(checkExchangeRequired({ ...exchangesBy('p4'), call: { ...call, leadTimezone: 'UTC' } }, { minEarlyCareer: 1 })).toBeNull();
  });
});
