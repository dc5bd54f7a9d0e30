import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/app-error.js';
import { systemActor } from '../../domain/access/actor.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { exportBundle } from './export-bundle.js';
import { importBundle } from './import-bundle.js';

const system = systemActor('test');
const database = useTestDatabase();

async function expectIssues(promise: Promise<unknown>): Promise<Array<{ path: string; message: { en: string; ja: string } }>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('VALIDATION_FAILED');
  return (error as AppError).issues;
}

describe('importBundle', () => {
  it('writes a joint call with its proposals and returns the counts', async () => {
    const counts = await importBundle(database.ctx, system, makeJointCallBundle());
    expect(counts).toEqual({ agencies: 2, organisations: 2, people: 6, programmes: 1, calls: 1, proposals: 3, reviewers: 1, reviews: 1 });
  });

  it('exports a call that imports back and exports identically', async () => {
    const prefix = uniquePrefix();
    const input = makeJointCallBundle(prefix);
    await importBundle(database.ctx, system, input);
    const first = await exportBundle(database.ctx, system, { callCode: `${prefix}-CALL` });
    expect(first.proposals.map((proposal) => proposal.ref)).toEqual([`${prefix}-P1`, `${prefix}-P2`, `${prefix}-P3`]);
    // Instants come back in the agency's own zone, exactly as written.
    expect(first.calls[0]?.sides.map((side) => side.deadline)).toEqual(['2026-06-30T12:00:00+09:00', '2026-06-30T17:00:00+02:00']);
    expect(first.proposals[0]?.teams[1]?.budget[0]?.amount).toEqual({ amount: 12_500_050, currency: 'EUR' });
    await importBundle(database.ctx, system, first);
    const second = await exportBundle(database.ctx, system, { callCode: `${prefix}-CALL` });
    expect(second).toEqual(first);
  });

  it('re-importing the same bundle changes nothing', async () => {
    const prefix = uniquePrefix();
    await importBundle(database.ctx, system, makeJointCallBundle(prefix));
    const before = await exportBundle(database.ctx, system, { callCode: `${prefix}-CALL` });
    await importBundle(database.ctx, system, makeJointCallBundle(prefix));
    expect(await exportBundle(database.ctx, system, { callCode: `${prefix}-CALL` })).toEqual(before);
  });

  it('lets a bundle refer to people, organisations and programmes already stored', async () => {
    const prefix = uniquePrefix();
    const first = makeJointCallBundle(prefix);
    await importBundle(database.ctx, system, first);
    // A later bundle names only a new proposal; its call, programme, agencies and people are stored.
    const later = {
      format: 'kakehashi-bundle/1',
      people: [{ ref: `${prefix}-new`, name: { en: 'New member' }, affiliations: [{ organisation: `${prefix}-o1`, from: '2024-04-01' }] }],
      proposals: [{ ...first.proposals![0]!, ref: `${prefix}-P9`, teams: [{ ...first.proposals![0]!.teams[0]!, members: [`${prefix}-p2`, `${prefix}-new`] }] }],
    };
    expect(await importBundle(database.ctx, system, later)).toMatchObject({ proposals: 1, people: 1 });
    const exported = await exportBundle(database.ctx, system, { callCode: `${prefix}-CALL` });
    expect(exported.proposals.find((proposal) => proposal.ref === `${prefix}-P9`)?.teams[0]?.members).toEqual([`${prefix}-p2`, `${prefix}-new`]);
  });

  it('lists every problem with its JSON path and writes nothing', async () => {
    const prefix = uniquePrefix();
    const bundle = makeJointCallBundle(prefix);
    const proposals = bundle.proposals ?? [];
    const partner = proposals[0]?.teams[1];
    if (!partner) throw new Error('factory changed');
    partner.country = 'UK';
    partner.pi = 'nobody';
    (proposals[0]?.teams[0]?.budget ?? [])[0]!.amount = { amount: 1.5, currency: 'JPY' };
    bundle.people![0]!.orcid = '0000-0002-1825-0098';
    (bundle.calls![0] as { modality: string }).modality = 'joint';
    const issues = await expectIssues(importBundle(database.ctx, system, bundle));
    const byPath = new Map(issues.map((issue) => [issue.path, issue.message]));
    expect(byPath.get('proposals[0].teams[1].country')?.en).toBe('"UK" is not an ISO 3166-1 alpha-2 code; did you mean "GB"?');
    expect(byPath.get('proposals[0].teams[1].country')?.ja).toContain('"GB"');
    expect(byPath.get('proposals[0].teams[0].budget[0].amount.amount')?.en).toMatch(/whole number in the currency's minor unit/);
    expect(byPath.get('people[0].orcid')?.en).toMatch(/not a valid ORCID/);
    expect(byPath.has('calls[0].modality')).toBe(true);
    const rows = await database.ctx.db.selectFrom('calls').select('code').where('code', '=', `${prefix}-CALL`).execute();
    expect(rows).toEqual([]);
  });

  it('reports references that resolve nowhere, with the list they belong to', async () => {
    const prefix = uniquePrefix();
    const bundle = makeJointCallBundle(prefix);
    bundle.proposals![0]!.teams[1]!.pi = `${prefix}-ghost`;
    bundle.proposals![0]!.teams[1]!.budget![0]!.amount.currency = 'USD';
    bundle.proposals![1]!.call = `${prefix}-NOCALL`;
    bundle.agencies!.push({ ...bundle.agencies![0]! });
    const issues = await expectIssues(importBundle(database.ctx, system, bundle));
    const paths = issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'proposals[0].teams[1].pi',
        'proposals[0].teams[1].budget[0].amount.currency',
        'proposals[1].call',
        'agencies[2].code',
      ]),
    );
    expect(issues.find((issue) => issue.path === 'proposals[0].teams[1].budget[0].amount.currency')?.message.en).toBe(
      `${prefix}-ANR's team budgets in EUR, not USD`,
    );
  });

  it('rolls everything back when a write fails half-way', async () => {
    const prefix = uniquePrefix();
    const bundle = makeJointCallBundle(prefix);
    // The bundle is valid; a trigger makes the very last write (the review) fail, after agencies,
    // people, the call and its proposals were already written in the same transaction.
    const marker = `FAIL-${prefix}`;
    bundle.reviews![0]!.comment = { en: marker };
    await sql`create or replace function fail_on_marker() returns trigger language plpgsql as $$
      begin
        if new.comment_en like 'FAIL-%' then raise exception 'injected failure'; end if;
        return new;
      end $$`.execute(database.ctx.db);
    await sql`create trigger fail_on_marker before insert on reviews for each row execute function fail_on_marker()`.execute(database.ctx.db);
    try {
      await expect(importBundle(database.ctx, system, bundle)).rejects.toThrow(/injected failure/);
    } finally {
      await sql`drop trigger fail_on_marker on reviews`.execute(database.ctx.db);
    }
    expect(await database.ctx.db.selectFrom('people').select('ref').where('ref', 'like', `${prefix}-%`).execute()).toEqual([]);
    expect(await database.ctx.db.selectFrom('proposals').select('ref').where('ref', 'like', `${prefix}-%`).execute()).toEqual([]);
    expect(await database.ctx.db.selectFrom('agencies').select('code').where('code', 'like', `${prefix}-%`).execute()).toEqual([]);
  });

  it('rejects an import by a user who is not an administrator', async () => {
    const applicant = { kind: 'user' as const, userId: 1, email: 'a@example.org', personRef: null, roles: [{ role: 'applicant' as const, agency: null }] };
    await expect(importBundle(database.ctx, applicant, makeJointCallBundle())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
