import { describe, expect, it } from 'vitest';
import { BundleSchema, type Bundle, type BundleProposal } from '../contracts/bundle.schemas.js';
import { isValidOrcid } from '../domain/orcid.js';
import { ASPIRE_CALL, DEMO_APPLICANT_ASPIRE_PROPOSAL } from './aspire-2022-trial.js';
import { buildDemoBundle } from './demo-bundle.js';
import { DEMO_APPLICANT, DEMO_PARTNER_APPLICANT } from './demo-people.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { DEMO_SICORP_PROPOSAL, SICORP_CALL } from './sicorp-jst-anr.js';

// The seed's result tables (seed 003, 令和4年度試行公募 結果), written out independently of the data.
const SEED_BY_COUNTRY = { US: 18, GB: 8, IT: 3, AU: 1, CA: 2, SE: 1, DK: 1, DE: 3, FR: 6 };
const SEED_BY_FIELD = { bio: 6, ai_info: 9, materials: 9, semiconductors: 3, energy: 6, quantum: 6, telecom: 4 };
const SEED_BY_COUNTRY_AND_FUNDER = {
  'US/DOE': 5, 'US/NIH': 2, 'US/NSF': 10, 'US/US-PRIVATE': 1,
  'GB/UKRI': 6, 'GB/GB-PRIVATE': 2,
  'IT/MUR': 3, 'AU/ARC': 1, 'CA/CIHR': 1, 'CA/NSERC': 1, 'SE/SRC': 1, 'DK/DK-PRIVATE': 1,
  'DE/BMBF': 1, 'DE/DFG': 1, 'DE/DE-PUBLIC-RO': 1,
  'FR/ANR': 4, 'FR/CNRS': 2,
};
const SEED_SELECTED_BY_FIELD = { bio: 1, ai_info: 1, semiconductors: 1, quantum: 1, telecom: 1, materials: 2 };

function parsed(): Bundle {
  const result = BundleSchema.safeParse(buildDemoBundle());
  if (!result.success) {
    throw new Error(`Demo bundle is invalid:\n${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return result.data;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function team(proposal: BundleProposal, role: 'lead' | 'partner') {
  const found = proposal.teams.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`${proposal.ref} has no ${role} team`);
  return found;
}

function expectUnique(values: readonly string[], what: string): void {
  const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
  expect(duplicates, `duplicate ${what}`).toEqual([]);
}

const bundle = parsed();
const inCall = (call: string) => bundle.proposals.filter((proposal) => proposal.call === call);
const aspire = inCall(ASPIRE_CALL);
const sicorp = inCall(SICORP_CALL);
const proposalByRef = new Map(bundle.proposals.map((proposal) => [proposal.ref, proposal]));
const personByRef = new Map(bundle.people.map((person) => [person.ref, person]));

describe('demo bundle', () => {
  it('passes the bundle schema', () => {
    const result = BundleSchema.safeParse(buildDemoBundle());
    if (!result.success) console.error(result.error.issues);
    expect(result.success).toBe(true);
  });

  it('is deterministic', () => {
    expect(buildDemoBundle()).toEqual(buildDemoBundle());
  });

  it('has unique refs and codes in every list', () => {
    expectUnique(bundle.agencies.map((a) => a.code), 'agency codes');
    expectUnique(bundle.organisations.map((o) => o.ref), 'organisation refs');
    expectUnique(bundle.people.map((p) => p.ref), 'person refs');
    expectUnique(bundle.people.map((p) => p.name.en ?? ''), 'person names');
    expectUnique(bundle.people.flatMap((p) => (p.orcid ? [p.orcid] : [])), 'ORCID iDs');
    expectUnique(bundle.people.flatMap((p) => (p.email ? [p.email] : [])), 'e-mail addresses');
    expectUnique(bundle.programmes.map((p) => p.code), 'programme codes');
    expectUnique(bundle.calls.map((c) => c.code), 'call codes');
    expectUnique(bundle.proposals.map((p) => p.ref), 'proposal refs');
    expectUnique(bundle.reviewers.map((r) => `${r.agency}/${r.person}`), 'reviewers');
    expectUnique(bundle.reviews.map((r) => `${r.proposal}/${r.agency}/${r.reviewer}`), 'reviews');
    expectUnique(bundle.reviewers.flatMap((r) => r.publications.flatMap((p) => (p.doi ? [p.doi] : []))), 'DOIs');
  });

  it('resolves every reference', () => {
    const agencies = new Set(bundle.agencies.map((a) => a.code));
    const organisations = new Set(bundle.organisations.map((o) => o.ref));
    const programmes = new Set(bundle.programmes.map((p) => p.code));
    const calls = new Map(bundle.calls.map((c) => [c.code, c]));
    const missing: string[] = [];
    const need = (ok: boolean, what: string) => {
      if (!ok) missing.push(what);
    };

    for (const person of bundle.people) {
      for (const affiliation of person.affiliations) need(organisations.has(affiliation.organisation), `${person.ref} → ${affiliation.organisation}`);
    }
    for (const programme of bundle.programmes) need(agencies.has(programme.agency), `${programme.code} → ${programme.agency}`);
    for (const call of bundle.calls) {
      need(programmes.has(call.programme), `${call.code} → ${call.programme}`);
      for (const side of call.sides) {
        for (const code of [side.agency, ...(side.agencies ?? [])]) if (code) need(agencies.has(code), `${call.code} side → ${code}`);
      }
      for (const rule of call.rules) {
        if (rule.rule === 'partner_pi_funded_by') for (const code of rule.agencies) need(agencies.has(code), `${call.code} rule → ${code}`);
      }
    }
    for (const proposal of bundle.proposals) {
      need(calls.has(proposal.call), `${proposal.ref} → ${proposal.call}`);
      need(calls.get(proposal.call)?.fields.includes(proposal.field) ?? false, `${proposal.ref} field ${proposal.field}`);
      for (const t of proposal.teams) {
        for (const ref of [t.pi, ...t.members]) need(personByRef.has(ref), `${proposal.ref} → ${ref}`);
        if (t.agency) need(agencies.has(t.agency), `${proposal.ref} team → ${t.agency}`);
        for (const funding of t.funding) need(agencies.has(funding.agency), `${proposal.ref} funding → ${funding.agency}`);
      }
      for (const exchange of proposal.exchanges) need(personByRef.has(exchange.person), `${proposal.ref} exchange → ${exchange.person}`);
    }
    for (const reviewer of bundle.reviewers) {
      need(personByRef.has(reviewer.person), `reviewer ${reviewer.person}`);
      need(agencies.has(reviewer.agency), `reviewer agency ${reviewer.agency}`);
      for (const conflict of reviewer.conflicts) need(proposalByRef.has(conflict.proposal), `conflict → ${conflict.proposal}`);
      for (const publication of reviewer.publications) for (const author of publication.authors) need(personByRef.has(author), `author ${author}`);
    }
    for (const review of bundle.reviews) {
      need(proposalByRef.has(review.proposal), `review → ${review.proposal}`);
      need(agencies.has(review.agency), `review agency ${review.agency}`);
      need(bundle.reviewers.some((r) => r.person === review.reviewer && r.agency === review.agency), `review by ${review.reviewer} (${review.agency})`);
    }
    expect(missing).toEqual([]);
  });

  it('gives every agency, organisation and person a name in both languages, and valid ORCID iDs', () => {
    for (const named of [...bundle.agencies, ...bundle.organisations, ...bundle.people]) {
      expect(named.name.en?.trim()).toBeTruthy();
      expect(named.name.ja?.trim()).toBeTruthy();
    }
    const invalid = bundle.people.filter((p) => p.orcid && !isValidOrcid(p.orcid)).map((p) => p.orcid);
    expect(invalid).toEqual([]);
    expect(bundle.people.every((p) => p.orcid)).toBe(true);
  });
});

describe('ASPIRE FY2022 trial call (seed 003)', () => {
  const call = bundle.calls.find((c) => c.code === ASPIRE_CALL);
  const partnerCountry = (p: BundleProposal) => team(p, 'partner').country;
  const firstFunder = (p: BundleProposal) => team(p, 'partner').funding[0]?.agency ?? '(none)';

  it('has the call as configured in the seed', () => {
    expect(call?.opens).toBe('2022-09-20T10:00:00+09:00');
    expect(call?.sides[0]).toMatchObject({ agency: 'JST', role: 'lead', deadline: '2022-11-30T12:00:00+09:00', reviews: true });
    expect(call?.sides[0]?.budget?.perProjectPerYearMax).toEqual({ amount: 26_000_000, currency: 'JPY' });
    expect(call?.sides[0]?.budget?.total).toEqual({ amount: 182_000_000, currency: 'JPY' });
    expect(call?.durationMonths).toEqual({ min: 60, max: 60 });
  });

  it('reproduces the three tables of the seed exactly', () => {
    expect(aspire).toHaveLength(43);
    expect(countBy(aspire, partnerCountry)).toEqual(SEED_BY_COUNTRY);
    expect(countBy(aspire, (p) => p.field)).toEqual(SEED_BY_FIELD);
    expect(countBy(aspire, (p) => `${partnerCountry(p)}/${firstFunder(p)}`)).toEqual(SEED_BY_COUNTRY_AND_FUNDER);
  });

  it('selects 7 with the seed\'s field split and rejects the rest', () => {
    const selected = aspire.filter((p) => p.decision === 'selected');
    expect(selected).toHaveLength(7);
    expect(countBy(selected, (p) => p.field)).toEqual(SEED_SELECTED_BY_FIELD);
    expect(aspire.filter((p) => p.decision === 'rejected')).toHaveLength(36);
  });

  it('has only submitted proposals, each received between opening and deadline', () => {
    const opens = Date.parse('2022-09-20T10:00:00+09:00');
    const deadline = Date.parse('2022-11-30T12:00:00+09:00');
    for (const p of aspire) {
      expect(p.status).toBe('submitted');
      const at = Date.parse(p.submittedAt ?? '');
      expect(at >= opens && at <= deadline, `${p.ref} submitted at ${p.submittedAt}`).toBe(true);
    }
    expect(aspire.map((p) => p.ref)).toEqual(Array.from({ length: 43 }, (_, i) => `ASP22-${String(i + 1).padStart(3, '0')}`));
  });

  it('keeps every JST budget line in yen within the ¥26M cap, for fiscal years 2023–2027', () => {
    for (const p of aspire) {
      const lead = team(p, 'lead');
      expect(lead).toMatchObject({ agency: 'JST', country: 'JP' });
      expect(lead.budget.map((line) => line.fiscalYear)).toEqual([2023, 2024, 2025, 2026, 2027]);
      for (const line of lead.budget) {
        expect(line.amount.currency).toBe('JPY');
        expect(line.amount.amount).toBeLessThanOrEqual(26_000_000);
        expect(line.amount.amount).toBeGreaterThanOrEqual(18_000_000);
      }
    }
  });

  it('has complete, plausible teams and an early-career exchange in every proposal', () => {
    const partnerFunders = new Set(call?.rules.flatMap((r) => (r.rule === 'partner_pi_funded_by' ? r.agencies : [])));
    for (const p of aspire) {
      const lead = team(p, 'lead');
      const partner = team(p, 'partner');
      expect(lead.members.length).toBeGreaterThanOrEqual(1);
      expect(lead.members.length).toBeLessThanOrEqual(3);
      expect(partner.pi).not.toBe(lead.pi);
      expect(partnerFunders.has(firstFunder(p))).toBe(true);
      expect(p.keywords.length).toBeGreaterThanOrEqual(3);
      expect(p.keywords.length).toBeLessThanOrEqual(6);
      expect(p.title.en && p.title.ja && p.abstract?.en && p.abstract.ja).toBeTruthy();
      const onTeams = new Set([lead.pi, ...lead.members, partner.pi, ...partner.members]);
      const earlyCareer = p.exchanges.filter((e) => {
        const phd = personByRef.get(e.person)?.phdYear;
        return onTeams.has(e.person) && (phd === null || phd === undefined || phd >= 2013) && e.purpose?.en && e.purpose.ja;
      });
      expect(earlyCareer.length, `${p.ref} early-career exchange`).toBeGreaterThanOrEqual(1);
    }
    expectUnique(aspire.map((p) => p.title.en ?? ''), 'ASPIRE titles');
  });
});

describe('SICORP JST–ANR joint call', () => {
  it('has the statuses and decisions of the scenario', () => {
    expect(sicorp).toHaveLength(12);
    expect(countBy(sicorp, (p) => p.status)).toEqual({ draft: 2, submitted: 7, withdrawn: 1, ineligible: 2 });
    const submitted = sicorp.filter((p) => p.status === 'submitted');
    expect(countBy(submitted, (p) => p.decision ?? 'none')).toEqual({ selected: 2, waitlisted: 1, rejected: 2, none: 2 });
    for (const p of sicorp.filter((candidate) => candidate.status !== 'submitted')) expect(p.decision ?? null).toBeNull();
    for (const p of sicorp.filter((candidate) => candidate.status === 'draft')) expect(p.submittedAt ?? null).toBeNull();
  });

  it('has one ineligible proposal over a cap and one after the deadline; the others respect both', () => {
    const jstDeadline = Date.parse('2025-06-30T12:00:00+09:00');
    const overCap = (p: BundleProposal) =>
      team(p, 'lead').budget.some((l) => l.amount.amount > 15_000_000) || team(p, 'partner').budget.some((l) => l.amount.amount > 15_000_000);
    const late = (p: BundleProposal) => p.submittedAt !== null && p.submittedAt !== undefined && Date.parse(p.submittedAt) > jstDeadline;
    const ineligible = sicorp.filter((p) => p.status === 'ineligible');
    expect(ineligible.filter(overCap)).toHaveLength(1);
    expect(ineligible.filter(late)).toHaveLength(1);
    for (const p of sicorp.filter((candidate) => candidate.status !== 'ineligible')) {
      expect(overCap(p), p.ref).toBe(false);
      expect(late(p), p.ref).toBe(false);
    }
  });

  it('budgets each team in its agency\'s currency and names ANR funding', () => {
    for (const p of sicorp) {
      const lead = team(p, 'lead');
      const partner = team(p, 'partner');
      expect(lead).toMatchObject({ agency: 'JST', country: 'JP' });
      expect(partner).toMatchObject({ agency: 'ANR', country: 'FR' });
      expect(lead.budget.every((l) => l.amount.currency === 'JPY')).toBe(true);
      expect(partner.budget.every((l) => l.amount.currency === 'EUR')).toBe(true);
      expect(partner.funding[0]?.agency).toBe('ANR');
      expect(partner.funding[0]?.grantId).toMatch(/^ANR-25-/);
    }
  });

  it('has reviews on each reviewing side, scored on every criterion within the scale', () => {
    const call = bundle.calls.find((c) => c.code === SICORP_CALL);
    const reviews = bundle.reviews.filter((r) => proposalByRef.get(r.proposal)?.call === SICORP_CALL);
    expect(new Set(reviews.map((r) => r.agency))).toEqual(new Set(['JST', 'ANR']));
    for (const review of reviews) {
      for (const criterion of call?.criteria ?? []) {
        const score = review.scores[criterion.code];
        expect(score, `${review.proposal} ${criterion.code}`).toBeGreaterThanOrEqual(criterion.scale[0]);
        expect(score).toBeLessThanOrEqual(criterion.scale[1]);
      }
      expect(Object.keys(review.scores).sort()).toEqual((call?.criteria ?? []).map((c) => c.code).sort());
      expect(review.confidence).toBeGreaterThanOrEqual(1);
      expect(review.confidence).toBeLessThanOrEqual(5);
      expect(review.comment?.en && review.comment.ja).toBeTruthy();
      expect(review.status).toBe('submitted');
    }
  });

  it('has pools for both agencies with one declared conflict each', () => {
    for (const agency of ['JST', 'ANR']) {
      const pool = bundle.reviewers.filter((r) => r.agency === agency && r.fields.some((f) => ['ai_info', 'materials', 'energy'].includes(f)));
      expect(pool.length).toBeGreaterThanOrEqual(8);
      const declared = bundle.reviewers.filter(
        (r) => r.agency === agency && r.conflicts.some((c) => c.reason === 'declared' && proposalByRef.get(c.proposal)?.call === SICORP_CALL),
      );
      expect(declared).toHaveLength(1);
    }
  });
});

describe('across calls', () => {
  it('makes nobody PI of more than one proposal in a call', () => {
    for (const call of bundle.calls) {
      const pis = inCall(call.code).flatMap((p) => p.teams.map((t) => t.pi));
      expectUnique(pis, `PIs in ${call.code}`);
    }
  });

  it('never has a reviewer review a proposal they are on, or one they declared a conflict with', () => {
    for (const review of bundle.reviews) {
      const proposal = proposalByRef.get(review.proposal);
      const onTeam = proposal?.teams.some((t) => t.pi === review.reviewer || t.members.includes(review.reviewer));
      expect(onTeam, `${review.reviewer} on ${review.proposal}`).toBe(false);
      const reviewer = bundle.reviewers.find((r) => r.person === review.reviewer && r.agency === review.agency);
      expect(reviewer?.conflicts.some((c) => c.proposal === review.proposal)).toBe(false);
    }
    const applicants = new Set(bundle.proposals.flatMap((p) => p.teams.flatMap((t) => [t.pi, ...t.members])));
    expect(bundle.reviewers.filter((r) => applicants.has(r.person))).toEqual([]);
  });
});

describe('demo users', () => {
  it('point at people who exist, with the roles the demo needs', () => {
    expect(DEMO_PASSWORD).toBe('kakehashi-demo');
    expectUnique(DEMO_USERS.map((u) => u.email), 'user e-mails');
    for (const user of DEMO_USERS) if (user.person) expect(personByRef.has(user.person), user.email).toBe(true);
    const byEmail = new Map(DEMO_USERS.map((u) => [u.email.split('@')[0], u]));
    for (const local of ['admin', 'po.jst', 'pd.jst', 'officer.anr', 'applicant', 'partner.applicant', 'reviewer.jst', 'reviewer.anr', 'security', 'analyst']) {
      expect(byEmail.has(local), local).toBe(true);
    }
  });

  it('let the applicants and reviewers act on their own proposals and pools', () => {
    const userPerson = (local: string) => DEMO_USERS.find((u) => u.email.startsWith(`${local}@`))?.person;
    const sicorpProposal = proposalByRef.get(DEMO_SICORP_PROPOSAL);
    const aspireProposal = proposalByRef.get(DEMO_APPLICANT_ASPIRE_PROPOSAL);
    expect(userPerson('applicant')).toBe(DEMO_APPLICANT);
    expect(sicorpProposal && team(sicorpProposal, 'lead').pi).toBe(DEMO_APPLICANT);
    expect(aspireProposal && team(aspireProposal, 'lead').pi).toBe(DEMO_APPLICANT);
    expect(userPerson('partner.applicant')).toBe(DEMO_PARTNER_APPLICANT);
    expect(sicorpProposal && team(sicorpProposal, 'partner').pi).toBe(DEMO_PARTNER_APPLICANT);
    for (const [local, agency] of [['reviewer.jst', 'JST'], ['reviewer.anr', 'ANR']] as const) {
      const person = userPerson(local);
      expect(bundle.reviewers.some((r) => r.person === person && r.agency === agency)).toBe(true);
      expect(bundle.reviews.some((r) => r.reviewer === person && r.agency === agency)).toBe(true);
    }
  });
});
