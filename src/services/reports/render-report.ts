import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { BilingualText, Language } from '../../domain/bilingual-text.js';
import { pickText } from '../../domain/bilingual-text.js';
import { countryName } from '../../domain/country.js';
import { listAgencies } from '../../db/repositories/agency.repository.js';
import { hasTranslation, translate } from '../../i18n/catalogue.js';
import type { ReportDimension } from '../../db/repositories/proposal-report.repository.js';
import type { ServiceContext } from '../service-context.js';
import type { ProposalReport } from './report-proposals.js';

/** Display names by dimension and value: agency names, country names, field, status and decision labels. */
export type ReportLabels = Record<string, Record<string, BilingualText>>;

function catalogueLabel(key: string, fallback: string): BilingualText {
  return {
    en: hasTranslation('en', key) ? translate('en', key) : fallback,
    ja: hasTranslation('ja', key) ? translate('ja', key) : fallback,
  };
}

/** The labels of every value that occurs in the report. */
export async function labelReport(ctx: ServiceContext, report: ProposalReport): Promise<ReportLabels> {
  const agencies = report.by.includes('partner-agency') ? await listAgencies(ctx.db) : [];
  const agencyNames = new Map(agencies.map((agency) => [agency.code, agency.name]));
  const labels: ReportLabels = {};
  for (const dimension of report.by) {
    const values = new Set(report.rows.map((row) => row[dimension]).filter((value): value is string => typeof value === 'string'));
    const byValue: Record<string, BilingualText> = {};
    for (const value of values) byValue[value] = labelOf(dimension, value, agencyNames);
    labels[dimension] = byValue;
  }
  return labels;
}

function labelOf(dimension: ReportDimension, value: string, agencyNames: Map<string, BilingualText>): BilingualText {
  switch (dimension) {
    case 'partner-country':
      return { en: countryName(value, 'en'), ja: countryName(value, 'ja') };
    case 'partner-agency':
      return agencyNames.get(value) ?? { en: value, ja: value };
    case 'field':
      return catalogueLabel(`fields:${value}`, value);
    case 'status':
      return catalogueLabel(`report:status.${value}`, value);
    case 'decision':
      return catalogueLabel(`report:decision.${value}`, value);
  }
}

/**
 * The report as a table: for each dimension its code and, when labels are given, its name in
 * `language`; then the counts; a total row last.
 */
function reportTable(report: ProposalReport, labels: ReportLabels | null, language: Language): string[][] {
  const header: string[] = [];
  for (const dimension of report.by) {
    if (labels) {
      header.push(translate(language, `report:dimension.${dimension}`), `${translate(language, `report:dimension.${dimension}`)} (${translate(language, 'report:code')})`);
    } else {
      header.push(dimension);
    }
  }
  header.push(labels ? translate(language, 'report:proposals') : 'proposals', labels ? translate(language, 'report:selected') : 'selected');
  const body = report.rows.map((row) => {
    const cells: string[] = [];
    for (const dimension of report.by) {
      const value = row[dimension];
      const code = typeof value === 'string' ? value : '';
      if (labels) {
        const label = code ? pickText(labels[dimension]?.[code] ?? { en: code }, language) : translate(language, 'report:none');
        cells.push(label, code);
      } else {
        cells.push(code);
      }
    }
    cells.push(String(row.proposals), String(row.selected));
    return cells;
  });
  const totalRow = [labels ? translate(language, 'report:total') : 'total', ...Array(header.length - 3).fill(''), String(report.total.proposals), String(report.total.selected)];
  return [header, ...body, totalRow];
}

/** CSV with a header row; plain codes without labels (for scripts), names with them (for people). */
export function reportToCsv(report: ProposalReport, labels: ReportLabels | null = null, language: Language = 'en'): string {
  // A byte-order mark makes Excel read the UTF-8 Japanese text correctly.
  const bom = labels ? '\uFEFF' : '';
  return bom + stringify(reportTable(report, labels, language));
}

/** An XLSX workbook with one sheet: the labelled table, counts as numbers, a bold header and total. */
export async function reportToXlsx(report: ProposalReport, labels: ReportLabels, language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kakehashi';
  const sheet = workbook.addWorksheet(report.call.slice(0, 31));
  const table = reportTable(report, labels, language);
  table.forEach((cells, index) => {
    const isCounted = index > 0;
    const row = sheet.addRow(cells.map((cell, column) => (isCounted && column >= cells.length - 2 ? Number(cell) : cell)));
    if (index === 0 || index === table.length - 1) row.font = { bold: true };
  });
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
