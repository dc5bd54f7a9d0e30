import { sql, type Expression, type SqlBool } from 'kysely';
import type { BilingualText } from '../../domain/bilingual-text.js';
import type { ProposalVisibility } from '../../domain/access/policies.js';
import type { Decision, Modality, ProposalStatus, SideRole } from '../../domain/model.js';
import type { Money } from '../../domain/money.js';
import type { Executor } from '../database.js';
import { textMatch, type TextMatch } from './search.repository.js';

export type ProposalSort = 'ref' | 'title' | 'field' | 'status' | 'decision' | 'submittedAt' | 'partnerCountry' | 'partnerAgency';

export type ProposalFilter = {
  call?: string | undefined;
  /** Words to search for, as a tsquery in text form (built by services/search from what the user typed). */
  textQuery?: string | undefined;
  status?: ProposalStatus | undefined;
  decision?: Decision | 'none' | undefined;
  field?: string | undefined;
  partnerCountry?: string | undefined;
  partnerAgency?: string | undefined;
};

export type PersonView = { ref: string; name: BilingualText; orcid: string | null };

export type ProposalListItem = {
  ref: string;
  call: string;
  title: BilingualText;
  field: string;
  status: ProposalStatus;
  decision: Decision | null;
  submittedAt: string | null;
  leadPi: PersonView | null;
  partnerCountry: string | null;
  partnerAgency: string | null;
};

export type ProposalPage = { items: ProposalListItem[]; total: number };

const SORT_COLUMN: Record<ProposalSort, string> = {
  ref: 'p.ref',
  title: "coalesce(p.title_en, p.title_ja)",
  field: 'p.field',
  status: 'p.status',
  decision: 'p.decision',
  submittedAt: 'p.submitted_at',
  partnerCountry: 'p.partner_country',
  partnerAgency: 'partner_agency.code',
};

// The partner team's country and FA are kept on the proposal (see the core migration).
const PARTNER_JOIN = sql`left join agencies partner_agency on partner_agency.id = p.partner_agency_id`;

const LEAD_JOIN = sql`left join lateral (
    select pe.ref, pe.name_en, pe.name_ja, pe.orcid
      from proposal_teams t join people pe on pe.id = t.pi_person_id
     where t.proposal_id = p.id and t.role = 'lead'
     order by t.position limit 1
  ) lead on true`;

/** SQL for "the actor may see this proposal", mirroring `can(actor, proposal.view)`. */
function visibilityCondition(visibility: ProposalVisibility): Expression<SqlBool> {
  if (visibility.kind === 'all') return sql<SqlBool>`true`;
  const staffCalls = sql`select cs.call_id from call_sides cs join agencies a on a.id = cs.agency_id where a.code = any(${visibility.staffAgencies}::text[])`;
  const partnerCalls = sql`select cs.call_id from call_sides cs join agencies a on a.id = cs.agency_id join calls c on c.id = cs.call_id
                           where a.code = any(${visibility.partnerAgencies}::text[]) and c.modality <> 'single_agency'`;
  const own =
    visibility.personRef === null
      ? sql`false`
      : sql`exists (select 1 from proposal_teams t, people me
                     where me.ref = ${visibility.personRef} and t.proposal_id = p.id
                       and (t.pi_person_id = me.id or me.id = any(t.member_person_ids)))`;
  return sql<SqlBool>`(p.call_id in (${staffCalls}) or p.call_id in (${partnerCalls}) or ${own})`;
}

function filterConditions(filter: ProposalFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.call) conditions.push(sql<SqlBool>`c.code = ${filter.call}`);
  if (filter.status) conditions.push(sql<SqlBool>`p.status = ${filter.status}`);
  if (filter.decision === 'none') conditions.push(sql<SqlBool>`p.decision is null`);
  else if (filter.decision) conditions.push(sql<SqlBool>`p.decision = ${filter.decision}`);
  if (filter.field) conditions.push(sql<SqlBool>`p.field = ${filter.field}`);
  if (filter.partnerCountry) conditions.push(sql<SqlBool>`p.partner_country = ${filter.partnerCountry}`);
  if (filter.partnerAgency) conditions.push(sql<SqlBool>`partner_agency.code = ${filter.partnerAgency}`);
  return conditions;
}

/**
 * One page of the proposals the actor may see, filtered and sorted, with the total count. With a
 * `textQuery`, only matching proposals are listed; sort `relevance` ranks them (best first).
 */
export async function listProposals(
  db: Executor,
  options: { visibility: ProposalVisibility; filter: ProposalFilter; sort: ProposalSort | 'relevance'; order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<ProposalPage> {
  const match: TextMatch | null = options.filter.textQuery ? textMatch({ subjectType: 'proposal', subjectAlias: 'p', tsquery: options.filter.textQuery }) : null;
  const conditions = [visibilityCondition(options.visibility), ...filterConditions(options.filter), ...(match ? [match.condition] : [])];
  const where = sql.join(conditions, sql` and `);
  const searchJoin = match ? match.join : sql``;
  // The sort key is computed once per match in a narrow first stage; counting and numbering
  // rows over it stays in memory. (Carrying the matched documents' token vectors through the
  // window made it spill to disk: 300 ms when a query matched every proposal.)
  const isRelevance = options.sort === 'relevance';
  const sortKey = isRelevance ? (match ? match.rank : sql`0`) : sql.raw(SORT_COLUMN[options.sort as ProposalSort]);
  const direction = isRelevance ? sql`desc` : options.order === 'desc' ? sql`desc nulls last` : sql`asc nulls last`;
  const orderBy = sql`sort_key ${direction}, ref asc`;
  // Two stages: first the page (ids, total, position) with only cheap joins, then the lead PI
  // for those rows alone. Joining the lead PI before the limit cost one lateral lookup per match.
  const rows = await sql<{
    ref: string;
    call_code: string;
    title_en: string | null;
    title_ja: string | null;
    field: string;
    status: ProposalStatus;
    decision: Decision | null;
    submitted_at: Date | null;
    lead_ref: string | null;
    lead_name_en: string | null;
    lead_name_ja: string | null;
    lead_orcid: string | null;
    partner_country: string | null;
    partner_agency: string | null;
    total: number;
  }>`
    with matches as (
      select p.id, p.ref, c.code as call_code, partner_agency.code as partner_agency, ${sortKey} as sort_key
        from proposals p
        join calls c on c.id = p.call_id
        ${PARTNER_JOIN}
        ${searchJoin}
       where ${where}
    ), page as (
      select id, call_code, partner_agency,
             (count(*) over ())::int as total,
             row_number() over (order by ${orderBy}) as position
        from matches
       order by ${orderBy}
       limit ${options.pageSize} offset ${(options.page - 1) * options.pageSize}
    )
    select p.ref, page.call_code, p.title_en, p.title_ja, p.field, p.status, p.decision, p.submitted_at,
           lead.ref as lead_ref, lead.name_en as lead_name_en, lead.name_ja as lead_name_ja, lead.orcid as lead_orcid,
           p.partner_country::text as partner_country, page.partner_agency, page.total
      from page
      join proposals p on p.id = page.id
      ${LEAD_JOIN}
     order by page.position
  `.execute(db);
  let total = rows.rows[0]?.total ?? 0;
  if (rows.rows.length === 0 && options.page > 1) {
    const counted = await sql<{ total: number }>`select count(*)::int as total from proposals p join calls c on c.id = p.call_id ${PARTNER_JOIN} ${searchJoin} where ${where}`.execute(db);
    total = counted.rows[0]?.total ?? 0;
  }
  return {
    total,
    items: rows.rows.map((row) => ({
      ref: row.ref,
      call: row.call_code,
      title: { en: row.title_en, ja: row.title_ja },
      field: row.field,
      status: row.status,
      decision: row.decision,
      submittedAt: row.submitted_at?.toISOString() ?? null,
      leadPi: row.lead_ref ? { ref: row.lead_ref, name: { en: row.lead_name_en, ja: row.lead_name_ja }, orcid: row.lead_orcid } : null,
      partnerCountry: row.partner_country,
      partnerAgency: row.partner_agency,
    })),
  };
}

export type ProposalDetail = {
  ref: string;
  call: { code: string; title: BilingualText };
  field: string;
  title: BilingualText;
  abstract: BilingualText | null;
  keywords: string[];
  durationMonths: number | null;
  status: ProposalStatus;
  submittedAt: string | null;
  decision: Decision | null;
  teams: Array<{
    role: SideRole;
    agency: string | null;
    country: string;
    pi: PersonView;
    members: PersonView[];
    budget: Array<{ fiscalYear: number; amount: Money }>;
    funding: Array<{ agency: string; grantId: string | null }>;
  }>;
  exchanges: Array<{ person: PersonView; from: string; to: string; months: number; purpose: BilingualText | null }>;
};

export type ProposalWithAccess = {
  detail: ProposalDetail;
  access: { call: { modality: Modality; sideAgencies: string[] }; teamPersonRefs: string[] };
};

/** A proposal with everything its page shows and what access rules need, or null. */
export async function findProposal(db: Executor, ref: string): Promise<ProposalWithAccess | null> {
  const proposal = await db
    .selectFrom('proposals')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .selectAll('proposals')
    .select(['calls.code as call_code', 'calls.title_en as call_title_en', 'calls.title_ja as call_title_ja', 'calls.modality'])
    .where('proposals.ref', '=', ref)
    .executeTakeFirst();
  if (!proposal) return null;
  const sideAgencies = await db
    .selectFrom('call_sides')
    .innerJoin('agencies', 'agencies.id', 'call_sides.agency_id')
    .select('agencies.code')
    .where('call_sides.call_id', '=', proposal.call_id)
    .execute();
  const teams = await db.selectFrom('proposal_teams').selectAll().where('proposal_id', '=', proposal.id).orderBy('position').execute();
  const teamIds = teams.map((team) => team.id);
  const budget = teamIds.length ? await db.selectFrom('team_budget_lines').selectAll().where('team_id', 'in', teamIds).orderBy('position').execute() : [];
  const funding = teamIds.length
    ? await db.selectFrom('team_funding').innerJoin('agencies', 'agencies.id', 'team_funding.agency_id').select(['team_id', 'agencies.code', 'grant_id']).where('team_id', 'in', teamIds).orderBy('position').execute()
    : [];
  const exchanges = await db.selectFrom('exchanges').selectAll().where('proposal_id', '=', proposal.id).orderBy('position').execute();
  const agencyIds = teams.map((team) => team.agency_id).filter((id): id is number => id !== null);
  const agencies = agencyIds.length ? await db.selectFrom('agencies').select(['id', 'code']).where('id', 'in', agencyIds).execute() : [];
  const personIds = new Set<number>([...teams.flatMap((team) => [team.pi_person_id, ...team.member_person_ids]), ...exchanges.map((exchange) => exchange.person_id)]);
  const people = personIds.size ? await db.selectFrom('people').select(['id', 'ref', 'name_en', 'name_ja', 'orcid']).where('id', 'in', [...personIds]).execute() : [];
  const personById = new Map(people.map((person) => [person.id, { ref: person.ref, name: { en: person.name_en, ja: person.name_ja }, orcid: person.orcid }]));
  const person = (id: number): PersonView => personById.get(id) ?? { ref: `#${id}`, name: {}, orcid: null };
  const teamPeople = teams.flatMap((team) => [team.pi_person_id, ...team.member_person_ids]).map((id) => person(id).ref);
  return {
    access: { call: { modality: proposal.modality, sideAgencies: sideAgencies.map((side) => side.code) }, teamPersonRefs: teamPeople },
    detail: {
      ref: proposal.ref,
      call: { code: proposal.call_code, title: { en: proposal.call_title_en, ja: proposal.call_title_ja } },
      field: proposal.field,
      title: { en: proposal.title_en, ja: proposal.title_ja },
      abstract: proposal.abstract_en === null && proposal.abstract_ja === null ? null : { en: proposal.abstract_en, ja: proposal.abstract_ja },
      keywords: proposal.keywords,
      durationMonths: proposal.duration_months,
      status: proposal.status,
      submittedAt: proposal.submitted_at?.toISOString() ?? null,
      decision: proposal.decision,
      teams: teams.map((team) => ({
        role: team.role,
        agency: agencies.find((agency) => agency.id === team.agency_id)?.code ?? null,
        country: team.country,
        pi: person(team.pi_person_id),
        members: team.member_person_ids.map(person),
        budget: budget.filter((line) => line.team_id === team.id).map((line) => ({ fiscalYear: line.fiscal_year, amount: { amount: line.amount, currency: line.currency } })),
        funding: funding.filter((item) => item.team_id === team.id).map((item) => ({ agency: item.code, grantId: item.grant_id })),
      })),
      exchanges: exchanges.map((exchange) => ({
        person: person(exchange.person_id),
        from: exchange.from_country,
        to: exchange.to_country,
        months: exchange.months,
        purpose: exchange.purpose_en === null && exchange.purpose_ja === null ? null : { en: exchange.purpose_en, ja: exchange.purpose_ja },
      })),
    },
  };
}
