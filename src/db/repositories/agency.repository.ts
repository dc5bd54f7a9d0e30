import type { Agency } from '../../domain/model.js';
import type { Executor } from '../database.js';

/** Every agency, ordered by code. */
export async function listAgencies(db: Executor): Promise<Agency[]> {
  const rows = await db.selectFrom('agencies').selectAll().orderBy('code').execute();
  return rows.map((row) => ({
    code: row.code,
    name: { en: row.name_en, ja: row.name_ja },
    country: row.country,
    currency: row.currency,
    timezone: row.timezone,
    fiscalYearStart: row.fiscal_year_start,
    fiscalYearLabel: row.fiscal_year_label,
    kind: row.kind,
    ror: row.ror,
  }));
}
