import { randomBytes } from 'node:crypto';
import type { BundleInput } from '../../src/contracts/bundle.schemas.js';
import { orcidCheckCharacter } from '../../src/domain/orcid.js';

/** A unique prefix so factories can be used many times in one database. */
export function uniquePrefix(): string {
  return `T${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** A valid ORCID iD derived from a number (for tests). */
export function makeOrcid(seed: number): string {
  const base = `0009${String(seed).padStart(11, '0')}`.slice(0, 15);
  const digits = base + orcidCheckCharacter(base);
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
}

/**
 * A small but complete joint call: two agencies (JPY and EUR), a programme, a call with two
 * sides, three proposals in different states, two reviewers and a review. Every code carries
 * `prefix` so that several bundles can live in one database.
 */
export function makeJointCallBundle(prefix = uniquePrefix()): BundleInput {
  const p = (key: string) => `${prefix}-${key}`;
  return {
    format: 'kakehashi-bundle/1',
    agencies: [
      { code: p('JST'), name: { en: 'Japan Science and Technology Agency', ja: '科学技術振興機構' }, country: 'JP', currency: 'JPY', timezone: 'Asia/Tokyo', fiscalYearStart: '04-01', kind: 'public_funder' },
      { code: p('ANR'), name: { en: 'French National Research Agency', ja: 'フランス国立研究機構' }, country: 'FR', currency: 'EUR', timezone: 'Europe/Paris', fiscalYearStart: '01-01', kind: 'public_funder' },
    ],
    organisations: [
      { ref: p('o1'), name: { en: 'Kanto Institute of Technology', ja: '関東工業大学' }, country: 'JP' },
      { ref: p('o2'), name: { en: 'Université de Lyon Sud' }, country: 'FR' },
    ],
    people: [
      { ref: p('p1'), name: { en: 'Haruka Tanabe', ja: '田辺 遥' }, orcid: makeOrcid(1), affiliations: [{ organisation: p('o1'), from: '2015-04-01', to: null }], phdYear: 2012 },
      { ref: p('p2'), name: { en: 'Ren Ogawa', ja: '小川 蓮' }, affiliations: [{ organisation: p('o1'), from: '2021-04-01' }], phdYear: 2021 },
      { ref: p('p3'), name: { en: 'Claire Morel', ja: 'クレール・モレル' }, affiliations: [{ organisation: p('o2'), from: '2010-09-01' }] },
      { ref: p('p4'), name: { en: 'Daichi Kimura', ja: '木村 大地' }, affiliations: [] },
      { ref: p('p5'), name: { en: 'Luc Bernard' }, affiliations: [] },
      { ref: p('r1'), name: { en: 'Sayaka Mori', ja: '森 さやか' }, affiliations: [{ organisation: p('o1'), from: '2000-04-01', to: '2019-03-31' }] },
    ],
    programmes: [{ code: p('SICORP'), agency: p('JST'), name: { en: 'Strategic International Collaborative Research Program', ja: '戦略的国際共同研究プログラム' } }],
    calls: [
      {
        code: p('CALL'),
        programme: p('SICORP'),
        title: { en: 'Japan–France joint call on quantum materials', ja: '日仏共同公募 量子マテリアル' },
        modality: 'joint_call',
        fields: ['quantum', 'materials'],
        opens: '2026-04-01T10:00:00+09:00',
        sides: [
          { agency: p('JST'), role: 'lead', deadline: '2026-06-30T12:00:00+09:00', reviews: true, budget: { total: { amount: 100_000_000, currency: 'JPY' }, perProjectPerYearMax: { amount: 15_000_000, currency: 'JPY' } } },
          { agency: p('ANR'), role: 'partner', deadline: '2026-06-30T17:00:00+02:00', reviews: true, budget: { total: { amount: 100_000_000, currency: 'EUR' }, perProjectPerYearMax: { amount: 15_000_000, currency: 'EUR' } } },
        ],
        durationMonths: { min: 36, max: 36 },
        criteria: [
          { code: 'significance', name: { en: 'Significance', ja: '重要性' }, weight: 2, scale: [1, 5] },
          { code: 'plan', name: { en: 'Research plan', ja: '研究計画' }, weight: 1, scale: [1, 5] },
        ],
        reviewsPerProposal: 2,
        coi: { institutionYears: 3, coauthorYears: 5 },
        rules: [{ rule: 'partner_pi_funded_by', agencies: [p('ANR')] }, { rule: 'budget_within_cap' }],
      },
    ],
    proposals: [
      {
        ref: p('P1'),
        call: p('CALL'),
        field: 'quantum',
        title: { en: 'Quantum sensing with diamond defects', ja: 'ダイヤモンド欠陥による量子センシング' },
        abstract: { en: 'We build sensors.', ja: 'センサーを作る。' },
        keywords: ['quantum sensing', '量子センサ'],
        durationMonths: 36,
        teams: [
          { role: 'lead', agency: p('JST'), country: 'JP', pi: p('p1'), members: [p('p2')], budget: [{ fiscalYear: 2026, amount: { amount: 15_000_000, currency: 'JPY' } }, { fiscalYear: 2027, amount: { amount: 12_500_000, currency: 'JPY' } }] },
          { role: 'partner', agency: p('ANR'), country: 'FR', pi: p('p3'), members: [], budget: [{ fiscalYear: 2026, amount: { amount: 12_500_050, currency: 'EUR' } }], funding: [{ agency: p('ANR'), grantId: 'ANR-26-CE47-0001' }] },
        ],
        exchanges: [{ person: p('p2'), from: 'JP', to: 'FR', months: 6, purpose: { en: 'Device fabrication', ja: 'デバイス作製' } }],
        status: 'submitted',
        submittedAt: '2026-06-29T15:02:11+09:00',
        decision: 'selected',
      },
      {
        ref: p('P2'),
        call: p('CALL'),
        field: 'materials',
        title: { en: 'Topological magnets', ja: 'トポロジカル磁性体' },
        keywords: [],
        teams: [
          { role: 'lead', agency: p('JST'), country: 'JP', pi: p('p4'), members: [] },
          { role: 'partner', agency: p('ANR'), country: 'FR', pi: p('p5'), members: [], funding: [{ agency: p('ANR') }] },
        ],
        status: 'draft',
      },
      {
        ref: p('P3'),
        call: p('CALL'),
        field: 'materials',
        title: { ja: '二次元材料の界面' },
        teams: [{ role: 'lead', agency: p('JST'), country: 'JP', pi: p('p2'), members: [] }],
        status: 'withdrawn',
      },
    ],
    reviewers: [
      { person: p('r1'), agency: p('JST'), fields: ['quantum'], keywords: ['NV centre', '量子'], minLoad: 0, maxLoad: 4, publications: [{ doi: '10.1234/x1', year: 2024, title: 'NV centres at room temperature', authors: [p('r1'), p('p1')] }], conflicts: [{ proposal: p('P1'), reason: 'declared' }] },
    ],
    reviews: [{ proposal: p('P2'), reviewer: p('r1'), agency: p('JST'), scores: { significance: 4, plan: 3 }, confidence: 3, comment: { en: 'Solid.' }, status: 'draft' }],
  };
}
