import type { BundleInput } from '../contracts/bundle.schemas.js';

/**
 * The funders of the demo: JST and ANR (the SICORP joint call) plus every partner funder that the
 * ASPIRE FY2022 trial call's table 「相手国・資金配分機関別 提案件数」 names (seed 003).
 */

export type AgencyInput = NonNullable<BundleInput['agencies']>[number];
export type ProgrammeInput = NonNullable<BundleInput['programmes']>[number];
type Kind = AgencyInput['kind'];

// [code, en, ja, country, currency, timezone, fiscalYearStart, kind, ROR id or null]
// ROR ids were looked up in the ROR funder dump (real-data/ror_funders); funders without an entry
// there (BMBF, MUR, the grouped private and public-RO funders) get none rather than a guess.
type AgencyRow = readonly [string, string, string, string, string, string, string, Kind, string | null];

const AGENCY_ROWS: readonly AgencyRow[] = [
  ['JST', 'Japan Science and Technology Agency', '科学技術振興機構', 'JP', 'JPY', 'Asia/Tokyo', '04-01', 'public_funder', '00097mb19'],
  ['ANR', 'French National Research Agency (ANR)', 'フランス国立研究機構', 'FR', 'EUR', 'Europe/Paris', '01-01', 'public_funder', '00rbzpz17'],
  ['NSF', 'U.S. National Science Foundation', '米国国立科学財団', 'US', 'USD', 'America/New_York', '10-01', 'public_funder', '021nxhr62'],
  ['DOE', 'U.S. Department of Energy', '米国エネルギー省', 'US', 'USD', 'America/New_York', '10-01', 'public_funder', '01bj3aw27'],
  ['NIH', 'National Institutes of Health', '米国国立衛生研究所', 'US', 'USD', 'America/New_York', '10-01', 'public_funder', '01cwqze88'],
  ['UKRI', 'UK Research and Innovation', '英国研究・イノベーション機構', 'GB', 'GBP', 'Europe/London', '04-01', 'public_funder', '001aqnf71'],
  ['MUR', 'Italian Ministry of University and Research', 'イタリア大学・研究省', 'IT', 'EUR', 'Europe/Rome', '01-01', 'public_funder', null],
  ['ARC', 'Australian Research Council', 'オーストラリア研究会議', 'AU', 'AUD', 'Australia/Sydney', '01-01', 'public_funder', '05mmh0f86'],
  // The seed's table spells this "CHIR"; the agency is the Canadian Institutes of Health Research.
  ['CIHR', 'Canadian Institutes of Health Research', 'カナダ保健研究機構', 'CA', 'CAD', 'America/Toronto', '04-01', 'public_funder', '01gavpb45'],
  ['NSERC', 'Natural Sciences and Engineering Research Council of Canada', 'カナダ自然科学・工学研究会議', 'CA', 'CAD', 'America/Toronto', '04-01', 'public_funder', '01h531d29'],
  // "SRC" in the seed is the Swedish Research Council (Vetenskapsrådet, VR).
  ['SRC', 'Swedish Research Council (Vetenskapsrådet)', 'スウェーデン研究会議', 'SE', 'SEK', 'Europe/Stockholm', '01-01', 'public_funder', '03zttf063'],
  ['BMBF', 'German Federal Ministry of Education and Research', 'ドイツ連邦教育研究省', 'DE', 'EUR', 'Europe/Berlin', '01-01', 'public_funder', null],
  ['DFG', 'German Research Foundation (DFG)', 'ドイツ研究振興協会', 'DE', 'EUR', 'Europe/Berlin', '01-01', 'public_funder', '018mejw64'],
  // CNRS is a research organisation that also funds its own and partner laboratories.
  ['CNRS', 'French National Centre for Scientific Research', 'フランス国立科学研究センター', 'FR', 'EUR', 'Europe/Paris', '01-01', 'research_organisation', '02feahw73'],
  // The seed counts 「民間等」 (private and others) and 「公的研究機関」 as funders; the bundle
  // models each as an agency whose kind says so (INTERCHANGE.md: "names an agency whose kind says so").
  ['US-PRIVATE', 'Private and other funders (United States)', '民間等（米国）', 'US', 'USD', 'America/New_York', '01-01', 'private', null],
  ['GB-PRIVATE', 'Private and other funders (United Kingdom)', '民間等（英国）', 'GB', 'GBP', 'Europe/London', '04-01', 'private', null],
  ['DK-PRIVATE', 'Private and other funders (Denmark)', '民間等（デンマーク）', 'DK', 'DKK', 'Europe/Copenhagen', '01-01', 'private', null],
  ['DE-PUBLIC-RO', 'Public research organisation (Germany)', '公的研究機関（ドイツ）', 'DE', 'EUR', 'Europe/Berlin', '01-01', 'research_organisation', null],
];

/** US federal fiscal years are named by the calendar year in which they end (FY2023 begins 2022-10-01). */
const FISCAL_YEAR_NAMED_BY_END = new Set(['NSF', 'DOE', 'NIH']);

export function buildAgencies(): AgencyInput[] {
  return AGENCY_ROWS.map(([code, en, ja, country, currency, timezone, fiscalYearStart, kind, ror]) => ({
    code,
    name: { en, ja },
    country,
    currency,
    timezone,
    fiscalYearStart,
    ...(FISCAL_YEAR_NAMED_BY_END.has(code) ? { fiscalYearLabel: 'end' as const } : {}),
    kind,
    ...(ror ? { ror: `https://ror.org/${ror}` } : {}),
  }));
}

/** Country of an agency (the partner country of a proposal follows from its partner funder). */
export function agencyCountry(code: string): string {
  const row = AGENCY_ROWS.find((candidate) => candidate[0] === code);
  if (!row) throw new Error(`Unknown demo agency ${code}`);
  return row[3];
}

/**
 * Partner funders of the ASPIRE trial call in the order of the seed's table (countries in 五十音順,
 * then agencies as listed): the call's partner side and its partner_pi_funded_by rule accept all.
 */
export const ASPIRE_PARTNER_AGENCIES = [
  'DOE', 'NIH', 'NSF', 'US-PRIVATE', 'UKRI', 'GB-PRIVATE', 'MUR', 'ARC', 'CIHR', 'NSERC', 'SRC',
  'DK-PRIVATE', 'BMBF', 'DFG', 'DE-PUBLIC-RO', 'ANR', 'CNRS',
] as const;
export type AspirePartnerAgency = (typeof ASPIRE_PARTNER_AGENCIES)[number];

export function buildProgrammes(): ProgrammeInput[] {
  return [
    {
      code: 'ASPIRE',
      agency: 'JST',
      name: { en: 'Adopting Sustainable Partnerships for Innovative Research Ecosystem', ja: '先端国際共同研究推進事業' },
    },
    {
      code: 'SICORP',
      agency: 'JST',
      name: { en: 'Strategic International Collaborative Research Program', ja: '戦略的国際共同研究プログラム' },
    },
  ];
}
