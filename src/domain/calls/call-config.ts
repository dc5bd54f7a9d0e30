import { DateTime } from 'luxon';
import type { Call, CallSide, Modality } from '../model.js';

/**
 * What makes a call's configuration coherent, beyond the shape its schema checks: the sides a
 * modality needs, one lead, money in each side agency's own currency, sound ranges and criteria.
 * Problems carry a JSON path and a catalogue key (`call-admin:problems.<key>`) with parameters,
 * so the service renders them in both languages from the catalogues.
 */

export type ConfigProblem = { path: string; key: string; params?: Record<string, string | number> };

/** What the checks need to know of each agency a call names. */
export type AgencyFacts = { currency: string; timezone: string };

// Tier-3 modalities are agreements between agencies (BRIEF.md): each needs two or more agency sides.
const MULTI_AGENCY: ReadonlySet<Modality> = new Set(['joint_call', 'co_funding', 'twinning', 'lead_agency']);

/** The agency a side names on its own, or null for a side of accepted funders (`agencies`). */
export function sideAgencyOf(side: CallSide): string | null {
  return side.agency ?? null;
}

/** The agencies that run a call: those of its sides that name one agency, in side order, once each. */
export function runningAgenciesOf(call: Pick<Call, 'sides'>): string[] {
  return [...new Set(call.sides.flatMap((side) => (side.agency ? [side.agency] : [])))];
}

/** The agency of the call's lead side, if it names one. */
export function leadAgencyOf(call: Pick<Call, 'sides'>): string | null {
  return call.sides.find((side) => side.role === 'lead')?.agency ?? null;
}

/**
 * Every problem of a call's configuration (empty when coherent). `agencies` holds the facts of
 * every agency the service found; a code missing from it is reported as unknown.
 */
export function validateCallConfig(call: Call, agencies: ReadonlyMap<string, AgencyFacts>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const agencySides = call.sides.filter((side) => side.agency);
  const distinctAgencies = new Set(agencySides.map((side) => side.agency)).size;
  if (MULTI_AGENCY.has(call.modality) && distinctAgencies < 2) {
    problems.push({ path: 'sides', key: 'sides_too_few', params: { modality: call.modality, count: distinctAgencies } });
  }
  if (call.modality === 'single_agency' && agencySides.length !== 1) {
    problems.push({ path: 'sides', key: 'single_agency_sides', params: { count: agencySides.length } });
  }
  const leads = call.sides.filter((side) => side.role === 'lead').length;
  if (leads !== 1) problems.push({ path: 'sides', key: 'lead_count', params: { count: leads } });

  const seen = new Map<string, number>();
  const opensAt = new Date(call.opens).getTime();
  call.sides.forEach((side, index) => {
    const path = `sides[${index}]`;
    if (side.agency && side.agencies?.length) problems.push({ path: `${path}.agencies`, key: 'side_agency_and_list' });
    if (side.role === 'lead' && !side.agency) problems.push({ path: `${path}.agency`, key: 'lead_needs_agency' });
    const codes = side.agency ? [side.agency] : (side.agencies ?? []);
    codes.forEach((code, codeIndex) => {
      if (!agencies.has(code)) problems.push({ path: side.agency ? `${path}.agency` : `${path}.agencies[${codeIndex}]`, key: 'agency_unknown', params: { agency: code } });
    });
    if (side.agency) {
      const earlier = seen.get(side.agency);
      if (earlier !== undefined) problems.push({ path: `${path}.agency`, key: 'agency_repeated', params: { agency: side.agency, side: earlier } });
      else seen.set(side.agency, index);
    }
    if (side.deadline && new Date(side.deadline).getTime() <= opensAt) {
      problems.push({ path: `${path}.deadline`, key: 'deadline_before_opening' });
    }
    problems.push(...budgetProblems(call.modality, side, path, side.agency ? agencies.get(side.agency) : undefined));
  });

  if (call.durationMonths && call.durationMonths.min > call.durationMonths.max) {
    problems.push({ path: 'durationMonths', key: 'duration_range', params: { min: call.durationMonths.min, max: call.durationMonths.max } });
  }
  const fieldSeen = new Set<string>();
  call.fields.forEach((field, index) => {
    if (fieldSeen.has(field)) problems.push({ path: `fields[${index}]`, key: 'field_repeated', params: { field } });
    fieldSeen.add(field);
  });
  const criterionSeen = new Set<string>();
  call.criteria.forEach((criterion, index) => {
    const path = `criteria[${index}]`;
    if (criterionSeen.has(criterion.code)) problems.push({ path: `${path}.code`, key: 'criterion_repeated', params: { code: criterion.code } });
    criterionSeen.add(criterion.code);
    if (!(criterion.weight > 0)) problems.push({ path: `${path}.weight`, key: 'criterion_weight', params: { code: criterion.code } });
    if (!(criterion.scale[0] < criterion.scale[1])) {
      problems.push({ path: `${path}.scale`, key: 'criterion_scale', params: { code: criterion.code, min: criterion.scale[0], max: criterion.scale[1] } });
    }
  });
  const ruleSeen = new Set<string>();
  call.rules.forEach((rule, index) => {
    if (ruleSeen.has(rule.rule)) problems.push({ path: `rules[${index}]`, key: 'rule_repeated', params: { rule: rule.rule } });
    ruleSeen.add(rule.rule);
    if (rule.rule === 'partner_pi_funded_by') {
      rule.agencies.forEach((code, codeIndex) => {
        if (!agencies.has(code)) problems.push({ path: `rules[${index}].agencies[${codeIndex}]`, key: 'agency_unknown', params: { agency: code } });
      });
    }
  });
  return problems;
}

function budgetProblems(modality: Modality, side: CallSide, path: string, agency: AgencyFacts | undefined): ConfigProblem[] {
  const budget = side.budget;
  const amounts = [
    { name: 'total', money: budget?.total ?? null },
    { name: 'perProjectPerYearMax', money: budget?.perProjectPerYearMax ?? null },
  ].filter((item) => item.money !== null);
  if (amounts.length === 0) return [];
  // Twinning is coordination without new money (BRIEF.md, tier-3 modalities).
  if (modality === 'twinning') return [{ path: `${path}.budget`, key: 'twinning_budget' }];
  if (!side.agency) return [{ path: `${path}.budget`, key: 'budget_needs_agency' }];
  const problems: ConfigProblem[] = [];
  for (const { name, money } of amounts) {
    if (!money) continue;
    const at = `${path}.budget.${name}`;
    if (agency && money.currency !== agency.currency) {
      problems.push({ path: `${at}.currency`, key: 'budget_currency', params: { agency: side.agency, currency: money.currency, expected: agency.currency } });
    }
    if (!Number.isSafeInteger(money.amount) || money.amount <= 0) problems.push({ path: `${at}.amount`, key: 'budget_amount' });
  }
  const total = budget?.total;
  const cap = budget?.perProjectPerYearMax;
  if (total && cap && total.currency === cap.currency && cap.amount > total.amount) {
    problems.push({ path: `${path}.budget.perProjectPerYearMax.amount`, key: 'cap_above_total' });
  }
  return problems;
}

/** The parts of a call that applicants rely on once they have submitted: they never change under them. */
export const LOCKED_PARTS = ['fields', 'sides', 'budgets', 'durationMonths', 'criteria', 'rules'] as const;
export type LockedPart = (typeof LOCKED_PARTS)[number];

/**
 * Which locked parts differ between two versions of a call. Deadlines are compared apart
 * (`changedDeadlines`): a published call's deadline moves only by a recorded extension.
 */
export function changedLockedParts(before: Call, after: Call): LockedPart[] {
  const sidesWithoutMoney = (call: Call) =>
    call.sides.map((side) => ({ agency: side.agency ?? null, agencies: side.agencies ?? null, role: side.role, reviews: side.reviews }));
  const budgets = (call: Call) => call.sides.map((side) => side.budget ?? null);
  const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
  const parts: Record<LockedPart, boolean> = {
    fields: !same(before.fields, after.fields),
    sides: !same(sidesWithoutMoney(before), sidesWithoutMoney(after)),
    budgets: !same(budgets(before), budgets(after)),
    durationMonths: !same(before.durationMonths ?? null, after.durationMonths ?? null),
    criteria: !same(before.criteria, after.criteria),
    rules: !same(before.rules, after.rules),
  };
  return LOCKED_PARTS.filter((part) => parts[part]);
}

/** Positions of sides whose deadline instant differs (sides matched by position). */
export function changedDeadlines(before: Call, after: Call): number[] {
  const instant = (value: string | null | undefined) => (value ? new Date(value).getTime() : null);
  return after.sides.flatMap((side, index) => (instant(side.deadline) !== instant(before.sides[index]?.deadline) ? [index] : []));
}

/** True when two versions of a call differ in anything an approving officer agreed to. */
export function hasContentChanged(before: Call, after: Call): boolean {
  const { status: _before, ...beforeContent } = before;
  const { status: _after, ...afterContent } = after;
  return canonical(normalised(beforeContent)) !== canonical(normalised(afterContent));
}

// Instants compare by the moment they name, not by how they were written.
function normalised(call: Omit<Call, 'status'>): unknown {
  const instant = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null);
  return { ...call, opens: instant(call.opens), sides: call.sides.map((side) => ({ ...side, deadline: instant(side.deadline) })) };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(
        Object.entries(item as Record<string, unknown>)
          .filter(([, entry]) => entry !== undefined && entry !== null)
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return item;
  });
}

/**
 * Moves an instant by whole years in an agency's zone, keeping its local wall-clock time (a
 * deadline at noon in Tokyo stays at noon in Tokyo, across daylight-saving changes elsewhere).
 * Returns ISO 8601 with the zone's offset.
 */
export function shiftInstantByYears(instant: string, years: number, timezone: string): string {
  const shifted = DateTime.fromISO(instant, { zone: timezone }).plus({ years });
  return shifted.toISO({ suppressMilliseconds: true }) ?? instant;
}

/**
 * The content of a copy of `source`: a new code and title, deadlines cleared (`shiftYears` null)
 * or moved by whole years with the opening date, and the status of a draft.
 */
export function copyCallContent(
  source: Call,
  options: { code: string; title: Call['title'] | null; shiftYears: number | null; timezoneOf: (agency: string | null) => string },
): Call {
  const leadZone = options.timezoneOf(leadAgencyOf(source));
  const years = options.shiftYears;
  return {
    ...source,
    code: options.code,
    title: options.title ?? source.title,
    status: 'draft',
    opens: years === null ? source.opens : shiftInstantByYears(source.opens, years, leadZone),
    sides: source.sides.map((side) => {
      const { deadline, ...rest } = side;
      if (years === null || !deadline) return rest;
      return { ...rest, deadline: shiftInstantByYears(deadline, years, options.timezoneOf(side.agency ?? side.agencies?.[0] ?? null)) };
    }),
  };
}
