import { z } from 'zod';
import { AppError } from '../../domain/app-error.js';
import { systemActor } from '../../domain/access/actor.js';
import type { Language } from '../../domain/bilingual-text.js';
import { renderZodIssues } from '../../contracts/render-issues.js';
import { translate } from '../../i18n/catalogue.js';
import { checkCallEligibility, type CallEligibilityReport } from '../../services/calls/check-eligibility.js';
import stringWidth from 'string-width';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';
import { formatTable } from '../text-table.js';

const CheckOptionsSchema = z.object({ call: z.string().min(1), format: z.enum(['text', 'json']) });

/**
 * `kakehashi check --call C [--format json]`: the eligibility of every proposal of a call. A
 * report, so it exits 0 even when proposals are ineligible; an unknown call is NOT_FOUND (exit 3).
 */
export async function checkCommand(env: CommandEnvironment, raw: { call?: string; format: string }): Promise<void> {
  const parsed = CheckOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', { issues: renderZodIssues(parsed.error, []).map((issue) => ({ ...issue, path: `--${issue.path.split(/[.[]/)[0]}` })) });
  }
  const options = parsed.data;
  const report = await withDatabase(env, (ctx) => checkCallEligibility(ctx, systemActor('cli'), options.call));
  if (options.format === 'json') printJson(env.io, report);
  else env.io.stdout(formatReport(report, env.config.language));
}

/** A readable table: one line per proposal, then one indented line per failed rule. */
function formatReport(report: CallEligibilityReport, language: Language): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, `eligibility:cli.${key}`, params);
  const [header = '', ...rows] = formatTable([[t('ref'), t('eligible')], ...report.proposals.map((proposal) => [proposal.ref, proposal.eligible ? t('yes') : t('no')])]);
  const lines = [header, '-'.repeat(stringWidth(header))];
  report.proposals.forEach((proposal, index) => {
    lines.push(rows[index] ?? '');
    for (const failure of proposal.failures) lines.push(`    ${failure.rule}: ${failure.message[language]}`);
  });
  const eligible = report.proposals.filter((proposal) => proposal.eligible).length;
  lines.push('', t('summary', { eligible, total: report.proposals.length, call: report.call }));
  return `${lines.join('\n')}\n`;
}
