import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../database.js';

/** The dimensions a proposal report can group by (INTERCHANGE.md, `report proposals`). */
export type ReportDimension = 'partner-country' | 'partner-agency' | 'field' | 'status' | 'decision';

export type ReportCountRow = { values: Array<string | null>; proposals: number; selected: number };

// The partner team is the first team whose role is partner; the partner FA is its first funding
// agency (INTERCHANGE.md). They are computed set-wise for the whole call (DISTINCT ON with hash
// joins) rather than per proposal, which is 2-3x faster on 20,000 proposals.
const DIMENSION_SQL: Record<ReportDimension, RawBuilder<string | null>> = {
  'partner-country': sql`partner.country`,
  'partner-agency': sql`partner_agency.code`,
  field: sql`p.field`,
  status: sql`p.status`,
  decision: sql`p.decision`,
};

/** Counts of proposals and selected proposals of one call grouped by the given dimensions. */
export async function countProposalsBy(db: Executor, callId: number, by: readonly ReportDimension[]): Promise<ReportCountRow[]> {
  const columns = by.map((dimension, index) => sql`${DIMENSION_SQL[dimension]} as ${sql.ref(`d${index}`)}`);
  const groups = by.map((_, index) => sql.ref(`d${index}`));
  const result = await sql<Record<string, string | null> & { proposals: number; selected: number }>`
    with partner as (
      select distinct on (t.proposal_id) t.proposal_id, t.country::text as country, t.id as team_id
        from proposal_teams t join proposals p on p.id = t.proposal_id
       where p.call_id = ${callId} and t.role = 'partner'
       order by t.proposal_id, t.position
    ), partner_agency as (
      select distinct on (f.team_id) f.team_id, a.code
        from team_funding f join partner on partner.team_id = f.team_id join agencies a on a.id = f.agency_id
       order by f.team_id, f.position
    )
    select ${sql.join(columns)},
           count(*)::int as proposals,
           (count(*) filter (where p.decision = 'selected'))::int as selected
      from proposals p
      left join partner on partner.proposal_id = p.id
      left join partner_agency on partner_agency.team_id = partner.team_id
     where p.call_id = ${callId}
     group by ${sql.join(groups)}
     order by ${sql.join(groups.map((group) => sql`${group} asc nulls last`))}
  `.execute(db);
  return result.rows.map((row) => ({
    values: by.map((_, index) => row[`d${index}`] ?? null),
    proposals: row.proposals,
    selected: row.selected,
  }));
}
