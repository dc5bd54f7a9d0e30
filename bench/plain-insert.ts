/**
 * The benchmark's baseline: the same rows the import writes, mapped beforehand with ids chosen
 * here, then written by plain multi-row INSERTs in one transaction — no validation, no
 * reference lookups, no upserts, no RETURNING. The import may cost at most twice this.
 */
import { sql } from 'kysely';
import type { Bundle } from '../src/contracts/bundle.schemas.js';
import type { Database, Executor } from '../src/db/database.js';

type Row = Array<string | number | boolean | null | number[] | string[]>;
type Table = { name: string; columns: string[]; rows: Row[]; hasIdentity: boolean };

/** Maps a parsed bundle to table rows with ids assigned in order (not timed). */
export function mapBundleToRows(bundle: Bundle): Table[] {
  const ids = (keys: string[]) => new Map(keys.map((key, index) => [key, index + 1]));
  const agencyId = ids(bundle.agencies.map((agency) => agency.code));
  const organisationId = ids(bundle.organisations.map((organisation) => organisation.ref));
  const personId = ids(bundle.people.map((person) => person.ref));
  const programmeId = ids(bundle.programmes.map((programme) => programme.code));
  const callId = ids(bundle.calls.map((call) => call.code));
  const proposalId = ids(bundle.proposals.map((proposal) => proposal.ref));
  const id = (map: Map<string, number>, key: string | null | undefined) => (key ? (map.get(key) ?? null) : null);

  const teams: Row[] = [];
  const budget: Row[] = [];
  const funding: Row[] = [];
  const exchanges: Row[] = [];
  let teamId = 0;
  for (const proposal of bundle.proposals) {
    proposal.teams.forEach((team, position) => {
      teamId++;
      teams.push([teamId, id(proposalId, proposal.ref), position, team.role, id(agencyId, team.agency), team.country, id(personId, team.pi), team.members.map((member) => personId.get(member) ?? 0)]);
      team.budget.forEach((line, index) => budget.push([teamId, index, line.fiscalYear, line.amount.amount, line.amount.currency]));
      team.funding.forEach((item, index) => funding.push([teamId, index, id(agencyId, item.agency), item.grantId ?? null]));
    });
    proposal.exchanges.forEach((exchange, index) =>
      exchanges.push([id(proposalId, proposal.ref), index, id(personId, exchange.person), exchange.from, exchange.to, exchange.months, exchange.purpose?.en ?? null, exchange.purpose?.ja ?? null]),
    );
  }
  return [
    {
      name: 'agencies',
      columns: ['id', 'code', 'name_en', 'name_ja', 'country', 'currency', 'timezone', 'fiscal_year_start', 'fiscal_year_label', 'kind', 'ror'],
      rows: bundle.agencies.map((agency, index) => [index + 1, agency.code, agency.name.en ?? null, agency.name.ja ?? null, agency.country, agency.currency, agency.timezone, agency.fiscalYearStart, agency.fiscalYearLabel, agency.kind, agency.ror ?? null]),
      hasIdentity: true,
    },
    {
      name: 'organisations',
      columns: ['id', 'ref', 'name_en', 'name_ja', 'country', 'ror'],
      rows: bundle.organisations.map((organisation, index) => [index + 1, organisation.ref, organisation.name.en ?? null, organisation.name.ja ?? null, organisation.country, organisation.ror ?? null]),
      hasIdentity: true,
    },
    {
      name: 'people',
      columns: ['id', 'ref', 'name_en', 'name_ja', 'email', 'orcid', 'phd_year'],
      rows: bundle.people.map((person, index) => [index + 1, person.ref, person.name.en ?? null, person.name.ja ?? null, person.email ?? null, person.orcid ?? null, person.phdYear ?? null]),
      hasIdentity: true,
    },
    {
      name: 'affiliations',
      columns: ['person_id', 'position', 'organisation_id', 'from_date', 'to_date'],
      rows: bundle.people.flatMap((person) => person.affiliations.map((affiliation, position) => [id(personId, person.ref), position, id(organisationId, affiliation.organisation), affiliation.from, affiliation.to ?? null])),
      hasIdentity: false,
    },
    {
      name: 'programmes',
      columns: ['id', 'code', 'agency_id', 'name_en', 'name_ja'],
      rows: bundle.programmes.map((programme, index) => [index + 1, programme.code, id(agencyId, programme.agency), programme.name.en ?? null, programme.name.ja ?? null]),
      hasIdentity: true,
    },
    {
      name: 'calls',
      columns: ['id', 'code', 'programme_id', 'title_en', 'title_ja', 'modality', 'fields', 'opens_at', 'rules'],
      rows: bundle.calls.map((call, index) => [index + 1, call.code, id(programmeId, call.programme), call.title.en ?? null, call.title.ja ?? null, call.modality, call.fields, call.opens, JSON.stringify(call.rules)]),
      hasIdentity: true,
    },
    {
      name: 'call_sides',
      columns: ['call_id', 'position', 'role', 'agency_id', 'deadline_at', 'is_reviewing', 'cap_amount', 'cap_currency'],
      rows: bundle.calls.flatMap((call) => call.sides.map((side, position) => [id(callId, call.code), position, side.role, id(agencyId, side.agency), side.deadline ?? null, side.reviews, side.budget?.perProjectPerYearMax?.amount ?? null, side.budget?.perProjectPerYearMax?.currency ?? null])),
      hasIdentity: false,
    },
    {
      name: 'proposals',
      columns: ['id', 'ref', 'call_id', 'field', 'title_en', 'title_ja', 'abstract_en', 'abstract_ja', 'keywords', 'duration_months', 'status', 'submitted_at', 'decision'],
      rows: bundle.proposals.map((proposal, index) => [index + 1, proposal.ref, id(callId, proposal.call), proposal.field, proposal.title.en ?? null, proposal.title.ja ?? null, proposal.abstract?.en ?? null, proposal.abstract?.ja ?? null, proposal.keywords, proposal.durationMonths ?? null, proposal.status, proposal.submittedAt ?? null, proposal.decision ?? null]),
      hasIdentity: true,
    },
    { name: 'proposal_teams', columns: ['id', 'proposal_id', 'position', 'role', 'agency_id', 'country', 'pi_person_id', 'member_person_ids'], rows: teams, hasIdentity: true },
    { name: 'team_budget_lines', columns: ['team_id', 'position', 'fiscal_year', 'amount', 'currency'], rows: budget, hasIdentity: false },
    { name: 'team_funding', columns: ['team_id', 'position', 'agency_id', 'grant_id'], rows: funding, hasIdentity: false },
    { name: 'exchanges', columns: ['proposal_id', 'position', 'person_id', 'from_country', 'to_country', 'months', 'purpose_en', 'purpose_ja'], rows: exchanges, hasIdentity: false },
  ];
}

const MAX_PARAMETERS = 60_000;

async function insertTable(db: Executor, table: Table): Promise<void> {
  const size = Math.floor(MAX_PARAMETERS / table.columns.length);
  for (let start = 0; start < table.rows.length; start += size) {
    const chunk = table.rows.slice(start, start + size);
    const values = sql.join(chunk.map((row) => sql`(${sql.join(row.map((value) => sql`${value}`))})`));
    const overriding = table.hasIdentity ? sql`overriding system value` : sql``;
    await sql`insert into ${sql.table(table.name)} (${sql.join(table.columns.map((column) => sql.ref(column)))}) ${overriding} values ${values}`.execute(db);
  }
}

/** Writes the mapped rows in one transaction. */
export async function insertPlainRows(db: Database, tables: Table[]): Promise<number> {
  await db.transaction().execute(async (tx) => {
    for (const table of tables) await insertTable(tx, table);
  });
  return tables.reduce((sum, table) => sum + table.rows.length, 0);
}
