import { describe, expect, it } from 'vitest';
import { proposalReportFileUrl } from './api.js';
import { buildReportRows, groupSpans, type DimensionLabeller } from './report-table.js';

const label: DimensionLabeller = (dimension, code) => (code === null ? '(none)' : `${dimension}:${code}`);

describe('buildReportRows', () => {
  it('names each dimension value and keeps the counts', () => {
    const rows = buildReportRows(
      {
        by: ['partner-country', 'partner-agency'],
        rows: [
          { 'partner-country': 'US', 'partner-agency': 'NSF', proposals: 10, selected: 1 },
          { 'partner-country': 'US', 'partner-agency': null, proposals: 1, selected: 0 },
        ],
      },
      label,
    );
    expect(rows).toEqual([
      {
        key: 'US\u0000NSF',
        cells: [
          { dimension: 'partner-country', code: 'US', label: 'partner-country:US' },
          { dimension: 'partner-agency', code: 'NSF', label: 'partner-agency:NSF' },
        ],
        proposals: 10,
        selected: 1,
      },
      {
        key: 'US\u0000',
        cells: [
          { dimension: 'partner-country', code: 'US', label: 'partner-country:US' },
          { dimension: 'partner-agency', code: null, label: '(none)' },
        ],
        proposals: 1,
        selected: 0,
      },
    ]);
  });

  it('reads a missing count as zero', () => {
    const [row] = buildReportRows({ by: ['field'], rows: [{ field: 'energy', proposals: 6 }] }, label);
    expect(row?.selected).toBe(0);
  });
});

describe('groupSpans', () => {
  it('spans consecutive rows of the same first value', () => {
    const rows = buildReportRows(
      {
        by: ['partner-country', 'partner-agency'],
        rows: [
          { 'partner-country': 'US', 'partner-agency': 'DOE', proposals: 5, selected: 0 },
          { 'partner-country': 'US', 'partner-agency': 'NIH', proposals: 2, selected: 0 },
          { 'partner-country': 'US', 'partner-agency': 'NSF', proposals: 10, selected: 1 },
          { 'partner-country': 'IT', 'partner-agency': 'MUR', proposals: 3, selected: 0 },
          { 'partner-country': 'CA', 'partner-agency': 'CIHR', proposals: 1, selected: 0 },
          { 'partner-country': 'CA', 'partner-agency': 'NSERC', proposals: 1, selected: 0 },
        ],
      },
      label,
    );
    expect(groupSpans(rows)).toEqual([3, 0, 0, 1, 2, 0]);
    expect(groupSpans([])).toEqual([]);
  });
});

describe('proposalReportFileUrl', () => {
  it('asks for the file with labels in the reader language', () => {
    expect(proposalReportFileUrl({ callCode: 'ASPIRE-2022-TRIAL', by: ['partner-country', 'partner-agency'], format: 'xlsx', language: 'ja' })).toBe(
      '/api/calls/ASPIRE-2022-TRIAL/reports/proposals?by=partner-country%2Cpartner-agency&format=xlsx&lang=ja',
    );
  });
});
