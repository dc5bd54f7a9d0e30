import { sql } from 'kysely';
import type { Executor } from '../database.js';
import { chunkRows } from './insert-chunked.js';

export type StoredKeySets = {
  agencies: Map<string, { currency: string }>;
  organisations: Set<string>;
  people: Set<string>;
  programmes: Set<string>;
  calls: Map<string, { sideAgencies: string[]; criteria: Array<{ code: string; scale: [number, number] }> }>;
  proposals: Map<string, { call: string }>;
  reviewers: Set<string>;
};

export type KeyQuery = {
  agencies: Iterable<string>;
  organisations: Iterable<string>;
  people: Iterable<string>;
  programmes: Iterable<string>;
  calls: Iterable<string>;
  proposals: Iterable<string>;
};

async function existing(db: Executor, table: 'organisations' | 'people' | 'programmes', column: 'ref' | 'code', keys: Iterable<string>): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunkRows([...new Set(keys)], 1)) {
    const rows = await sql<{ key: string }>`select ${sql.ref(column)} as key from ${sql.table(table)} where ${sql.ref(column)} = any(${chunk})`.execute(db);
    rows.rows.forEach((row) => found.add(row.key));
  }
  return found;
}

/**
 * Which of the keys a bundle refers to already exist, with what validation needs of them
 * (an agency's currency, a call's side agencies and criteria, a proposal's call).
 */
export async function findStoredKeys(db: Executor, query: KeyQuery): Promise<StoredKeySets> {
  const agencies = new Map<string, { currency: string }>();
  const agencyRows = await db.selectFrom('agencies').select(['id', 'code', 'currency']).execute();
  agencyRows.forEach((row) => agencies.set(row.code, { currency: row.currency }));

  const calls = new Map<string, { sideAgencies: string[]; criteria: Array<{ code: string; scale: [number, number] }> }>();
  const callCodes = [...new Set(query.calls)];
  if (callCodes.length > 0) {
    const callRows = await db.selectFrom('calls').select(['id', 'code']).where('code', 'in', callCodes).execute();
    const ids = callRows.map((row) => row.id);
    const sides = ids.length
      ? await db
          .selectFrom('call_sides')
          .leftJoin('agencies', 'agencies.id', 'call_sides.agency_id')
          .select(['call_sides.call_id', 'agencies.code', 'call_sides.accepted_agency_ids'])
          .where('call_sides.call_id', 'in', ids)
          .execute()
      : [];
    const criteria = ids.length ? await db.selectFrom('call_criteria').selectAll().where('call_id', 'in', ids).orderBy('position').execute() : [];
    const agencyCodeById = new Map(agencyRows.map((row) => [row.id, row.code]));
    for (const call of callRows) {
      const sideAgencies = sides
        .filter((side) => side.call_id === call.id)
        .flatMap((side) => [
          ...(side.code ? [side.code] : []),
          ...(side.accepted_agency_ids ?? []).map((id) => agencyCodeById.get(id) ?? ''),
        ]);
      calls.set(call.code, {
        sideAgencies,
        criteria: criteria.filter((row) => row.call_id === call.id).map((row) => ({ code: row.code, scale: [row.scale_min, row.scale_max] })),
      });
    }
  }

  const proposals = new Map<string, { call: string }>();
  for (const chunk of chunkRows([...new Set(query.proposals)], 1)) {
    const rows = await db
      .selectFrom('proposals')
      .innerJoin('calls', 'calls.id', 'proposals.call_id')
      .select(['proposals.ref', 'calls.code'])
      .where('proposals.ref', 'in', chunk)
      .execute();
    rows.forEach((row) => proposals.set(row.ref, { call: row.code }));
  }

  const reviewers = new Set<string>();
  const reviewerRows = await db
    .selectFrom('reviewers')
    .innerJoin('people', 'people.id', 'reviewers.person_id')
    .innerJoin('agencies', 'agencies.id', 'reviewers.agency_id')
    .select(['people.ref', 'agencies.code'])
    .execute();
  reviewerRows.forEach((row) => reviewers.add(`${row.ref}:${row.code}`));

  return {
    agencies,
    organisations: await existing(db, 'organisations', 'ref', query.organisations),
    people: await existing(db, 'people', 'ref', query.people),
    programmes: await existing(db, 'programmes', 'code', query.programmes),
    calls,
    proposals,
    reviewers,
  };
}
