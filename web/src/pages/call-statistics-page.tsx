import { CallBreadcrumb } from '../features/layout/components/breadcrumb.js';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useCall } from '../features/calls/queries.js';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { LocalText } from '../features/formatting/components/bilingual-text.js';
import { QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';
import { FieldChart } from '../features/statistics/components/field-chart.js';
import { ReportSection } from '../features/statistics/components/report-section.js';
import { useProposalReport } from '../features/statistics/queries.js';

const BY_COUNTRY = ['partner-country'] as const;
const BY_FIELD = ['field'] as const;
const BY_COUNTRY_AND_AGENCY = ['partner-country', 'partner-agency'] as const;

/**
 * `/calls/:code/statistics`: the three tables of the ASPIRE trial results (seed 003) — proposals
 * by partner country, by field, and by partner country and agency — with downloads and a chart.
 */
export function CallStatisticsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const call = useCall(code);
  const byField = useProposalReport(code, BY_FIELD);
  const callTitle = call.data ? pickBilingual(call.data.title, language) : code;
  useDocumentTitle(t('statistics.documentTitle', { call: callTitle }));

  const countryTitle = t('statistics.byCountry.title');
  const fieldTitle = t('statistics.byField.title');
  const agencyTitle = t('statistics.byCountryAgency.title');

  return (
    <div className="page">
      <CallBreadcrumb code={code} current={t('statistics.title')} />
      <h1>{t('statistics.title')}</h1>
      {call.data ? (
        <p className="subtitle">
          <LocalText value={call.data.title} />
        </p>
      ) : null}
      <p className="muted">{t('statistics.intro')}</p>

      <ReportSection callCode={code} by={BY_COUNTRY} headingId="report-country" title={countryTitle} dimensionHeaders={[t('statistics.column.partnerCountry')]} />
      <ReportSection callCode={code} by={BY_FIELD} headingId="report-field" title={fieldTitle} dimensionHeaders={[t('statistics.column.field')]} />
      <ReportSection
        callCode={code}
        by={BY_COUNTRY_AND_AGENCY}
        headingId="report-country-agency"
        title={agencyTitle}
        dimensionHeaders={[t('statistics.column.partnerCountry'), t('statistics.column.partnerAgency')]}
      />

      <section aria-labelledby="report-chart" className="report-section">
        <h2 id="report-chart">{t('statistics.chart.title')}</h2>
        <QueryBoundary query={byField}>{(data) => <FieldChart report={data} tableTitle={fieldTitle} />}</QueryBoundary>
      </section>
    </div>
  );
}
