import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type {
  EligibilityCall,
  EligibilityPerson,
  EligibilityProposal,
  EligibilitySide,
  EligibilityTeam,
} from '../../domain/calls/eligibility/index.js';
import type { EligibilityRule, Modality } from '../../domain/model.js';
import type { Executor } from '../database.js';

/**
 * What the eligibility check reads: a call, its proposals (all of them, or one), the people they
 * name, and who leads which submitted proposal. Each table is read once with a join on the call
 * or the proposal, never with a list of thousands of ids, so a call of 20,000 proposals costs a
 * handful of statements.
 */

export type CallEligibilityRows = {
  callId: number;
  call: EligibilityCall;
  /** Ordered by ref (code-point order, the same on both engines whatever their collation). */
  proposals: EligibilityProposal[];
  people: Map<string, EligibilityPerson>;
};

type ProposalScope = { callId: number } | { proposalId: number };

async function readCall(db: Executor, where: { code: string } | { id: number }): Promise<{ id: number; call: EligibilityCall } | null> {
  let query = db.selectFrom('calls').select(['id', 'code', 'fields', 'opens_at', 'duration_min_months', 'duration_max_months', 'rules']);
  query = 'code' in where ? query.where('code', '=', where.code) : query.where('id', '=', where.id);
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const sideRows = await db
    .selectFrom('call_sides')
    .leftJoin('agencies', 'agencies.id', 'call_sides.agency_id')
    .select(['call_sides.role', 'call_sides.deadline_at', 'call_sides.cap_amount', 'call_sides.cap_currency', 'agencies.code', 'agencies.timezone'])
    .where('call_sides.call_id', '=', row.id)
    .orderBy('call_sides.position')
    .execute();
  const leadTimezone = sideRows.find((side) => side.role === 'lead' && side.timezone !== null)?.timezone ?? 'UTC';
  const sides: EligibilitySide[] = sideRows.map((side) => ({
    role: side.role,
    agency: side.code,
    timezone: side.timezone ?? leadTimezone,
    deadlineAt: side.deadline_at,
    cap: side.cap_amount !== null && side.cap_currency !== null ? { amount: side.cap_amount, currency: side.cap_currency } : null,
  }));
  return {
    id: row.id,
    call: {
      code: row.code,
      fields: row.fields,
      opensAt: row.opens_at,
      leadTimezone,
      sides,
      durationMonths: row.duration_min_months !== null && row.duration_max_months !== null ? { min: row.duration_min_months, max: row.duration_max_months } : null,
      rules: row.rules as EligibilityRule[],
    },
  };
}

/** The condition, on a query that has joined `proposals`, that keeps the scope's proposals. */
function inScope(scope: ProposalScope): RawBuilder<SqlBool> {
  return 'callId' in scope ? sql<SqlBool>`proposals.call_id = ${scope.callId}` : sql<SqlBool>`proposals.id = ${scope.proposalId}`;
}

/**
 * Rows of one query as one JSON array in a single row. PGlite hands every row across the WASM
 * boundary one by one; for the 300,000 rows of a call of 20,000 proposals that transport cost
 * 6x the query itself, while one aggregated value costs one JSON.parse.
 */
async function readAggregated<T>(db: Executor, query: RawBuilder<unknown>): Promise<T[]> {
  const result = await sql<{ rows: string | null }>`select coalesce(json_agg(q)::text, '[]') as rows from (${query}) q`.execute(db);
  return JSON.parse(result.rows[0]?.rows ?? '[]') as T[];
}

type ProposalRow = { id: number; ref: string; field: string; duration_months: number | null; status: EligibilityProposal['status']; submitted_at: string | null };
type TeamRow = { id: number; proposal_id: number; role: EligibilityTeam['role']; pi_person_id: number; agency: string | null };
type BudgetRow = { team_id: number; fiscal_year: number; amount: number; currency: string };
type FundingRow = { team_id: number; code: string };
type ExchangeRow = { proposal_id: number; person_id: number };
type PersonRow = { id: number; ref: string; name_en: string | null; name_ja: string | null; phd_year: number | null };

async function readProposals(db: Executor, scope: ProposalScope): Promise<{ proposals: EligibilityProposal[]; people: Map<string, EligibilityPerson> }> {
  const where = inScope(scope);
  const proposalRows = await readAggregated<ProposalRow>(
    db,
    sql`select proposals.id, proposals.ref, proposals.field, proposals.duration_months, proposals.status, proposals.submitted_at from proposals where ${where}`,
  );
  const teamRows = await readAggregated<TeamRow>(
    db,
    sql`select t.id, t.proposal_id, t.role, t.pi_person_id, a.code as agency
          from proposal_teams t join proposals on proposals.id = t.proposal_id left join agencies a on a.id = t.agency_id
         where ${where} order by t.proposal_id, t.position`,
  );
  const budgetRows = await readAggregated<BudgetRow>(
    db,
    sql`select b.team_id, b.fiscal_year, b.amount, b.currency::text as currency
          from team_budget_lines b join proposal_teams t on t.id = b.team_id join proposals on proposals.id = t.proposal_id
         where ${where} order by b.team_id, b.position`,
  );
  const fundingRows = await readAggregated<FundingRow>(
    db,
    sql`select f.team_id, a.code
          from team_funding f join proposal_teams t on t.id = f.team_id join proposals on proposals.id = t.proposal_id join agencies a on a.id = f.agency_id
         where ${where} order by f.team_id, f.position`,
  );
  const exchangeRows = await readAggregated<ExchangeRow>(
    db,
    sql`select e.proposal_id, e.person_id from exchanges e join proposals on proposals.id = e.proposal_id where ${where} order by e.proposal_id, e.position`,
  );
  // The people the rules name: every team's PI and every exchanged person.
  const personRows = await readAggregated<PersonRow>(
    db,
    sql`select people.id, people.ref, people.name_en, people.name_ja, people.phd_year from people
         where people.id in (select t.pi_person_id from proposal_teams t join proposals on proposals.id = t.proposal_id where ${where}
                             union select e.person_id from exchanges e join proposals on proposals.id = e.proposal_id where ${where})`,
  );

  const refOf = new Map(personRows.map((row) => [row.id, row.ref]));
  const personRef = (id: number) => refOf.get(id) ?? `#${id}`;
  const people = new Map<string, EligibilityPerson>(
    personRows.map((row) => [
      row.ref,
      { ref: row.ref, name: { ...(row.name_en !== null ? { en: row.name_en } : {}), ...(row.name_ja !== null ? { ja: row.name_ja } : {}) }, phdYear: row.phd_year },
    ]),
  );

  const budgetByTeam = new Map<number, EligibilityTeam['budget'][number][]>();
  for (const row of budgetRows) {
    const line = { fiscalYear: row.fiscal_year, amount: { amount: row.amount, currency: row.currency } };
    const list = budgetByTeam.get(row.team_id);
    if (list) list.push(line);
    else budgetByTeam.set(row.team_id, [line]);
  }
  const fundingByTeam = new Map<number, string[]>();
  for (const row of fundingRows) {
    const list = fundingByTeam.get(row.team_id);
    if (list) list.push(row.code);
    else fundingByTeam.set(row.team_id, [row.code]);
  }
  const teamsByProposal = new Map<number, EligibilityTeam[]>();
  for (const row of teamRows) {
    const team: EligibilityTeam = {
      role: row.role,
      agency: row.agency,
      pi: personRef(row.pi_person_id),
      budget: budgetByTeam.get(row.id) ?? [],
      funding: fundingByTeam.get(row.id) ?? [],
    };
    const list = teamsByProposal.get(row.proposal_id);
    if (list) list.push(team);
    else teamsByProposal.set(row.proposal_id, [team]);
  }
  const exchangesByProposal = new Map<number, Array<{ person: string }>>();
  for (const row of exchangeRows) {
    const exchange = { person: personRef(row.person_id) };
    const list = exchangesByProposal.get(row.proposal_id);
    if (list) list.push(exchange);
    else exchangesByProposal.set(row.proposal_id, [exchange]);
  }
  const proposals = proposalRows
    .map((row) => ({
      ref: row.ref,
      field: row.field,
      durationMonths: row.duration_months,
      status: row.status,
      submittedAt: row.submitted_at === null ? null : new Date(row.submitted_at),
      teams: teamsByProposal.get(row.id) ?? [],
      exchanges: exchangesByProposal.get(row.id) ?? [],
    }))
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { proposals, people };
}

/** A call and every one of its proposals as the rules read them; null when no call has the code. */
export async function readCallEligibility(db: Executor, callCode: string): Promise<CallEligibilityRows | null> {
  const found = await readCall(db, { code: callCode });
  if (!found) return null;
  const { proposals, people } = await readProposals(db, { callId: found.id });
  return { callId: found.id, call: found.call, proposals, people };
}

export type ProposalEligibilityRows = {
  call: EligibilityCall;
  proposal: EligibilityProposal;
  people: Map<string, EligibilityPerson>;
  /** The call's other submitted proposals in which one of this proposal's PIs leads a team. */
  submittedByItsPis: Array<{ ref: string; status: 'submitted'; teams: Array<{ pi: string }> }>;
};

/** One proposal, its call, and what `one_proposal_per_pi` needs; null when no proposal has the ref. */
export async function readProposalEligibility(db: Executor, proposalRef: string): Promise<ProposalEligibilityRows | null> {
  const row = await db.selectFrom('proposals').select(['id', 'call_id']).where('ref', '=', proposalRef).executeTakeFirst();
  if (!row) return null;
  const found = await readCall(db, { id: row.call_id });
  const { proposals, people } = await readProposals(db, { proposalId: row.id });
  const proposal = proposals[0];
  if (!found || !proposal) return null;
  const piIds = await db.selectFrom('proposal_teams').select('pi_person_id').where('proposal_id', '=', row.id).execute();
  const clashes = piIds.length
    ? await db
        .selectFrom('proposal_teams')
        .innerJoin('proposals', 'proposals.id', 'proposal_teams.proposal_id')
        .innerJoin('people', 'people.id', 'proposal_teams.pi_person_id')
        .select(['proposals.ref', 'people.ref as pi'])
        .where('proposals.call_id', '=', row.call_id)
        .where('proposals.status', '=', 'submitted')
        .where('proposals.id', '!=', row.id)
        .where('proposal_teams.pi_person_id', 'in', piIds.map((team) => team.pi_person_id))
        .execute()
    : [];
  const byRef = new Map<string, Array<{ pi: string }>>();
  for (const clash of clashes) byRef.set(clash.ref, [...(byRef.get(clash.ref) ?? []), { pi: clash.pi }]);
  return {
    call: found.call,
    proposal,
    people,
    submittedByItsPis: [...byRef].map(([ref, teams]) => ({ ref, status: 'submitted' as const, teams })),
  };
}

export type EligibilityAccessRow = { modality: Modality; sideAgencies: string[]; teamPersonRefs: string[] };

/** What access rules need about a proposal's call and team (for its eligibility page); null if unknown. */
export async function findProposalEligibilityAccess(db: Executor, proposalRef: string): Promise<EligibilityAccessRow | null> {
  const proposal = await db
    .selectFrom('proposals')
    .innerJoin('calls', 'calls.id', 'proposals.call_id')
    .select(['proposals.id', 'proposals.call_id', 'calls.modality'])
    .where('proposals.ref', '=', proposalRef)
    .executeTakeFirst();
  if (!proposal) return null;
  const sides = await db
    .selectFrom('call_sides')
    .innerJoin('agencies', 'agencies.id', 'call_sides.agency_id')
    .select('agencies.code')
    .where('call_sides.call_id', '=', proposal.call_id)
    .orderBy('call_sides.position')
    .execute();
  const teams = await db.selectFrom('proposal_teams').select(['pi_person_id', 'member_person_ids']).where('proposal_id', '=', proposal.id).execute();
  const personIds = [...new Set(teams.flatMap((team) => [team.pi_person_id, ...team.member_person_ids]))];
  const people = personIds.length ? await db.selectFrom('people').select('ref').where('id', 'in', personIds).execute() : [];
  return { modality: proposal.modality, sideAgencies: sides.map((side) => side.code), teamPersonRefs: people.map((person) => person.ref) };
}
