import { DEMO_ANR_REVIEWER, DEMO_APPLICANT, DEMO_JST_REVIEWER, DEMO_PARTNER_APPLICANT, type PeopleRegistry } from './demo-people.js';
import {
  demoPublication,
  type Bilingual,
  type CallInput,
  type ExchangeInput,
  type Field,
  type ProposalInput,
  type ReviewerInput,
  type ReviewInput,
} from './demo-types.js';

/**
 * A SICORP (戦略的国際共同研究プログラム) joint call of JST and ANR, modelled on seed 004: 3-year
 * projects; JST and the partner FA each evaluate the proposals with separately appointed experts
 * (「JSTと相手国FAで別々に専任された専門家で提案書を評価」) and then select jointly, against the
 * six review perspectives the call documents list. The call itself and all proposals are invented.
 */

export const SICORP_CALL = 'SICORP-2025-JST-ANR';
/** The SICORP proposal whose lead PI and ANR-side PI are demo log-ins (see demo-users.ts). */
export const DEMO_SICORP_PROPOSAL = 'SIC25-001';

const JST_CAP = 15_000_000; // ¥15M per project and JST fiscal year
const ANR_CAP = 15_000_000; // €150,000 per project and year, in cents
const JST_DEADLINE = '2025-06-30T12:00:00+09:00';
const ANR_DEADLINE = '2025-06-30T17:00:00+02:00'; // Paris, summer time (CEST)

const criterion = (code: string, weight: number, en: string, ja: string) => ({ code, name: { en, ja }, weight, scale: [1, 5] as [number, number] });

// Seed 004 「審査の観点」, in its order; the plan, significance and originality weigh double.
const CRITERIA = [
  criterion('aim_fit', 1, 'Fit with the programme\'s aim, goals and target fields', '事業趣旨、及び目標と対象分野'),
  criterion('significance', 2, 'Significance: importance of the topic, impact of reaching the goals, ripple effects', '研究意義（課題の重要性、目標達成によるインパクト、波及効果など）'),
  criterion('pi_team', 1, 'Principal investigators, implementing organisations and team', '研究代表者、実施組織・体制'),
  criterion('plan', 2, 'Research plan', '研究計画'),
  criterion('originality', 2, 'Originality and international advantage', '独創性、国際的優位性'),
  criterion('dissemination', 1, 'Dissemination and deployment of results; continuity of the collaboration', '研究成果の普及・展開可能性、及び拠点研究の継続性'),
];

function buildCall(): CallInput {
  return {
    code: SICORP_CALL,
    programme: 'SICORP',
    title: {
      en: 'SICORP Japan–France joint call: AI for materials and energy',
      ja: '戦略的国際共同研究プログラム（SICORP）日本－フランス共同公募「材料・エネルギーのためのAI」',
    },
    description: {
      en: 'JST and ANR each evaluate the proposals with their own appointed experts; on the basis of these evaluations the two agencies jointly select the projects they support. Each side funds its own team for three years.',
      ja: 'JSTとANRがそれぞれ別に選任した専門家で提案書を評価し、その評価結果をもとに両機関が共同して支援する課題を選定する。各機関が自国側チームを3年間支援する。',
    },
    // Both agencies are reviewing; selections are recorded but not yet final.
    status: 'under_review',
    modality: 'joint_call',
    fields: ['ai_info', 'materials', 'energy'],
    opens: '2025-04-15T10:00:00+09:00',
    sides: [
      {
        agency: 'JST',
        role: 'lead',
        deadline: JST_DEADLINE,
        reviews: true,
        budget: { total: { amount: 150_000_000, currency: 'JPY' }, perProjectPerYearMax: { amount: JST_CAP, currency: 'JPY' } },
      },
      {
        agency: 'ANR',
        role: 'partner',
        deadline: ANR_DEADLINE,
        reviews: true,
        budget: { total: { amount: 150_000_000, currency: 'EUR' }, perProjectPerYearMax: { amount: ANR_CAP, currency: 'EUR' } },
      },
    ],
    durationMonths: { min: 36, max: 36 }, // 支援期間: 3年間
    criteria: CRITERIA,
    reviewsPerProposal: 3,
    coi: { institutionYears: 3, coauthorYears: 5 },
    rules: [{ rule: 'partner_pi_funded_by', agencies: ['ANR'] }, { rule: 'budget_within_cap' }, { rule: 'one_proposal_per_pi' }],
  };
}

// ---------------------------------------------------------------------------------------------
// [status, decision, field, JP host, FR host, title, abstract, keywords, submittedAt (JST)]
// States: 7 submitted (2 selected, 1 waitlisted, 2 rejected, 2 awaiting a decision), 1 withdrawn,
// 2 ineligible (SIC25-009 asks ANR for €162,500 in 2026, above the cap; SIC25-010 arrived 47
// minutes after JST's deadline), 2 drafts.
type Status = 'draft' | 'submitted' | 'withdrawn' | 'ineligible';
type Decision = 'selected' | 'rejected' | 'waitlisted' | null;
type Row = readonly [Status, Decision, Field, string, string, Bilingual, Bilingual, readonly string[], string | null];
const t = (en: string, ja: string): Bilingual => ({ en, ja });

const ROWS: readonly Row[] = [
  ['submitted', 'selected', 'materials', 'jp.tohoku-u', 'fr.uga',
    t('Autonomous laboratories for solid-state electrolyte discovery', '固体電解質探索のための自律実験室'),
    t('Robotic synthesis lines in Sendai and Grenoble share one Bayesian agent that plans experiments across both sites, learning from each other\'s successes and failures to find lithium-ion conductors that are stable and cheap to process.',
      '仙台とグルノーブルのロボット合成ラインが共通のベイズ型エージェントを共有して両拠点の実験を計画し、互いの成功と失敗から学びながら、安定で低コストに加工できるリチウムイオン伝導体を探索する。'),
    ['autonomous laboratory', 'solid electrolyte', 'Bayesian optimisation', '自律実験', '全固体電池'], '2025-06-27T16:41:09+09:00'],
  ['submitted', 'selected', 'energy', 'jp.nagoya-u', 'fr.psl',
    t('Physics-informed learning for battery degradation forecasting in grid storage', '系統用蓄電池の劣化予測のための物理情報機械学習'),
    t('We fuse electrochemical models with field data from Japanese and French grid-scale battery plants to forecast capacity fade and optimise dispatch, so that storage lasts longer without losing revenue.',
      '電気化学モデルと日仏の系統用大型蓄電所の運転データを融合して容量劣化を予測し、収益を損なわずに蓄電池を長寿命化する充放電計画を最適化する。'),
    ['battery degradation', 'physics-informed machine learning', '系統用蓄電池', 'digital twin'], '2025-06-30T10:12:44+09:00'],
  ['submitted', 'waitlisted', 'ai_info', 'jp.nims', 'fr.saclay',
    t('A foundation model for electron microscopy of catalysts', '触媒の電子顕微鏡像のための基盤モデル'),
    t('A vision foundation model pre-trained on millions of transmission electron micrographs from both countries segments nanoparticles, tracks their sintering in situ and links morphology to catalytic activity.',
      '両国の数百万枚の透過電子顕微鏡像で事前学習した画像基盤モデルにより、ナノ粒子のセグメンテーション、その場観察でのシンタリング追跡、形態と触媒活性の関連付けを行う。'),
    ['foundation model', 'electron microscopy', '触媒', 'computer vision', '画像解析'], '2025-06-26T11:05:37+09:00'],
  ['submitted', 'rejected', 'materials', 'jp.waseda', 'fr.lyon1',
    t('Bayesian optimisation of high-entropy alloy electrocatalysts for water splitting', '水分解用高エントロピー合金電極触媒のベイズ最適化'),
    t('Combinatorial sputtered libraries of five-element alloys are screened for oxygen-evolution activity and stability, with multi-objective Bayesian optimisation choosing the compositions both laboratories make next.',
      '5元系合金のコンビナトリアルスパッタライブラリを酸素発生反応の活性と安定性について評価し、多目的ベイズ最適化により両研究室が次に作製する組成を選ぶ。'),
    ['high-entropy alloy', 'electrocatalysis', 'Bayesian optimisation', '水電解'], '2025-06-29T21:30:02+09:00'],
  ['submitted', 'rejected', 'ai_info', 'jp.osaka-u', 'fr.umontpellier',
    t('Federated learning on Japanese and French battery data without sharing raw data', '生データを共有しない日仏電池データの連合学習'),
    t('Manufacturers are reluctant to pool cell-test data. We develop federated, privacy-preserving learning so that models trained across companies in both countries predict cell performance better than any single dataset.',
      '電池メーカーはセル試験データの共有に慎重である。両国の企業間で学習したモデルが単独のデータセットより高精度にセル性能を予測できるよう、連合学習とプライバシー保護学習の手法を開発する。'),
    ['federated learning', 'privacy', '電池データ', 'data sovereignty'], '2025-06-30T09:48:51+09:00'],
  ['submitted', null, 'materials', 'jp.tsukuba', 'fr.cea',
    t('Machine-learned interatomic potentials for radiation-tolerant fusion materials', '耐照射性核融合材料のための機械学習原子間ポテンシャル'),
    t('Equivariant neural potentials trained on first-principles data simulate cascade damage in tungsten alloys and ceramics over microseconds, guiding the design of plasma-facing materials tested in ion-irradiation facilities.',
      '第一原理計算データで学習した同変ニューラルポテンシャルによりタングステン合金やセラミックスの照射カスケード損傷をマイクロ秒スケールで模擬し、イオン照射施設で試験するプラズマ対向材料の設計を導く。'),
    ['machine-learned potential', 'fusion materials', '照射損傷', 'tungsten'], '2025-06-24T14:22:10+09:00'],
  ['submitted', null, 'energy', 'jp.kobe-u', 'fr.nantes',
    t('Digital twins of offshore wind farms coupled to hydrogen production', '水素製造と連携した洋上風力発電所のデジタルツイン'),
    t('We build digital twins that forecast wake losses and component fatigue in offshore wind farms and schedule electrolysers to turn surplus power into hydrogen, with data from the French Atlantic coast and the Sea of Japan.',
      'フランス大西洋岸と日本海のデータを用いて、洋上風力発電所の後流損失と部材疲労を予測し、余剰電力を水素に変換する電解装置の運転計画を立てるデジタルツインを構築する。'),
    ['offshore wind', 'digital twin', '水素', 'wake modelling'], '2025-06-30T11:58:03+09:00'],
  ['withdrawn', null, 'materials', 'jp.hiroshima-u', 'fr.ubordeaux',
    t('Interpretable machine learning for thermoelectric materials', '熱電材料のための解釈可能な機械学習'),
    t('Symbolic regression and Shapley-value analysis reveal design rules for low thermal conductivity in chalcogenides and Zintl phases, tested by synthesising the predicted compounds.',
      '記号回帰とシャープレイ値解析によりカルコゲナイドやジントル相の低熱伝導率の設計指針を導き、予測された化合物の合成で検証する。'),
    ['thermoelectric', 'interpretable machine learning', '熱電変換', 'symbolic regression'], '2025-06-20T15:03:44+09:00'],
  ['ineligible', null, 'ai_info', 'jp.kanazawa-u', 'fr.saclay',
    t('Language-model agents for the synthesis planning of metal–organic frameworks', '金属有機構造体の合成計画のための言語モデルエージェント'),
    t('Agents built on large language models read the MOF literature, propose synthesis routes and drive a robotic platform; we measure how often their plans succeed and where chemists must step in.',
      '大規模言語モデルに基づくエージェントが金属有機構造体の文献を読み、合成経路を提案してロボット実験基盤を動かす。計画の成功率と、化学者の介入が必要となる局面を定量化する。'),
    ['LLM agent', 'MOF synthesis', '自動合成', 'laboratory automation'], '2025-06-28T13:17:26+09:00'],
  ['ineligible', null, 'energy', 'jp.chiba-u', 'fr.ubordeaux',
    t('AI-guided design of sodium-ion battery cathodes', 'ナトリウムイオン電池正極のAI支援設計'),
    t('Generative models propose layered-oxide and polyanion cathodes free of cobalt and nickel; high-throughput synthesis and operando diffraction in both countries validate the most promising candidates.',
      '生成モデルによりコバルト・ニッケルを含まない層状酸化物およびポリアニオン系正極を提案し、両国でのハイスループット合成とオペランド回折により有望候補を検証する。'),
    ['sodium-ion battery', 'generative model', '正極材料', 'operando diffraction'], '2025-06-30T12:47:05+09:00'],
  ['draft', null, 'materials', 'jp.oist', 'fr.uga',
    t('Uncertainty-aware machine learning for the chemical recycling of polymers', '高分子ケミカルリサイクルのための不確実性を考慮した機械学習'),
    t('Catalytic depolymerisation conditions are optimised with models that report calibrated uncertainty, so that pilot runs on mixed plastic waste are chosen where they teach the most.',
      '較正された不確実性を出力するモデルで触媒的解重合の条件を最適化し、混合プラスチック廃棄物のパイロット試験を最も情報量の多い条件で実施する。'),
    ['chemical recycling', 'uncertainty quantification', 'プラスチック', '触媒'], null],
  ['draft', null, 'energy', 'jp.keio', 'fr.lyon1',
    t('Reinforcement learning for demand response in district heating and cooling', '地域熱供給・冷房の需要応答のための強化学習'),
    t('Safe reinforcement learning controls heat pumps and thermal storage in district networks in Lyon and Yokohama to move load away from peak hours while guaranteeing comfort.',
      '安全な強化学習によりリヨンと横浜の地域熱供給網におけるヒートポンプと蓄熱槽を制御し、快適性を保証しつつピーク時間帯から負荷を移す。'),
    ['reinforcement learning', 'demand response', '地域熱供給', 'heat pump'], null],
];

const OVER_CAP_PROPOSAL = 'SIC25-009';
const YEARS = [2025, 2026, 2027];

type BuiltProposal = { proposal: ProposalInput; leadPi: string; partnerPi: string };

function buildProposals(registry: PeopleRegistry): BuiltProposal[] {
  return ROWS.map(([status, decision, field, jpOrg, frOrg, title, abstract, keywords, submittedAt], i) => {
    const ref = `SIC25-${String(i + 1).padStart(3, '0')}`;
    const leadPi = ref === DEMO_SICORP_PROPOSAL ? DEMO_APPLICANT : registry.add({ org: jpOrg, phdYear: 1996 + ((i * 5) % 14) });
    const leadMembers = [registry.add({ org: jpOrg, phdYear: [2019, null, 2021, 2017][i % 4] ?? null })];
    if (i % 2 === 0) leadMembers.push(registry.add({ org: jpOrg, phdYear: 2007 + (i % 6) }));
    const partnerPi = ref === DEMO_SICORP_PROPOSAL ? DEMO_PARTNER_APPLICANT : registry.add({ org: frOrg, phdYear: 1995 + ((i * 3) % 15) });
    const partnerMembers = [registry.add({ org: frOrg, phdYear: [null, 2020, 2012][i % 3] ?? null })];

    // Budgets per fiscal year of each agency: JST (April–March) and ANR (calendar year).
    const jstBudget = YEARS.map((fiscalYear, y) => ({ fiscalYear, amount: { amount: 11_000_000 + ((i * 29 + y * 41) % 41) * 100_000, currency: 'JPY' } }));
    const anrBudget = YEARS.map((fiscalYear, y) => ({
      fiscalYear,
      amount: { amount: ref === OVER_CAP_PROPOSAL && fiscalYear === 2026 ? 16_250_000 : 11_000_000 + ((i * 31 + y * 17) % 41) * 100_000, currency: 'EUR' },
    }));
    // The last draft has not filled in the French budget yet.
    const partnerBudget = i === ROWS.length - 1 ? [] : anrBudget;

    const exchanges: ExchangeInput[] = [];
    const young = leadMembers[0];
    if (i % 3 === 0 && young) {
      exchanges.push({ person: young, from: 'JP', to: 'FR', months: 3 + (i % 4), purpose: t('Joint experiments and data integration at the French laboratory', 'フランス側研究室での共同実験とデータ統合') });
    }

    const proposal: ProposalInput = {
      ref,
      call: SICORP_CALL,
      field,
      title,
      abstract,
      keywords: [...keywords],
      durationMonths: 36,
      teams: [
        { role: 'lead', agency: 'JST', country: 'JP', pi: leadPi, members: leadMembers, budget: jstBudget },
        {
          role: 'partner',
          agency: 'ANR',
          country: 'FR',
          pi: partnerPi,
          members: partnerMembers,
          budget: partnerBudget,
          funding: [{ agency: 'ANR', grantId: `ANR-25-JSTJ-${String(i + 1).padStart(4, '0')}` }],
        },
      ],
      exchanges,
      status,
      ...(submittedAt ? { submittedAt } : {}),
      decision,
    };
    return { proposal, leadPi, partnerPi };
  });
}

// ---------------------------------------------------------------------------------------------
// Each agency's own expert pool: [person or organisation, PhD year, fields, keywords, publications].
type ReviewerRow = readonly [
  { ref: string } | { org: string; previous?: { org: string; to: string } },
  number,
  readonly Field[],
  readonly string[],
  ReadonlyArray<readonly [string, number]>,
];

const JST_POOL: readonly ReviewerRow[] = [
  [{ ref: DEMO_JST_REVIEWER }, 2003, ['ai_info', 'materials'], ['materials informatics', 'マテリアルズ・インフォマティクス', 'Bayesian optimisation', 'データ駆動科学'],
    [['Active learning for the discovery of oxide-ion conductors', 2021], ['Benchmarking autonomous experimentation in thin-film synthesis', 2023]]],
  [{ org: 'jp.kyoto-u' }, 1999, ['materials', 'energy'], ['solid-state ionics', '固体イオニクス', 'battery materials'],
    [['Grain-boundary transport in sulfide solid electrolytes', 2020], ['Interfacial degradation in all-solid-state lithium cells', 2024]]],
  [{ org: 'jp.utokyo' }, 1997, ['ai_info'], ['machine learning', '機械学習', 'uncertainty quantification'],
    [['Calibrated uncertainty for regression with deep ensembles', 2022], ['Transfer learning across scientific domains', 2019]]],
  [{ org: 'jp.kyushu-u' }, 2002, ['energy'], ['power systems', '電力系統', 'energy storage'],
    [['Stochastic scheduling of grid batteries under price uncertainty', 2021], ['State-of-health estimation for lithium-ion storage plants', 2023]]],
  // Left Osaka University in March 2024: within the call's 3-year institution window for SIC25-005.
  [{ org: 'jp.riken', previous: { org: 'jp.osaka-u', to: '2024-03-31' } }, 2006, ['ai_info', 'materials'], ['computer vision', '電子顕微鏡', 'image analysis'],
    [['Deep segmentation of nanoparticles in TEM images', 2022], ['Self-supervised learning for scientific imaging', 2024]]],
  [{ org: 'jp.hokudai' }, 1998, ['materials', 'energy'], ['electrocatalysis', '電極触媒', 'hydrogen'],
    [['Oxygen evolution on multi-metal oxide surfaces', 2020], ['Operando spectroscopy of water-splitting catalysts', 2023]]],
  [{ org: 'jp.nii' }, 2004, ['ai_info'], ['privacy-preserving machine learning', '連合学習', 'data governance'],
    [['Secure aggregation for cross-silo federated learning', 2022], ['Differential privacy in industrial data sharing', 2024]]],
  [{ org: 'jp.tus' }, 2008, ['energy'], ['wind energy', '風力発電', 'hydrogen systems'],
    [['Wake steering control for offshore wind farms', 2021], ['Coupling wind power and electrolysis: a techno-economic study', 2023]]],
];

const ANR_POOL: readonly ReviewerRow[] = [
  [{ ref: DEMO_ANR_REVIEWER }, 2001, ['energy', 'materials'], ['battery materials', '電池材料', 'electrochemistry', '電気化学'],
    [['Cathode–electrolyte interphases in high-voltage lithium cells', 2021], ['Sodium layered oxides: structure and stability', 2023]]],
  [{ org: 'fr.sorbonne' }, 2005, ['materials', 'ai_info'], ['materials informatics', 'マテリアルズ・インフォマティクス', 'density functional theory'],
    [['High-throughput screening of ionic conductors with DFT', 2020], ['Graph networks for defect energetics', 2023]]],
  [{ org: 'fr.utc' }, 1998, ['energy'], ['smart grids', 'スマートグリッド', 'optimisation'],
    [['Model predictive control of microgrids with storage', 2019], ['Market-aware dispatch of battery fleets', 2022]]],
  [{ org: 'fr.unistra' }, 2009, ['materials'], ['heterogeneous catalysis', '触媒', 'surface science'],
    [['Surface segregation in multi-metallic nanoparticles', 2021], ['In-situ XPS of oxygen-evolution catalysts', 2023]]],
  [{ org: 'fr.unice' }, 2003, ['ai_info'], ['deep learning', '深層学習', 'computer vision'],
    [['Vision transformers for scientific images', 2022], ['Label-efficient segmentation in microscopy', 2024]]],
  [{ org: 'fr.polytechnique' }, 2000, ['ai_info', 'materials'], ['machine-learned potentials', '機械学習ポテンシャル', 'molecular dynamics'],
    [['Equivariant potentials for radiation damage cascades', 2023]]],
  [{ org: 'fr.amu' }, 2010, ['energy'], ['hydrogen', '水素', 'electrolysis'],
    [['Dynamic operation of PEM electrolysers', 2021], ['Hydrogen storage in salt caverns: a systems view', 2024]]],
  [{ org: 'fr.rennes' }, 2007, ['ai_info'], ['federated learning', '連合学習', 'privacy'],
    [['Personalised federated learning under heterogeneity', 2022], ['Auditing privacy in collaborative learning', 2024]]],
];

function buildPool(registry: PeopleRegistry, agency: 'JST' | 'ANR', rows: readonly ReviewerRow[], serialBase: number): ReviewerInput[] {
  return rows.map(([who, phdYear, fields, keywords, publications], i) => {
    const person = 'ref' in who ? who.ref : registry.add({ org: who.org, phdYear, ...(who.previous ? { previous: who.previous } : {}) });
    return {
      person,
      agency,
      fields: [...fields],
      keywords: [...keywords],
      minLoad: 0,
      maxLoad: 6,
      publications: publications.map(([title, year], k) => demoPublication(title, year, [person], serialBase + 3 * i + k)),
      conflicts: [],
    };
  });
}

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`Demo data: no item ${index}`);
  return item;
}

// Reviews: [proposal, agency, pool index, scores in CRITERIA order, confidence, comment].
type ReviewRow = readonly [string, 'JST' | 'ANR', number, readonly number[], number, Bilingual];
const REVIEW_ROWS: readonly ReviewRow[] = [
  ['SIC25-001', 'JST', 0, [5, 5, 4, 4, 5, 4], 4, t('A convincing closed loop between two robotic labs; the shared agent is genuinely novel. The plan should say how failed syntheses are recorded.', '二つのロボット実験室を結ぶ閉ループは説得力があり、共有エージェントは新規性が高い。失敗した合成の記録方法を計画に明記されたい。')],
  ['SIC25-001', 'JST', 1, [4, 5, 5, 4, 4, 4], 3, t('Strong team with complementary synthesis skills. Stability screening against lithium metal deserves more detail.', '合成技術が相補的な強力な体制である。リチウム金属に対する安定性評価をより具体的に示すべきである。')],
  ['SIC25-001', 'ANR', 0, [5, 4, 5, 4, 5, 4], 4, t('Excellent fit with the call. The Grenoble platform is well suited; data-sharing rules between the two sites must be agreed early.', '公募の趣旨によく合致する。グルノーブルの設備は適切であり、両拠点間のデータ共有ルールを早期に合意する必要がある。')],
  ['SIC25-001', 'ANR', 1, [4, 4, 4, 5, 4, 5], 3, t('Well-structured work plan with clear milestones; exploitation through open datasets is a plus.', 'マイルストーンが明確で構成のよい研究計画である。オープンデータによる成果展開も評価できる。')],
  ['SIC25-002', 'JST', 3, [4, 5, 4, 5, 4, 4], 4, t('Important for grid operators in both countries; the field data give this proposal a real advantage.', '両国の系統運用者にとって重要な課題であり、実運転データが大きな強みとなっている。')],
  ['SIC25-002', 'ANR', 2, [5, 4, 4, 4, 4, 5], 4, t('Good balance of physics and learning. Access to the French plant data is documented by a letter of support.', '物理モデルと学習のバランスがよい。フランス側蓄電所データへのアクセスは支援レターで裏付けられている。')],
  ['SIC25-003', 'JST', 0, [4, 4, 3, 4, 4, 3], 3, t('Ambitious and timely, but the compute budget for pre-training looks underestimated.', '意欲的で時宜を得た提案だが、事前学習の計算資源の見積もりが過小と思われる。')],
  ['SIC25-003', 'ANR', 0, [4, 3, 4, 3, 4, 4], 4, t('Interesting link between morphology and activity; the validation on real catalysts is thin.', '形態と活性を結び付ける着想は興味深いが、実触媒での検証が手薄である。')],
  ['SIC25-004', 'JST', 5, [3, 3, 3, 2, 3, 3], 4, t('Combinatorial screening of high-entropy alloys is already widely done; the added value of the collaboration is unclear.', '高エントロピー合金のコンビナトリアル探索は既に広く行われており、共同研究による付加価値が明確でない。')],
  ['SIC25-004', 'ANR', 1, [3, 2, 3, 3, 2, 3], 3, t('Competent team, but stability testing is limited to short runs and the plan lacks risk mitigation.', '体制は堅実だが、安定性評価が短時間試験に限られ、リスク対策が計画に欠けている。')],
  ['SIC25-005', 'JST', 6, [3, 2, 3, 3, 2, 3], 3, t('Relevant problem, but no manufacturer has committed data, which puts the whole plan at risk.', '課題の意義はあるが、データ提供を確約した電池メーカーがなく、計画全体が成り立たないおそれがある。')],
  ['SIC25-005', 'ANR', 2, [2, 3, 3, 2, 3, 3], 4, t('The privacy methods are standard; the proposal reads as two parallel projects rather than a joint one.', 'プライバシー保護の手法は標準的であり、共同研究というより二つの並行プロジェクトに見える。')],
];

export function buildSicorpJstAnr(registry: PeopleRegistry): {
  call: CallInput;
  proposals: ProposalInput[];
  reviewers: ReviewerInput[];
  reviews: ReviewInput[];
} {
  const call = buildCall();
  const built = buildProposals(registry);
  const jst = buildPool(registry, 'JST', JST_POOL, 200);
  const anr = buildPool(registry, 'ANR', ANR_POOL, 300);

  // Declared conflicts, one per pool: the JST machine-learning expert co-supervises a student of
  // SIC25-002's lead PI; the ANR catalysis expert sits on an advisory board with SIC25-004's team.
  pick(jst, 2).conflicts = [{ proposal: 'SIC25-002', reason: 'declared' }];
  pick(anr, 3).conflicts = [{ proposal: 'SIC25-004', reason: 'declared' }];
  // An undeclared co-authorship (2022) that conflict detection should find: the ANR expert on
  // machine-learned potentials wrote a paper with SIC25-003's ANR-side PI.
  const coauthor = pick(anr, 5);
  const partnerOf003 = pick(built, 2).partnerPi;
  coauthor.publications = [
    ...(coauthor.publications ?? []),
    demoPublication('Transferable neural potentials for oxide catalysts', 2022, [coauthor.person, partnerOf003], 399),
  ];

  const reviews: ReviewInput[] = REVIEW_ROWS.map(([proposal, agency, index, scores, confidence, comment]) => ({
    proposal,
    reviewer: pick(agency === 'JST' ? jst : anr, index).person,
    agency,
    scores: Object.fromEntries(CRITERIA.map((c, k) => [c.code, pick(scores, k)])),
    confidence,
    comment,
    status: 'submitted',
  }));

  return { call, proposals: built.map((b) => b.proposal), reviewers: [...jst, ...anr], reviews };
}
