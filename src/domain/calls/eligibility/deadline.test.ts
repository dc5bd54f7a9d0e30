import { describe, expect, it } from 'vitest';
import { checkDeadline } from './deadline.js';
import { fixtureInput, fixtureProposal } from './rule-input.fixture.js';

// JST's deadline is 2026-06-30 12:00 in Tokyo (03:00 UTC); ANR's 17:00 in Paris (15:00 UTC).
const submittedAt = (iso: string) => fixtureInput({ proposal: fixtureProposal({ submittedAt: new Date(iso) }) });

describe('deadline', () => {
  it('accepts a submission at the exact second of the earliest deadline', () => {
    expect(checkDeadline(submittedAt('2026-06-30T12:00:00+09:00'))).toBeNull();
  });

  it('fails one second after a side\'s deadline, naming only that side', () => {
    const failure = checkDeadline(submittedAt('2026-06-30T12:00:01+09:00'));
    expect(failure?.rule).toBe('deadline');
    const sides = failure?.params.sides as unknown as Array<{ key: string; params: Record<string, unknown> }>;
    expect(sides.map((side) => side.params.agency)).toEqual(['JST']);
    expect(sides[0]?.params.seconds).toBe(1);
    expect(sides[0]?.params.deadline).toEqual({ en: expect.stringContaining('12:00:00'), ja: expect.stringContaining('12:00:00') });
  });

  it('names every side whose deadline passed', () => {
    const failure = checkDeadline(submittedAt('2026-06-30T17:00:01+02:00'));
    expect((failure?.params.sides as unknown as Array<{ params: { agency: string } }>).map((side) => side.params.agency)).toEqual(['JST', 'ANR']);
  });

  it('does not check a proposal that was never submitted', () => {
    expect(checkDeadline(fixtureInput({ proposal: fixtureProposal({ status: 'draft', submittedAt: null }) }))).toBeNull();
  });

  it('checks a draft as if submitted at the given instant', () => {
    const draft = fixtureProposal({ status: 'draft', submittedAt: null });
    expect(checkDeadline(fixtureInput({ proposal: draft, asIfSubmittedAt: new Date('2026-06-30T03:00:00Z') }))).toBeNull();
    expect(checkDeadline(fixtureInput({ proposal: draft, asIfSubmittedAt: new Date('2026-06-30T03:00:01Z') }))?.rule).toBe('deadline');
  });

  it('ignores a side without a deadline (a list of accepted partner funders)', () => {
    const input = fixtureInput({ proposal: fixtureProposal({ submittedAt: new Date('2026-06-30T02:00:00Z') }) });
    input.call = { ...input.call, sides: [...input.call.sides, { role: 'partner', agency: null, timezone: 'Asia/Tokyo', deadlineAt: null, cap: null }] };
    expect(checkDeadline(input)).toBeNull();
  });
});
