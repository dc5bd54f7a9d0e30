import type { ValidationIssue } from '../../domain/app-error.js';
import type { Bundle } from '../../contracts/bundle.schemas.js';

/** What the database already holds that a bundle may refer to without repeating it. */
export type StoredKeys = {
  agencies: Map<string, { currency: string }>;
  organisations: Set<string>;
  people: Set<string>;
  programmes: Set<string>;
  calls: Map<string, StoredCall>;
  proposals: Map<string, { call: string }>;
  /** `personRef:agencyCode` of every stored reviewer. */
  reviewers: Set<string>;
};

export type StoredCall = {
  sideAgencies: string[];
  criteria: Array<{ code: string; scale: [number, number] }>;
  /** The call's own entry failed its shape check: checks that need its content are skipped. */
  isPartial?: boolean;
};

/** The keys a bundle refers to, so the service loads only those from the database. */
export function referencedKeys(bundle: Bundle): { agencies: Set<string>; organisations: Set<string>; people: Set<string>; programmes: Set<string>; calls: Set<string>; proposals: Set<string> } {
  const keys = { agencies: new Set<string>(), organisations: new Set<string>(), people: new Set<string>(), programmes: new Set<string>(), calls: new Set<string>(), proposals: new Set<string>() };
  // forEach, not for-of: lists may be sparse where items failed their shape check.
  bundle.programmes.forEach((programme) => keys.agencies.add(programme.agency));
  bundle.calls.forEach((call) => {
    keys.programmes.add(call.programme);
    for (const side of call.sides) {
      if (side.agency) keys.agencies.add(side.agency);
      side.agencies?.forEach((code) => keys.agencies.add(code));
    }
    for (const rule of call.rules) if (rule.rule === 'partner_pi_funded_by') rule.agencies.forEach((code) => keys.agencies.add(code));
  });
  bundle.people.forEach((person) => person.affiliations.forEach((affiliation) => keys.organisations.add(affiliation.organisation)));
  bundle.proposals.forEach((proposal) => {
    keys.calls.add(proposal.call);
    for (const team of proposal.teams) {
      if (team.agency) keys.agencies.add(team.agency);
      keys.people.add(team.pi);
      team.members.forEach((member) => keys.people.add(member));
      team.funding.forEach((funding) => keys.agencies.add(funding.agency));
    }
    proposal.exchanges.forEach((exchange) => keys.people.add(exchange.person));
  });
  bundle.reviewers.forEach((reviewer) => {
    keys.people.add(reviewer.person);
    keys.agencies.add(reviewer.agency);
    reviewer.publications.forEach((publication) => publication.authors.forEach((author) => keys.people.add(author)));
    reviewer.conflicts.forEach((conflict) => keys.proposals.add(conflict.proposal));
  });
  bundle.reviews.forEach((review) => {
    keys.proposals.add(review.proposal);
    keys.people.add(review.reviewer);
    keys.agencies.add(review.agency);
  });
  return keys;
}

type Issues = ValidationIssue[];

function report(issues: Issues, path: string, en: string, ja: string): void {
  issues.push({ path, message: { en, ja } });
}

function checkUnique<T>(issues: Issues, list: readonly T[], listName: string, keyName: string, keyOf: (item: T) => string): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        issues,
        `${listName}[${index}].${keyName}`,
        `"${key}" is already used by ${listName}[${first}]; each ${keyName} must be unique in its list`,
        `"${key}" は ${listName}[${first}] で既に使われています。${keyName} は一覧内で一意にしてください`,
      );
    } else {
      seen.set(key, index);
    }
  });
  return new Set(seen.keys());
}

function checkReference(issues: Issues, path: string, value: string, known: (key: string) => boolean, what: { en: string; ja: string }): void {
  if (!known(value)) {
    report(
      issues,
      path,
      `"${value}" names no ${what.en} in this bundle or in the database; add it to the bundle's ${what.en} list or correct the reference`,
      `"${value}" という${what.ja}はこのバンドルにもデータベースにもありません。${what.ja}を追加するか参照を修正してください`,
    );
  }
}

const AGENCY = { en: 'agency', ja: '機関' };
const PERSON = { en: 'person', ja: '人物' };
const ORGANISATION = { en: 'organisation', ja: '組織' };
const PROGRAMME = { en: 'programme', ja: 'プログラム' };
const CALL = { en: 'call', ja: '公募' };
const PROPOSAL = { en: 'proposal', ja: '提案' };

/**
 * Everything that the shape alone cannot check: unique keys, references that resolve in the
 * bundle or the database, currencies that match their agency, statuses that agree with their
 * dates. Returns every problem; an empty list means the bundle can be written.
 */
export function checkBundleReferences(bundle: Bundle, stored: StoredKeys): ValidationIssue[] {
  const issues: Issues = [];
  const agencies = new Map<string, { currency: string }>(stored.agencies);
  checkUnique(issues, bundle.agencies, 'agencies', 'code', (agency) => agency.code);
  bundle.agencies.forEach((agency) => agencies.set(agency.code, { currency: agency.currency }));
  const organisations = new Set([...stored.organisations, ...checkUnique(issues, bundle.organisations, 'organisations', 'ref', (o) => o.ref)]);
  const people = new Set([...stored.people, ...checkUnique(issues, bundle.people, 'people', 'ref', (p) => p.ref)]);
  const programmes = new Set([...stored.programmes, ...checkUnique(issues, bundle.programmes, 'programmes', 'code', (p) => p.code)]);
  checkUnique(issues, bundle.calls, 'calls', 'code', (call) => call.code);
  checkUnique(issues, bundle.proposals, 'proposals', 'ref', (proposal) => proposal.ref);

  const hasAgency = (code: string) => agencies.has(code);
  const hasPerson = (ref: string) => people.has(ref);

  bundle.people.forEach((person, index) => {
    person.affiliations.forEach((affiliation, position) => {
      const path = `people[${index}].affiliations[${position}]`;
      checkReference(issues, `${path}.organisation`, affiliation.organisation, (ref) => organisations.has(ref), ORGANISATION);
      if (affiliation.to && affiliation.to < affiliation.from) {
        report(issues, `${path}.to`, `The affiliation ends (${affiliation.to}) before it starts (${affiliation.from})`, `所属の終了日（${affiliation.to}）が開始日（${affiliation.from}）より前です`);
      }
    });
  });

  bundle.programmes.forEach((programme, index) => checkReference(issues, `programmes[${index}].agency`, programme.agency, hasAgency, AGENCY));

  const calls = new Map<string, StoredCall>(stored.calls);
  bundle.calls.forEach((call, index) => {
    const path = `calls[${index}]`;
    checkReference(issues, `${path}.programme`, call.programme, (code) => programmes.has(code), PROGRAMME);
    if (call.durationMonths && call.durationMonths.min > call.durationMonths.max) {
      report(issues, `${path}.durationMonths`, `The minimum duration (${call.durationMonths.min}) exceeds the maximum (${call.durationMonths.max})`, `最短期間（${call.durationMonths.min}か月）が最長期間（${call.durationMonths.max}か月）を超えています`);
    }
    if (!call.sides.some((side) => side.role === 'lead')) {
      report(issues, `${path}.sides`, 'A call needs one side whose role is "lead"', '公募には role が "lead" の側が1つ必要です');
    }
    const sideAgencies: string[] = [];
    call.sides.forEach((side, position) => {
      const sidePath = `${path}.sides[${position}]`;
      if (side.agency) {
        checkReference(issues, `${sidePath}.agency`, side.agency, hasAgency, AGENCY);
        sideAgencies.push(side.agency);
      }
      side.agencies?.forEach((code, k) => {
        checkReference(issues, `${sidePath}.agencies[${k}]`, code, hasAgency, AGENCY);
        sideAgencies.push(code);
      });
      const currency = side.agency ? agencies.get(side.agency)?.currency : undefined;
      for (const key of ['total', 'perProjectPerYearMax'] as const) {
        const money = side.budget?.[key];
        if (money && currency && money.currency !== currency) {
          report(issues, `${sidePath}.budget.${key}.currency`, `The budget of ${side.agency}'s side must be in ${currency}, the agency's currency, not ${money.currency}`, `${side.agency} 側の予算は機関の通貨 ${currency} で指定してください（${money.currency} ではなく）`);
        }
      }
    });
    checkUnique(issues, call.criteria, `${path}.criteria`, 'code', (criterion) => criterion.code);
    call.criteria.forEach((criterion, position) => {
      if (criterion.scale[0] >= criterion.scale[1]) {
        report(issues, `${path}.criteria[${position}].scale`, `The scale's minimum (${criterion.scale[0]}) must be below its maximum (${criterion.scale[1]})`, `評点の最小値（${criterion.scale[0]}）は最大値（${criterion.scale[1]}）より小さくしてください`);
      }
    });
    call.rules.forEach((rule, position) => {
      if (rule.rule === 'partner_pi_funded_by') {
        rule.agencies.forEach((code, k) => checkReference(issues, `${path}.rules[${position}].agencies[${k}]`, code, hasAgency, AGENCY));
      }
    });
    calls.set(call.code, { sideAgencies, criteria: call.criteria.map((criterion) => ({ code: criterion.code, scale: criterion.scale })) });
  });

  const proposals = new Map<string, { call: string }>(stored.proposals);
  bundle.proposals.forEach((proposal, index) => {
    const path = `proposals[${index}]`;
    proposals.set(proposal.ref, { call: proposal.call });
    const call = calls.get(proposal.call);
    checkReference(issues, `${path}.call`, proposal.call, (code) => calls.has(code), CALL);
    const leads = proposal.teams.filter((team) => team.role === 'lead').length;
    if (leads !== 1) {
      report(issues, `${path}.teams`, `A proposal needs exactly one team whose role is "lead" (found ${leads})`, `提案には role が "lead" のチームがちょうど1つ必要です（${leads}件あります）`);
    }
    proposal.teams.forEach((team, position) => {
      const teamPath = `${path}.teams[${position}]`;
      if (team.agency) {
        checkReference(issues, `${teamPath}.agency`, team.agency, hasAgency, AGENCY);
        if (call && !call.isPartial && agencies.has(team.agency) && !call.sideAgencies.includes(team.agency)) {
          report(issues, `${teamPath}.agency`, `${team.agency} is not an agency of call ${proposal.call} (its sides: ${call.sideAgencies.join(', ')})`, `${team.agency} は公募 ${proposal.call} の機関ではありません（この公募の機関: ${call.sideAgencies.join('、')}）`);
        }
      }
      checkReference(issues, `${teamPath}.pi`, team.pi, hasPerson, PERSON);
      team.members.forEach((member, k) => checkReference(issues, `${teamPath}.members[${k}]`, member, hasPerson, PERSON));
      team.funding.forEach((funding, k) => checkReference(issues, `${teamPath}.funding[${k}].agency`, funding.agency, hasAgency, AGENCY));
      const currency = team.agency ? agencies.get(team.agency)?.currency : undefined;
      const years = new Set<number>();
      team.budget.forEach((line, k) => {
        if (years.has(line.fiscalYear)) {
          report(issues, `${teamPath}.budget[${k}].fiscalYear`, `Fiscal year ${line.fiscalYear} appears twice in this team's budget; give one amount per year`, `${line.fiscalYear}年度がこのチームの予算に2回あります。年度ごとに1つの金額にしてください`);
        }
        years.add(line.fiscalYear);
        if (currency && line.amount.currency !== currency) {
          report(issues, `${teamPath}.budget[${k}].amount.currency`, `${team.agency}'s team budgets in ${currency}, not ${line.amount.currency}`, `${team.agency} 側チームの予算は ${currency} で指定してください（${line.amount.currency} ではなく）`);
        }
        if (line.amount.amount < 0) {
          report(issues, `${teamPath}.budget[${k}].amount.amount`, 'A budget amount cannot be negative', '予算額を負の値にすることはできません');
        }
      });
    });
    proposal.exchanges.forEach((exchange, k) => checkReference(issues, `${path}.exchanges[${k}].person`, exchange.person, hasPerson, PERSON));
    if (proposal.status === 'submitted' && !proposal.submittedAt) {
      report(issues, `${path}.submittedAt`, 'A submitted proposal needs the instant it was submitted ("submittedAt")', '提出済みの提案には提出日時（"submittedAt"）が必要です');
    }
    if (proposal.status === 'draft' && proposal.submittedAt) {
      report(issues, `${path}.submittedAt`, 'A draft has not been submitted: remove "submittedAt" or set the status to "submitted"', '下書きは未提出です。"submittedAt" を削除するか status を "submitted" にしてください');
    }
    if (proposal.decision && proposal.status !== 'submitted') {
      report(issues, `${path}.decision`, `Only a submitted proposal can have a decision; this one is "${proposal.status}"`, `採否は提出済みの提案にのみ付けられます（この提案は "${proposal.status}"）`);
    }
  });

  const reviewers = new Set(stored.reviewers);
  const reviewerKeys = checkUnique(issues, bundle.reviewers, 'reviewers', 'person', (reviewer) => `${reviewer.person}:${reviewer.agency}`);
  reviewerKeys.forEach((key) => reviewers.add(key));
  bundle.reviewers.forEach((reviewer, index) => {
    const path = `reviewers[${index}]`;
    checkReference(issues, `${path}.person`, reviewer.person, hasPerson, PERSON);
    checkReference(issues, `${path}.agency`, reviewer.agency, hasAgency, AGENCY);
    if (reviewer.minLoad > reviewer.maxLoad) {
      report(issues, `${path}.minLoad`, `minLoad (${reviewer.minLoad}) exceeds maxLoad (${reviewer.maxLoad})`, `minLoad（${reviewer.minLoad}）が maxLoad（${reviewer.maxLoad}）を超えています`);
    }
    reviewer.publications.forEach((publication, k) =>
      publication.authors.forEach((author, a) => checkReference(issues, `${path}.publications[${k}].authors[${a}]`, author, hasPerson, PERSON)),
    );
    reviewer.conflicts.forEach((conflict, k) => checkReference(issues, `${path}.conflicts[${k}].proposal`, conflict.proposal, (ref) => proposals.has(ref), PROPOSAL));
  });

  checkUnique(issues, bundle.reviews, 'reviews', 'reviewer', (review) => `${review.proposal}:${review.reviewer}:${review.agency}`);
  bundle.reviews.forEach((review, index) => {
    const path = `reviews[${index}]`;
    checkReference(issues, `${path}.proposal`, review.proposal, (ref) => proposals.has(ref), PROPOSAL);
    if (!reviewers.has(`${review.reviewer}:${review.agency}`)) {
      report(issues, `${path}.reviewer`, `${review.reviewer} is not a reviewer of ${review.agency}; add them to "reviewers" with that agency`, `${review.reviewer} は ${review.agency} の審査員ではありません。"reviewers" にその機関で追加してください`);
    }
    const call = calls.get(proposals.get(review.proposal)?.call ?? '');
    if (!call || call.isPartial) return;
    // A submitted review counts in the scores, whose total needs every criterion (scores.ts);
    // a draft may lack some, as a reviewer's draft may.
    if (review.status === 'submitted') {
      for (const criterion of call.criteria) {
        if (!(criterion.code in review.scores)) {
          report(issues, `${path}.scores.${criterion.code}`, `A submitted review must score every criterion; "${criterion.code}" has no score (give it, or set "status": "draft")`, `提出済みの評価はすべての評価項目を採点している必要があります。「${criterion.code}」の評点がありません（評点を記入するか、"status": "draft" にしてください）`);
        }
      }
    }
    for (const [code, score] of Object.entries(review.scores)) {
      const criterion = call.criteria.find((item) => item.code === code);
      if (!criterion) {
        report(issues, `${path}.scores.${code}`, `"${code}" is not a criterion of the call (its criteria: ${call.criteria.map((item) => item.code).join(', ')})`, `"${code}" はこの公募の評価項目ではありません（評価項目: ${call.criteria.map((item) => item.code).join('、')}）`);
      } else if (score < criterion.scale[0] || score > criterion.scale[1]) {
        report(issues, `${path}.scores.${code}`, `The score ${score} lies outside the criterion's scale ${criterion.scale[0]}–${criterion.scale[1]}`, `評点 ${score} は評価尺度 ${criterion.scale[0]}〜${criterion.scale[1]} の範囲外です`);
      }
    }
  });
  return issues;
}
