/**
 * `npm run bench`: every benchmark, printed as one table. Ratios compare with a baseline
 * measured in the same run, never with numbers from another machine or day.
 * Set DATABASE_URL to include the PostgreSQL server; `npm run bench -- import` runs one suite.
 */
import { runAssignmentBench } from './assignment.bench.js';
import type { BenchRow } from './bench-row.js';
import { runEligibilityBench } from './eligibility.bench.js';
import { runImportBench } from './import.bench.js';
import { runSearchBench } from './search.bench.js';

const SUITES: Record<string, () => Promise<BenchRow[]>> = {
  import: runImportBench,
  assignment: runAssignmentBench,
  eligibility: runEligibilityBench,
  search: runSearchBench,
};

const chosen = (process.argv[2] ?? Object.keys(SUITES).join(',')).split(',');
const rows: BenchRow[] = [];
for (const name of chosen) {
  const suite = SUITES[name];
  if (!suite) throw new Error(`Unknown benchmark "${name}"; choose from ${Object.keys(SUITES).join(', ')}`);
  process.stderr.write(`running ${name}…\n`);
  rows.push(...(await suite()));
}

const header = ['case', 'variant', 'ms', 'value', 'ratio', 'peak RSS MiB'];
const cells = rows.map((row) => [row.case, row.variant, row.ms.toFixed(1), row.value ?? '', row.ratio ?? '', row.rssMiB === undefined ? '' : String(row.rssMiB)]);
const widths = header.map((title, index) => Math.max(title.length, ...cells.map((line) => line[index]?.length ?? 0)));
const format = (line: string[]) => `| ${line.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
console.log(format(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const line of cells) console.log(format(line));
