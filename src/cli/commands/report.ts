import { z } from 'zod';
import { AppError } from '../../domain/app-error.js';
import { systemActor } from '../../domain/access/actor.js';
import { REPORT_DIMENSIONS } from '../../contracts/api.schemas.js';
import { renderZodIssues } from '../../contracts/render-issues.js';
import { reportProposals, type ProposalReport } from '../../services/reports/report-proposals.js';
import { reportToCsv } from '../../services/reports/render-report.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';

const ReportOptionsSchema = z.object({
  call: z.string().min(1),
  by: z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(REPORT_DIMENSIONS)).min(1).max(3)),
  format: z.enum(['text', 'json', 'csv']),
});

/** `kakehashi report proposals --call C --by D1[,D2]`: counts of proposals and selections. */
export async function reportProposalsCommand(env: CommandEnvironment, raw: { call?: string; by?: string; format: string }): Promise<void> {
  const parsed = ReportOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', { issues: renderZodIssues(parsed.error, []).map((issue) => ({ ...issue, path: `--${issue.path.split(/[.[]/)[0]}` })) });
  }
  const options = parsed.data;
  const report = await withDatabase(env, (ctx) => reportProposals(ctx, systemActor('cli'), { callCode: options.call, by: options.by }));
  if (options.format === 'json') printJson(env.io, report);
  else if (options.format === 'csv') env.io.stdout(reportToCsv(report));
  else env.io.stdout(formatTable(report));
}

function formatTable(report: ProposalReport): string {
  const header = [...report.by, 'proposals', 'selected'];
  const rows = report.rows.map((row) => header.map((column) => String(row[column] ?? '—')));
  rows.push(['total', ...Array(report.by.length - 1).fill(''), String(report.total.proposals), String(report.total.selected)]);
  const widths = header.map((column, index) => Math.max(column.length, ...rows.map((row) => row[index]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, index) => (index >= report.by.length ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0))).join('  ');
  return `${[line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
