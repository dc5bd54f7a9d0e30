import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../database.js';

/** The dimensions a proposal report can group by (INTERCHANGE.md, `report proposals`). */
export type ReportDimension = 'partner-country' | 'partner-agency' | 'field' | 'status' | 'decision';

export type ReportCountRow = { values: Array<string | null>; proposals: number; selected: number };

const DIMENSION_SQL: Record<ReportDimension, RawBuilder<string | null>> = {
  'partner-country': sql`p.partner_country::text`,
  'partner-agency': sql`a.code`,
  field: sql`p.field`,
  status: sql`p.status`,
  decision: sql`p.decision`,
};

/** Counts of proposals and selected proposals of one call grouped by the given dimensions. */
export async function countProposalsBy(db: Executor, callId: number, by: readonly ReportDimension[]): Promise<ReportCountRow[]> {
  const columns = by.map((dimension, index) => sql`${DIMENSION_SQL[dimension]} as ${sql.ref(`d${index}`)}`);
  const groups = by.map((_, index) => sql.ref(`d${index}`));
  const result = await sql<Record<string, string | null> & { proposals: number; selected: number }>`
    select ${sql.join(columns)},
           count(*)::int as proposals,
           (count(*) filter (where p.decision = 'selected'))::int as selected
      from proposals p
      left join agencies a on a.id = p.partner_agency_id
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
