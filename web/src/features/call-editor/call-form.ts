import { DateTime } from 'luxon';
import type { CallConfig } from '../../../../src/contracts/call-admin.schemas.js';
import type { LocalisedMessage } from '../../api-client.js';
import { minorToDecimalString, minorUnitDigits } from '../formatting/money.js';

/**
 * The call editor's form: what officers type (text, local dates in each agency's zone, amounts in
 * major units) and its exact conversion to the API's call configuration (instants with offsets,
 * integer minor units). Pure, so the conversions are unit-tested without a browser.
 */

export const MODALITY_OPTIONS = ['single_agency', 'joint_call', 'co_funding', 'twinning', 'lead_agency'] as const;
export type ModalityOption = (typeof MODALITY_OPTIONS)[number];
export const RULE_NAMES = ['partner_pi_funded_by', 'exchange_required', 'budget_within_cap', 'one_proposal_per_pi'] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** What the editor needs to know of an agency: its money and its clock. */
export type AgencyFacts = { currency: string; timezone: string };

export type SideForm = {
  /** Stable React key: sides can be removed from the middle. */
  key: string;
  agency: string;
  /** Accepted funders of a side that names no single agency (kept as loaded; not edited here). */
  acceptedAgencies: string[] | null;
  role: 'lead' | 'partner';
  deadlineDate: string;
  deadlineTime: string;
  reviews: boolean;
  budgetTotal: string;
  budgetCap: string;
};

export type CriterionForm = { key: string; code: string; nameEn: string; nameJa: string; weight: string; scaleMin: string; scaleMax: string };

export type RulesForm = {
  partner_pi_funded_by: { enabled: boolean; agencies: string[] };
  exchange_required: { enabled: boolean; minEarlyCareer: string };
  budget_within_cap: { enabled: boolean };
  one_proposal_per_pi: { enabled: boolean };
};

export type CallForm = {
  code: string;
  programme: string;
  titleEn: string;
  titleJa: string;
  descriptionEn: string;
  descriptionJa: string;
  modality: ModalityOption;
  fields: string[];
  /** Further field codes, separated by commas or spaces. */
  otherFields: string;
  opensDate: string;
  opensTime: string;
  sides: SideForm[];
  durationMin: string;
  durationMax: string;
  criteria: CriterionForm[];
  rules: RulesForm;
  /** Parts of the configuration the editor does not show, sent back unchanged. */
  kept: Pick<CallConfig, 'reviewsPerProposal' | 'coi'>;
};

/**
 * A problem to show next to a field: the server's own message in both languages, or a key of the
 * `call-editor` catalogue for what the browser found before sending.
 */
export type FormIssue = { path: string; message: LocalisedMessage } | { path: string; key: string; params?: Record<string, string | number> };

let keySequence = 0;
/** A fresh key for a new row of the form. */
export function nextKey(): string {
  keySequence += 1;
  return `row-${keySequence}`;
}

/** An empty side; `agency` preselected (the officer's own for the lead side). */
export function emptySide(role: 'lead' | 'partner', agency = ''): SideForm {
  return { key: nextKey(), agency, acceptedAgencies: null, role, deadlineDate: '', deadlineTime: '', reviews: true, budgetTotal: '', budgetCap: '' };
}

/** An empty criterion row with the usual 1–5 scale. */
export function emptyCriterion(): CriterionForm {
  return { key: nextKey(), code: '', nameEn: '', nameJa: '', weight: '1', scaleMin: '1', scaleMax: '5' };
}

/** A new joint call led by `agency`: a lead side for it and an empty partner side. */
export function newCallForm(agency: string, programme: string): CallForm {
  return {
    code: '',
    programme,
    titleEn: '',
    titleJa: '',
    descriptionEn: '',
    descriptionJa: '',
    modality: 'joint_call',
    fields: [],
    otherFields: '',
    opensDate: '',
    opensTime: '10:00',
    sides: [emptySide('lead', agency), emptySide('partner')],
    durationMin: '',
    durationMax: '',
    criteria: [],
    rules: {
      partner_pi_funded_by: { enabled: false, agencies: [] },
      exchange_required: { enabled: false, minEarlyCareer: '1' },
      budget_within_cap: { enabled: false },
      one_proposal_per_pi: { enabled: false },
    },
    kept: {},
  };
}

/**
 * Major units typed by an officer (`1,250.50`, `-3`, `15000000`) as an exact integer of minor
 * units, digit by digit: `empty` for no amount, `invalid` for text that is no number,
 * `too_many_digits` for more decimals than the currency has (EUR 2, JPY 0). A sign is kept so
 * that the server, which decides what amounts are allowed, can say why a negative one is wrong.
 */
export function majorToMinor(text: string, digits: number): { kind: 'empty' } | { kind: 'amount'; minor: number } | { kind: 'invalid' } | { kind: 'too_many_digits' } {
  const cleaned = text.trim().replace(/[,\s_]/g, '');
  if (cleaned === '') return { kind: 'empty' };
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { kind: 'invalid' };
  const [, sign = '', whole = '', fraction = ''] = match;
  // Trailing zeros beyond the currency's digits change nothing (`12.500` EUR is 1250 cents).
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) return { kind: 'too_many_digits' };
  const minorDigits = `${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  const minor = Number(`${sign}${minorDigits}`);
  if (!Number.isSafeInteger(minor)) return { kind: 'invalid' };
  return { kind: 'amount', minor: Object.is(minor, -0) ? 0 : minor };
}

/** A minor-unit amount as the major-unit text the editor shows (`125050` EUR → `1250.50`). */
export function minorToMajor(minor: number, currency: string): string {
  return minorToDecimalString(minor, minorUnitDigits(currency));
}

/**
 * The instant at which the clock in `zone` shows `date` (YYYY-MM-DD) and `time` (HH:mm or
 * HH:mm:ss), written with that zone's offset (`2026-07-31T17:00:00+02:00` in Paris), or null.
 */
export function localToInstant(date: string, time: string, zone: string): string | null {
  if (!date || !time) return null;
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return null;
  return local.toISO({ suppressMilliseconds: true, includeOffset: true });
}

/** What the clock in `zone` shows at an instant: the date and the time (seconds only when not zero). */
export function instantToLocal(iso: string | null | undefined, zone: string): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const local = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!local.isValid) return { date: '', time: '' };
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat(local.second === 0 ? 'HH:mm' : 'HH:mm:ss') };
}

/** The zone in which the opening instant is typed: the lead side agency's, else UTC. */
export function openingZone(form: Pick<CallForm, 'sides'>, agencies: ReadonlyMap<string, AgencyFacts>): string {
  const lead = form.sides.find((side) => side.role === 'lead') ?? form.sides[0];
  return (lead && agencies.get(lead.agency)?.timezone) ?? 'UTC';
}

/** The editor's form for a stored call (instants shown in each agency's zone, money in major units). */
export function formFromConfig(call: CallConfig, agencies: ReadonlyMap<string, AgencyFacts>): CallForm {
  const sides: SideForm[] = call.sides.map((side) => {
    const zone = (side.agency && agencies.get(side.agency)?.timezone) ?? 'UTC';
    const deadline = instantToLocal(side.deadline, zone);
    const total = side.budget?.total;
    const cap = side.budget?.perProjectPerYearMax;
    return {
      key: nextKey(),
      agency: side.agency ?? '',
      acceptedAgencies: side.agency ? null : (side.agencies ?? null),
      role: side.role,
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
      reviews: side.reviews,
      budgetTotal: total ? minorToMajor(total.amount, total.currency) : '',
      budgetCap: cap ? minorToMajor(cap.amount, cap.currency) : '',
    };
  });
  const opens = instantToLocal(call.opens, openingZone({ sides }, agencies));
  const rule = <N extends RuleName>(name: N) => call.rules.find((item) => item.rule === name) as Extract<CallConfig['rules'][number], { rule: N }> | undefined;
  const partner = rule('partner_pi_funded_by');
  const exchange = rule('exchange_required');
  return {
    code: call.code,
    programme: call.programme,
    titleEn: call.title.en ?? '',
    titleJa: call.title.ja ?? '',
    descriptionEn: call.description?.en ?? '',
    descriptionJa: call.description?.ja ?? '',
    modality: call.modality,
    fields: [...call.fields],
    otherFields: '',
    opensDate: opens.date,
    opensTime: opens.time,
    sides,
    durationMin: call.durationMonths ? String(call.durationMonths.min) : '',
    durationMax: call.durationMonths ? String(call.durationMonths.max) : '',
    criteria: call.criteria.map((criterion) => ({
      key: nextKey(),
      code: criterion.code,
      nameEn: criterion.name.en ?? '',
      nameJa: criterion.name.ja ?? '',
      weight: String(criterion.weight),
      scaleMin: String(criterion.scale[0]),
      scaleMax: String(criterion.scale[1]),
    })),
    rules: {
      partner_pi_funded_by: { enabled: Boolean(partner), agencies: partner ? [...partner.agencies] : [] },
      exchange_required: { enabled: Boolean(exchange), minEarlyCareer: exchange ? String(exchange.minEarlyCareer) : '1' },
      budget_within_cap: { enabled: Boolean(rule('budget_within_cap')) },
      one_proposal_per_pi: { enabled: Boolean(rule('one_proposal_per_pi')) },
    },
    kept: { reviewsPerProposal: call.reviewsPerProposal, coi: call.coi },
  };
}

/** The field codes chosen: the ticked known ones, then the typed ones, once each. */
export function chosenFields(form: Pick<CallForm, 'fields' | 'otherFields'>): string[] {
  const typed = form.otherFields.split(/[\s,、]+/).filter(Boolean);
  return [...new Set([...form.fields, ...typed])];
}

/** The rules ticked, in the editor's fixed order (the order of `rules[i]` in the body). */
export function enabledRules(form: Pick<CallForm, 'rules'>): RuleName[] {
  return RULE_NAMES.filter((name) => form.rules[name].enabled);
}

const text = (en: string, ja: string) => ({ en: en.trim() || null, ja: ja.trim() || null });
const INTEGER = /^\s*-?\d+\s*$/;

/**
 * The call configuration to send, or the problems the browser can see before sending: amounts
 * that are no number or have too many decimals, half-typed dates, numbers that are not numbers.
 * Everything else (empty titles, unknown agencies, a cap above the total…) is the server's to
 * judge, and its answer is shown at the same fields.
 */
export function buildCallConfig(form: CallForm, agencies: ReadonlyMap<string, AgencyFacts>): { config: CallConfig; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const integer = (value: string, path: string): number => {
    if (!INTEGER.test(value)) {
      issues.push({ path, key: 'issue.integer' });
      return 0;
    }
    return Number(value.trim());
  };
  const instant = (date: string, time: string, zone: string, path: string): string | null => {
    if (!date && !time) return null;
    const value = localToInstant(date, time, zone);
    if (value === null) issues.push({ path, key: 'issue.dateTime' });
    return value;
  };

  const opens = instant(form.opensDate, form.opensTime, openingZone(form, agencies), 'opens');
  if (!form.opensDate) issues.push({ path: 'opens', key: 'issue.opensRequired' });

  const sides = form.sides.map((side, index) => {
    const facts = agencies.get(side.agency);
    const path = `sides[${index}]`;
    const money = (value: string, name: 'total' | 'perProjectPerYearMax') => {
      if (form.modality === 'twinning') return null;
      const currency = facts?.currency;
      const parsed = majorToMinor(value, minorUnitDigits(currency ?? 'XXX'));
      if (parsed.kind === 'empty') return null;
      const at = `${path}.budget.${name}.amount`;
      if (!currency) {
        issues.push({ path: `${path}.agency`, key: 'issue.agencyForBudget' });
        return null;
      }
      if (parsed.kind === 'invalid') issues.push({ path: at, key: 'issue.amount' });
      if (parsed.kind === 'too_many_digits') issues.push({ path: at, key: 'issue.amountDigits', params: { currency, digits: minorUnitDigits(currency) } });
      return parsed.kind === 'amount' ? { amount: parsed.minor, currency } : null;
    };
    const total = money(side.budgetTotal, 'total');
    const cap = money(side.budgetCap, 'perProjectPerYearMax');
    return {
      ...(side.acceptedAgencies ? { agencies: side.acceptedAgencies } : { agency: side.agency }),
      role: side.role,
      deadline: instant(side.deadlineDate, side.deadlineTime, facts?.timezone ?? 'UTC', `${path}.deadline`),
      reviews: side.reviews,
      budget: total || cap ? { total, perProjectPerYearMax: cap } : null,
    };
  });

  let durationMonths: CallConfig['durationMonths'] = null;
  if (form.durationMin.trim() || form.durationMax.trim()) {
    durationMonths = { min: integer(form.durationMin, 'durationMonths.min'), max: integer(form.durationMax, 'durationMonths.max') };
  }

  const criteria = form.criteria.map((criterion, index) => {
    const path = `criteria[${index}]`;
    const weight = Number(criterion.weight.trim());
    if (!criterion.weight.trim() || !Number.isFinite(weight)) issues.push({ path: `${path}.weight`, key: 'issue.number' });
    return {
      code: criterion.code.trim(),
      name: text(criterion.nameEn, criterion.nameJa),
      weight: Number.isFinite(weight) ? weight : 0,
      scale: [integer(criterion.scaleMin, `${path}.scale`), integer(criterion.scaleMax, `${path}.scale`)] as [number, number],
    };
  });

  const rules: CallConfig['rules'] = enabledRules(form).map((name, index) => {
    switch (name) {
      case 'partner_pi_funded_by':
        return { rule: name, agencies: [...form.rules.partner_pi_funded_by.agencies] };
      case 'exchange_required':
        return { rule: name, minEarlyCareer: integer(form.rules.exchange_required.minEarlyCareer, `rules[${index}].minEarlyCareer`) };
      case 'budget_within_cap':
      case 'one_proposal_per_pi':
        return { rule: name };
    }
  });

  const description = text(form.descriptionEn, form.descriptionJa);
  const config: CallConfig = {
    code: form.code.trim(),
    programme: form.programme.trim(),
    title: text(form.titleEn, form.titleJa),
    description: description.en || description.ja ? description : null,
    modality: form.modality,
    fields: chosenFields(form),
    opens: opens ?? '',
    sides,
    durationMonths,
    criteria,
    rules,
    ...form.kept,
  };
  return { config, issues };
}

/** The ids of every control and group the editor renders for `form` (see `fieldIdForPath`). */
export function knownFieldIds(form: Pick<CallForm, 'sides' | 'criteria' | 'modality'>): Set<string> {
  const ids = ['ce-code', 'ce-programme', 'ce-title', 'ce-description', 'ce-modality', 'ce-fields', 'ce-opens', 'ce-sides', 'ce-durationMonths', 'ce-durationMonths-min', 'ce-durationMonths-max', 'ce-criteria', 'ce-rules'];
  form.sides.forEach((_side, index) => {
    const side = `ce-sides-${index}`;
    ids.push(side, `${side}-agency`, `${side}-role`, `${side}-deadline`, `${side}-reviews`);
    if (form.modality !== 'twinning') ids.push(`${side}-budget`, `${side}-budget-total`, `${side}-budget-perProjectPerYearMax`);
  });
  form.criteria.forEach((_criterion, index) => {
    const criterion = `ce-criteria-${index}`;
    ids.push(criterion, `${criterion}-code`, `${criterion}-name`, `${criterion}-weight`, `${criterion}-scale`);
  });
  for (const name of RULE_NAMES) ids.push(`ce-rule-${name}`);
  ids.push('ce-rule-partner_pi_funded_by-agencies', 'ce-rule-exchange_required-minEarlyCareer');
  return new Set(ids);
}

/**
 * The control or group at which to show a problem with the JSON path `path` (as the server
 * writes it: `sides[1].budget.total.currency`): the deepest rendered id the path leads to, or
 * null when the path names no part of the editor. An amount's currency follows its agency, so
 * a currency problem is shown at the amount. `rules[i]` is the i-th ticked rule.
 */
export function fieldIdForPath(path: string, form: Pick<CallForm, 'sides' | 'criteria' | 'modality' | 'rules'>): string | null {
  const known = knownFieldIds(form);
  let normalised = path.replace(/\.currency$/, '').replace(/\.amount$/, '');
  normalised = normalised.replace(/^rules\[(\d+)\]/, (_match, index: string) => {
    const name = enabledRules(form)[Number(index)];
    return name ? `rule-${name}` : 'rules';
  });
  // Inner positions of lists that the editor shows as one control (fields[2], agencies[0]).
  const segments = normalised.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  for (let length = segments.length; length > 0; length -= 1) {
    const id = `ce-${segments.slice(0, length).join('-')}`;
    if (known.has(id)) return id;
  }
  return null;
}
