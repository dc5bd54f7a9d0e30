import { useTranslation } from 'react-i18next';
import { pickBilingual } from '../../formatting/bilingual.js';
import { CountText } from '../../formatting/components/formatted.js';
import { countryName } from '../../formatting/countries.js';
import { fieldLabel } from '../../formatting/labels.js';
import { QueryBoundary } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import { proposalReportFileUrl, type ProposalReportResponse, type ReportDimension } from '../api.js';
import { useProposalReport } from '../queries.js';
import { buildReportRows, groupSpans, type DimensionLabeller } from '../report-table.js';

type Props = {
  callCode: string;
  by: readonly ReportDimension[];
  headingId: string;
  title: string;
  /** Column headers of the dimensions, in the order of `by`. */
  dimensionHeaders: readonly string[];
};

/** Names a report value: the server's label first, then what the UI knows, then the code. */
export function useDimensionLabeller(labels: ProposalReportResponse['labels'] | undefined): DimensionLabeller {
  const { t } = useTranslation();
  const language = useLanguage();
  return (dimension, code) => {
    if (code === null) return t('statistics.unspecified');
    const fromServer = labels?.[dimension]?.[code];
    const text = fromServer ? pickBilingual(fromServer, language) : '';
    if (text) return text;
    if (dimension === 'partner-country') return countryName(code, language);
    if (dimension === 'field') return fieldLabel(t, code);
    return code;
  };
}

/** CSV and XLSX links of one table; each link's name says which table it downloads. */
function DownloadLinks({ callCode, by, title }: { callCode: string; by: readonly ReportDimension[]; title: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="download-links">
      <li>
        <a href={proposalReportFileUrl({ callCode, by, format: 'csv', language })} download aria-label={t('statistics.download.csvFor', { table: title })}>
          {t('statistics.download.csv')}
        </a>
      </li>
      <li>
        <a href={proposalReportFileUrl({ callCode, by, format: 'xlsx', language })} download aria-label={t('statistics.download.xlsxFor', { table: title })}>
          {t('statistics.download.xlsx')}
        </a>
      </li>
    </ul>
  );
}

function ReportTable({ report, headingId, dimensionHeaders }: { report: ProposalReportResponse; headingId: string; dimensionHeaders: readonly string[] }) {
  const { t } = useTranslation();
  const label = useDimensionLabeller(report.labels);
  const rows = buildReportRows(report, label);
  // The first dimension of a two-dimension table (country) spans its agencies, as in the seed.
  const spans = report.by.length > 1 ? groupSpans(rows) : null;
  return (
    <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
      <table className="data-table report-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            {dimensionHeaders.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('statistics.column.proposals')}
            </th>
            <th scope="col" className="numeric">
              {t('statistics.column.selected')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={dimensionHeaders.length + 2} className="empty">
                {t('statistics.empty')}
              </td>
            </tr>
          ) : null}
          {rows.map((row, rowIndex) => (
            <tr key={row.key}>
              {row.cells.map((cell, cellIndex) => {
                if (cellIndex === 0 && spans) {
                  const span = spans[rowIndex] ?? 1;
                  if (span === 0) return null;
                  return (
                    <th key={cell.dimension} scope={span > 1 ? 'rowgroup' : 'row'} rowSpan={span > 1 ? span : undefined} className="row-heading">
                      {cell.label}
                    </th>
                  );
                }
                return cellIndex === 0 ? (
                  <th key={cell.dimension} scope="row" className="row-heading">
                    {cell.label}
                  </th>
                ) : (
                  <td key={cell.dimension}>{cell.label}</td>
                );
              })}
              <td className="numeric">
                <CountText value={row.proposals} />
              </td>
              <td className="numeric">
                <CountText value={row.selected} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total-row">
            <th scope="row" colSpan={dimensionHeaders.length}>
              {t('statistics.total')}
            </th>
            <td className="numeric">
              <CountText value={report.total.proposals} />
            </td>
            <td className="numeric">
              <CountText value={report.total.selected} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** One statistics table with its heading and downloads. */
export function ReportSection({ callCode, by, headingId, title, dimensionHeaders }: Props) {
  const report = useProposalReport(callCode, by);
  return (
    <section aria-labelledby={headingId} className="report-section">
      <div className="section-heading">
        <h2 id={headingId}>{title}</h2>
        <DownloadLinks callCode={callCode} by={by} title={title} />
      </div>
      <QueryBoundary query={report}>{(data) => <ReportTable report={data} headingId={headingId} dimensionHeaders={dimensionHeaders} />}</QueryBoundary>
    </section>
  );
}
