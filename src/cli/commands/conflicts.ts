import { systemActor } from '../../domain/access/actor.js';
import type { Language } from '../../domain/bilingual-text.js';
import { translate } from '../../i18n/catalogue.js';
import { listConflicts, type ConflictReport } from '../../services/review/detect-conflicts.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';
import { formatTable } from '../text-table.js';

/** `kakehashi conflicts --call C [--agency A]`: every conflicted pair with every reason. */
export async function conflictsCommand(env: CommandEnvironment, options: { call: string; agency?: string; format: string }): Promise<void> {
  const report = await withDatabase(env, (ctx) => listConflicts(ctx, systemActor('cli'), { callCode: options.call, agency: options.agency ?? null }));
  if (options.format === 'json') printJson(env.io, report);
  else env.io.stdout(formatConflicts(report, env.config.language));
}

/** A readable table in the CLI's language: one line per pair with its reasons, waivers noted, then a count. */
export function formatConflicts(report: ConflictReport, language: Language): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, `conflicts:${key}`, params);
  if (report.conflicts.length === 0) return `${t('cli.none', { call: report.call })}\n`;
  const rows = report.conflicts.map((conflict) => [
    conflict.proposal,
    conflict.agency,
    conflict.reviewer,
    conflict.reasons.map((reason) => t(`reason.${reason}`)).join(', ') + (conflict.waived ? ` (${t('cli.waived', { reason: conflict.waived.reason })})` : ''),
  ]);
  const header = [t('cli.proposal'), t('cli.agency'), t('cli.reviewer'), t('cli.reasons')];
  const waived = report.conflicts.filter((conflict) => conflict.waived).length;
  return `${[...formatTable([header, ...rows]), '', t('cli.summary', { call: report.call, count: report.conflicts.length, waived })].join('\n')}\n`;
}
