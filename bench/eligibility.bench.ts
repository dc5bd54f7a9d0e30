/**
 * Eligibility of every proposal of a generated call with 20,000 proposals, under every rule,
 * next to a baseline from the same run that only reads the same rows (one pass, no rules), on
 * PGlite and (with DATABASE_URL) on a PostgreSQL server. Target: under 5 s.
 */
import { migrateToLatest } from '../src/db/migrate.js';
import { readCallEligibility } from '../src/db/repositories/eligibility.repository.js';
import { systemActor } from '../src/domain/access/actor.js';
import { systemClock } from '../src/domain/time.js';
import { importBundle } from '../src/services/bundle/import-bundle.js';
import { checkCallEligibility } from '../src/services/calls/check-eligibility.js';
import { generateBundle } from '../test/support/generate-bundle.js';
import { benchEngines } from './bench-engines.js';
import { quantile, timed, type BenchRow } from './bench-row.js';

const PROPOSALS = 20_000;
const RUNS = 5;
const PREFIX = 'E';

export async function runEligibilityBench(): Promise<BenchRow[]> {
  const bundle = generateBundle({ proposalCount: PROPOSALS, prefix: PREFIX });
  const call = bundle.calls?.[0];
  if (!call) throw new Error('the generated bundle has no call');
  // Every rule, so the case measures the whole checker, not the one rule the generator lists.
  const partnerAgencies = (bundle.agencies ?? []).map((agency) => agency.code).filter((code) => code !== `${PREFIX}-JST`);
  call.rules = [
    { rule: 'partner_pi_funded_by', agencies: partnerAgencies },
    { rule: 'exchange_required', minEarlyCareer: 1 },
    { rule: 'budget_within_cap' },
    { rule: 'one_proposal_per_pi' },
  ];
  const rows: BenchRow[] = [];
  const caseName = `eligibility of ${PROPOSALS.toLocaleString('en')} proposals (all rules)`;
  for (const engine of benchEngines('PGlite')) {
    const { handle, dispose } = await engine.open();
    try {
      await migrateToLatest(handle.db);
      const ctx = { db: handle.db, clock: systemClock };
      await importBundle(ctx, systemActor('bench'), bundle);
      const baseline: number[] = [];
      const full: number[] = [];
      let ineligible = 0;
      for (let run = 0; run < RUNS; run++) {
        baseline.push((await timed(() => handle.db.transaction().execute((tx) => readCallEligibility(tx, `${PREFIX}-CALL`)))).ms);
        const measured = await timed(() => checkCallEligibility(ctx, systemActor('bench'), `${PREFIX}-CALL`));
        full.push(measured.ms);
        ineligible = measured.result.proposals.filter((proposal) => !proposal.eligible).length;
      }
      const baselineMs = quantile(baseline, 0.5);
      const fullMs = quantile(full, 0.5);
      rows.push({ case: caseName, variant: `${engine.name}: read the same rows, no rules (baseline, p50 of ${RUNS})`, ms: baselineMs });
      rows.push({
        case: caseName,
        variant: `${engine.name}: checkCallEligibility (p50 of ${RUNS})`,
        ms: fullMs,
        ratio: `${(fullMs / baselineMs).toFixed(2)}x baseline`,
        value: `max ${Math.max(...full).toFixed(0)} ms (target < 5000 ms); ${ineligible} ineligible`,
      });
    } finally {
      await dispose();
    }
  }
  return rows;
}
