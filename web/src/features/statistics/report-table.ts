import type { ProposalReportResponse, ReportDimension } from './api.js';

/** A row ready to render: one display name per dimension, and the two counts. */
export type ReportTableRow = {
  key: string;
  cells: { dimension: ReportDimension; code: string | null; label: string }[];
  proposals: number;
  selected: number;
};

/** Turns a dimension value (a code, or null for "none") into its display name. */
export type DimensionLabeller = (dimension: ReportDimension, code: string | null) => string;

function countOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function codeOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

/**
 * The rows of a report with display names, in the server's order. Row keys are the dimension
 * names (`partner-country`) and their values are codes; the labeller names them.
 */
export function buildReportRows(report: Pick<ProposalReportResponse, 'by' | 'rows'>, label: DimensionLabeller): ReportTableRow[] {
  return report.rows.map((row) => {
    const cells = report.by.map((dimension) => {
      const code = codeOf(row[dimension]);
      return { dimension, code, label: label(dimension, code) };
    });
    return {
      key: cells.map((cell) => cell.code ?? '').join('\u0000'),
      cells,
      proposals: countOf(row.proposals),
      selected: countOf(row.selected),
    };
  });
}

/** For a grouped table (country × agency): how many rows each first-dimension value spans. */
export function groupSpans(rows: readonly ReportTableRow[]): number[] {
  const spans = rows.map(() => 0);
  let start = 0;
  for (let index = 1; index <= rows.length; index += 1) {
    if (index === rows.length || rows[index]?.cells[0]?.code !== rows[start]?.cells[0]?.code) {
      spans[start] = index - start;
      start = index;
    }
  }
  return spans;
}
