import type { BundleInput } from '../../src/contracts/bundle.schemas.js';
import { makeOrcid } from './factories.js';

const FIELDS = ['bio', 'ai_info', 'materials', 'semiconductors', 'energy', 'quantum', 'telecom'] as const;
const PARTNERS = [
  { code: 'G-NSF', country: 'US', currency: 'USD', timezone: 'America/New_York', fiscalYearStart: '10-01' },
  { code: 'G-UKRI', country: 'GB', currency: 'GBP', timezone: 'Europe/London', fiscalYearStart: '04-01' },
  { code: 'G-ANR', country: 'FR', currency: 'EUR', timezone: 'Europe/Paris', fiscalYearStart: '01-01' },
  { code: 'G-DFG', country: 'DE', currency: 'EUR', timezone: 'Europe/Berlin', fiscalYearStart: '01-01' },
] as const;

/** A deterministic pseudo-random sequence (mulberry32), so generated bundles are repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Phrase = readonly [en: string, ja: string];
const TOPICS: readonly Phrase[] = [
  ['quantum sensing', '量子センシング'], ['quantum computers', '量子コンピュータ'], ['battery materials', '電池材料'], ['solid-state batteries', '全固体電池'],
  ['protein design', 'タンパク質設計'], ['optical networks', '光ネットワーク'], ['edge AI', 'エッジAI'], ['perovskite solar cells', 'ペロブスカイト太陽電池'],
  ['power semiconductors', 'パワー半導体'], ['gene therapy', '遺伝子治療'], ['hydrogen storage', '水素貯蔵'], ['carbon capture', '二酸化炭素回収'],
  ['superconducting qubits', '超伝導量子ビット'], ['large language models', '大規模言語モデル'], ['wireless communication', '無線通信'], ['catalysts', '触媒'],
  ['brain imaging', '脳イメージング'], ['ocean observation', '海洋観測'], ['robot learning', 'ロボット学習'], ['thin films', '薄膜'],
];
const METHODS: readonly Phrase[] = [
  ['Scalable fabrication of', 'の大規模作製'], ['Machine learning for', 'のための機械学習'], ['Theory and simulation of', 'の理論とシミュレーション'],
  ['High-throughput screening of', 'のハイスループット探索'], ['Reliable control of', 'の高信頼制御'], ['In situ characterisation of', 'のその場観察'],
];
const SETTINGS: readonly Phrase[] = [
  ['in extreme environments', '極限環境における'], ['for carbon neutrality', 'カーボンニュートラルに向けた'], ['for ageing societies', '高齢化社会のための'],
  ['across national laboratories', '国立研究所間の'], ['with early-career exchanges', '若手研究者交流による'],
];

/**
 * A large, valid joint call: `proposalCount` proposals, each with a lead team (3 people, 5 years
 * of JPY budget) and a partner team (2 people, 3 years in the partner's currency, funding), and
 * an exchange. Used by the benchmark and the crash test.
 */
export function generateBundle(options: { proposalCount: number; prefix?: string; seed?: number; hasVariedTexts?: boolean }): BundleInput {
  const prefix = options.prefix ?? 'G';
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const people: NonNullable<BundleInput['people']> = [];
  const organisations = Array.from({ length: 200 }, (_, index) => ({
    ref: `${prefix}-o${index}`,
    name: { en: `Institute ${index}`, ja: `研究所 ${index}` },
    country: index % 2 === 0 ? 'JP' : pick(PARTNERS).country,
  }));
  const person = (key: string, organisation: number): string => {
    const ref = `${prefix}-${key}`;
    people.push({
      ref,
      name: { en: `Researcher ${key}`, ja: `研究者 ${key}` },
      orcid: makeOrcid(people.length + 1),
      affiliations: [{ organisation: `${prefix}-o${organisation}`, from: '2018-04-01', to: null }],
      phdYear: 2000 + Math.floor(next() * 24),
    });
    return ref;
  };
  // Varied texts (for the search benchmark) draw from their own sequence, so that the other
  // values, and the default output, stay exactly what they were.
  const nextText = random((options.seed ?? 1) + 7919);
  const pickText = <T>(items: readonly T[]): T => items[Math.floor(nextText() * items.length)] as T;
  const variedTexts = (index: number) => {
    const [topic, other, method, setting] = [pickText(TOPICS), pickText(TOPICS), pickText(METHODS), pickText(SETTINGS)];
    return {
      title: { en: `${method[0]} ${topic[0]} ${setting[0]}`, ja: `${setting[1]}${topic[1]}${method[1]}` },
      abstract: {
        en: `Project ${index} combines ${topic[0]} with ${other[0]}. ${method[0]} ${other[0]} is studied by teams in both countries, ${setting[0]}.`,
        ja: `本課題${index}は${topic[1]}と${other[1]}を組み合わせる。${setting[1]}${other[1]}${method[1]}を両国のチームで進める。`,
      },
      keywords: [topic[0], topic[1], other[0]],
    };
  };
  const proposals: NonNullable<BundleInput['proposals']> = [];
  for (let index = 0; index < options.proposalCount; index++) {
    const partner = pick(PARTNERS);
    const leadPi = person(`p${index}a`, (index * 2) % 200);
    const leadMembers = [person(`p${index}b`, (index * 2) % 200), person(`p${index}c`, (index * 2) % 200)];
    const partnerPi = person(`p${index}d`, (index * 2 + 1) % 200);
    const partnerMember = person(`p${index}e`, (index * 2 + 1) % 200);
    proposals.push({
      ref: `${prefix}-P${String(index).padStart(6, '0')}`,
      call: `${prefix}-CALL`,
      field: pick(FIELDS),
      title: { en: `Joint study ${index} on ${pick(['quantum sensing', 'battery materials', 'protein design', 'optical networks', 'edge AI'])}`, ja: `共同研究 ${index}` },
      abstract: { en: 'An international collaboration with exchanges of early-career researchers.', ja: '若手研究者の交流を伴う国際共同研究。' },
      keywords: ['international', '国際共同研究'],
      ...(options.hasVariedTexts ? variedTexts(index) : {}),
      durationMonths: 36,
      teams: [
        {
          role: 'lead',
          agency: `${prefix}-JST`,
          country: 'JP',
          pi: leadPi,
          members: leadMembers,
          budget: [2026, 2027, 2028, 2029, 2030].map((fiscalYear) => ({ fiscalYear, amount: { amount: 10_000_000 + Math.floor(next() * 16_000_000), currency: 'JPY' } })),
        },
        {
          role: 'partner',
          agency: `${prefix}-${partner.code}`,
          country: partner.country,
          pi: partnerPi,
          members: [partnerMember],
          budget: [2026, 2027, 2028].map((fiscalYear) => ({ fiscalYear, amount: { amount: 5_000_000 + Math.floor(next() * 10_000_000), currency: partner.currency } })),
          funding: [{ agency: `${prefix}-${partner.code}`, grantId: `${partner.code}-${index}` }],
        },
      ],
      exchanges: [{ person: leadMembers[0] as string, from: 'JP', to: partner.country, months: 3 + Math.floor(next() * 9) }],
      status: 'submitted',
      submittedAt: '2026-06-15T10:00:00+09:00',
      decision: next() < 0.15 ? 'selected' : 'rejected',
    });
  }
  return {
    format: 'kakehashi-bundle/1',
    agencies: [
      { code: `${prefix}-JST`, name: { en: 'Japan Science and Technology Agency', ja: '科学技術振興機構' }, country: 'JP', currency: 'JPY', timezone: 'Asia/Tokyo', fiscalYearStart: '04-01', kind: 'public_funder' },
      ...PARTNERS.map((partner) => ({ code: `${prefix}-${partner.code}`, name: { en: partner.code }, country: partner.country, currency: partner.currency, timezone: partner.timezone, fiscalYearStart: partner.fiscalYearStart, kind: 'public_funder' as const })),
    ],
    organisations,
    people,
    programmes: [{ code: `${prefix}-PROG`, agency: `${prefix}-JST`, name: { en: 'Generated programme', ja: '生成プログラム' } }],
    calls: [
      {
        code: `${prefix}-CALL`,
        programme: `${prefix}-PROG`,
        title: { en: 'Generated multilateral call', ja: '生成された多国間公募' },
        modality: 'joint_call',
        fields: [...FIELDS],
        opens: '2026-04-01T10:00:00+09:00',
        sides: [
          { agency: `${prefix}-JST`, role: 'lead', deadline: '2026-06-30T12:00:00+09:00', reviews: true, budget: { perProjectPerYearMax: { amount: 26_000_000, currency: 'JPY' } } },
          ...PARTNERS.map((partner) => ({ agency: `${prefix}-${partner.code}`, role: 'partner' as const, deadline: '2026-06-30T17:00:00+02:00', reviews: true })),
        ],
        durationMonths: { min: 36, max: 36 },
        criteria: [{ code: 'significance', name: { en: 'Significance', ja: '重要性' }, weight: 1, scale: [1, 5] }],
        rules: [{ rule: 'budget_within_cap' }],
      },
    ],
    proposals,
  };
}
