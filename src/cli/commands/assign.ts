import fs from 'node:fs/promises';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { systemActor } from '../../domain/access/actor.js';
import { AppError, isAppError, type ValidationIssue } from '../../domain/app-error.js';
import type { SolvedAssignmentOut } from '../../contracts/assignment.schemas.js';
import { errorMessages } from '../../i18n/catalogue.js';
import { solveAssignment, type AffinityOverride } from '../../services/review/solve-assignment.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';

const HEADER = ['reviewer', 'proposal', 'affinity'] as const;
// A plain decimal number, optionally with an exponent: no hex, no "Infinity", no blanks.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function issue(where: string, en: string, ja: string): ValidationIssue {
  return { path: where, message: { en, ja } };
}

/**
 * Reads an affinity CSV (`reviewer,proposal,affinity`) whole: every problem is listed with its
 * line and column (the header, a wrong number of columns, an empty ref, a value that is not a
 * number, a pair listed twice), and none is used unless all are fine. Refs are checked against
 * the call by the solve itself, at the same locations.
 */
export function parseAffinityCsv(text: string, name: string): AffinityOverride[] {
  const at = (line: number, column?: number) => (column === undefined ? `${name} line ${line}` : `${name} line ${line}, column ${column}`);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      throw new AppError('VALIDATION_FAILED', { params: { count: 1 }, issues: [issue(at(line), `not valid CSV: ${error.message}`, `CSV として読めません: ${error.message}`)] });
    }
    throw error;
  }
  const issues: ValidationIssue[] = [];
  const [header, ...rows] = records;
  if (!header) {
    throw new AppError('VALIDATION_FAILED', { params: { count: 1 }, issues: [issue(at(1), 'the file is empty; it must start with the header reviewer,proposal,affinity', 'ファイルが空です。先頭行は見出し reviewer,proposal,affinity でなければなりません')] });
  }
  const names = header.record.map((cell) => cell.toLowerCase());
  if (names.length !== HEADER.length || HEADER.some((expected, index) => names[index] !== expected)) {
    issues.push(issue(at(header.info.lines), `the header must be reviewer,proposal,affinity, not ${header.record.join(',')}`, `見出しは reviewer,proposal,affinity でなければなりません（実際: ${header.record.join(',')}）`));
  }
  const overrides: AffinityOverride[] = [];
  const firstLine = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.length !== HEADER.length) {
      issues.push(issue(at(line), `expected 3 columns (reviewer, proposal, affinity), found ${record.length}`, `列は 3 つ（reviewer, proposal, affinity）のはずですが ${record.length} つあります`));
      continue;
    }
    const [reviewer = '', proposal = '', value = ''] = record;
    if (reviewer === '') issues.push(issue(at(line, 1), 'the reviewer (a person ref) is empty', '審査委員（人物の ref）が空です'));
    if (proposal === '') issues.push(issue(at(line, 2), 'the proposal ref is empty', '提案の ref が空です'));
    const affinity = Number(value);
    if (!NUMBER.test(value) || !Number.isFinite(affinity)) {
      issues.push(issue(at(line, 3), `the affinity must be a number, not "${value}"`, `適合度は数値でなければなりません（実際: "${value}"）`));
      continue;
    }
    const key = `${reviewer}\n${proposal}`;
    const previous = firstLine.get(key);
    if (previous !== undefined) {
      issues.push(issue(at(line), `the pair ${reviewer}, ${proposal} is already listed on line ${previous}`, `${reviewer} と ${proposal} の組は ${previous} 行目にすでにあります`));
      continue;
    }
    firstLine.set(key, line);
    overrides.push({ reviewer, proposal, affinity, paths: { reviewer: at(line, 1), proposal: at(line, 2), affinity: at(line, 3) } });
  }
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { params: { count: issues.length }, issues });
  return overrides;
}

/**
 * `kakehashi assign --call C --agency A [--per-proposal K] [--affinity FILE] [--replace-published]`:
 * solves the agency's assignment exactly, stores it as the draft and prints it. A published
 * assignment (reviewers were mailed) is replaced only with `--replace-published`. With `--format json`, an
 * error is also printed as one JSON document, `{"error": {"code", "message", "details"}}`.
 */
export async function assignCommand(env: CommandEnvironment, options: { call: string; agency: string; perProposal?: string; affinity?: string; replacePublished?: boolean; format: string }): Promise<void> {
  try {
    const perProposal = options.perProposal === undefined ? undefined : Number(options.perProposal);
    if (perProposal !== undefined && (!Number.isInteger(perProposal) || perProposal < 1)) {
      throw new AppError('VALIDATION_FAILED', { params: { count: 1 }, issues: [issue('--per-proposal', `must be a whole number of at least 1, not "${options.perProposal}"`, `1 以上の整数でなければなりません（実際: "${options.perProposal}"）`)] });
    }
    const overrides = options.affinity === undefined ? undefined : parseAffinityCsv(await fs.readFile(options.affinity, 'utf8'), path.basename(options.affinity));
    const solved = await withDatabase(env, (ctx) =>
      solveAssignment(ctx, systemActor('cli'), {
        callCode: options.call,
        agency: options.agency,
        ...(perProposal === undefined ? {} : { perProposal }),
        ...(overrides === undefined ? {} : { affinityOverrides: overrides }),
        ...(options.replacePublished ? { replacePublished: true } : {}),
      }),
    );
    const output: SolvedAssignmentOut = { call: solved.call, agency: solved.agency, objective: solved.objective, assignments: solved.assignments };
    if (options.format === 'json') {
      printJson(env.io, output);
      return;
    }
    env.io.stdout(`${solved.call} ${solved.agency}: ${solved.assignments.length} pairs, ${solved.perProposal} per proposal, total affinity ${solved.objective.toFixed(6)} (stored as the draft)\n`);
    for (const pair of solved.assignments) env.io.stdout(`${pair.proposal}  ${pair.reviewer}  ${pair.affinity.toFixed(6)}\n`);
  } catch (error) {
    if (options.format === 'json' && isAppError(error)) {
      const params = { ...error.params };
      printJson(env.io, { error: { code: error.code, message: errorMessages(error.code, params), details: { ...(error.issues.length ? { issues: error.issues } : {}), params } } });
    }
    throw error;
  }
}
