import { ASPIRE_PARTNER_AGENCIES, agencyCountry, type AspirePartnerAgency } from './demo-agencies.js';
import { DEMO_APPLICANT, organisationsIn, type PeopleRegistry } from './demo-people.js';
import {
  demoPublication,
  inTokyo,
  type Bilingual,
  type CallInput,
  type ExchangeInput,
  type Field,
  type ProposalInput,
  type ReviewerInput,
} from './demo-types.js';

/**
 * ASPIRE (先端国際共同研究推進事業) FY2022 trial call, from seed 003: open 2022-09-20 to 11-30,
 * up to ¥26M a year for 5 years, seven fields; 43 proposals, 7 selected. The proposals below
 * reproduce the seed's three result tables exactly (partner country, field, partner funder);
 * their titles, abstracts, teams and budgets are invented.
 */

export const ASPIRE_CALL = 'ASPIRE-2022-TRIAL';
/** The ASPIRE proposal of the demo applicant (see demo-users.ts). */
export const DEMO_APPLICANT_ASPIRE_PROPOSAL = 'ASP22-038';

const CAP_PER_YEAR = 26_000_000; // 支援規模: 最大26百万円/年
const OPENS = '2022-09-20T10:00:00+09:00';
const DEADLINE = '2022-11-30T12:00:00+09:00';

const criterion = (code: string, en: string, ja: string) => ({ code, name: { en, ja }, weight: 1, scale: [1, 5] as [number, number] });

function buildCall(): CallInput {
  const partners = [...ASPIRE_PARTNER_AGENCIES];
  return {
    code: ASPIRE_CALL,
    programme: 'ASPIRE',
    title: { en: 'ASPIRE FY2022 trial call for international joint research', ja: '先端国際共同研究推進事業 令和4年度 試行公募' },
    description: {
      en: 'JST supports Japanese teams that wish to work with top researchers of each country or region who already hold sufficient funding from a major funder there, public or private. The plan must include sending early-career researchers to the partner, training and degrees, and hosting talented members of the partner team.',
      ja: '原則、各国・地域の有力資金配分機関（公私問わず）から十分な研究資金を得ている各国・地域のトップ研究者との連携を希望する日本側研究者チームをJSTが支援。研究実施にあたり、若手研究者の先方への派遣・研修、学位取得等の構想を盛り込む。また、相手国側研究者チームからの優秀な人材の受け入れも積極的に支援。',
    },
    // The trial call is over: 7 of 43 proposals were selected (seed 003).
    status: 'decided',
    modality: 'single_agency',
    fields: ['bio', 'ai_info', 'materials', 'semiconductors', 'energy', 'quantum', 'telecom'],
    opens: OPENS,
    sides: [
      {
        agency: 'JST',
        role: 'lead',
        deadline: DEADLINE,
        reviews: true,
        budget: {
          // Seven selections at the full cap: 7 × ¥26M.
          total: { amount: 7 * CAP_PER_YEAR, currency: 'JPY' },
          perProjectPerYearMax: { amount: CAP_PER_YEAR, currency: 'JPY' },
        },
      },
      { role: 'partner', agencies: partners, reviews: false },
    ],
    durationMonths: { min: 60, max: 60 }, // 支援期間: 5年
    criteria: [
      criterion('significance', 'Significance and expected impact', '研究の意義・インパクト'),
      criterion('pi_team', 'Principal investigators and team', '研究代表者・研究体制'),
      criterion('plan', 'Research plan', '研究計画'),
      criterion('originality', 'Originality and international advantage', '独創性・国際的優位性'),
      criterion('international', 'Strength of the partnership with a well-funded top partner', '十分な研究資金を得ている相手国トップ研究者との連携'),
      criterion('exchange', 'Sending and hosting early-career researchers', '若手研究者の派遣・受入れ'),
    ],
    reviewsPerProposal: 3,
    rules: [
      { rule: 'partner_pi_funded_by', agencies: partners },
      { rule: 'exchange_required', minEarlyCareer: 1 },
      { rule: 'budget_within_cap' },
      { rule: 'one_proposal_per_pi' },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// One row per proposal, grouped as the seed's table 「相手国・資金配分機関別 提案件数」 lists them:
// US: DOE 5, NIH 2, NSF 10, 民間等 1; GB: UKRI 6, 民間等 2; IT: MUR 3; AU: ARC 1; CA: CIHR 1,
// NSERC 1; SE: SRC 1; DK: 民間等 1; DE: BMBF 1, DFG 1, 公的研究機関 1; FR: ANR 4, CNRS 2 (43).
// Fields follow 「分野別 提案件数」: bio 6, ai_info 9, materials 9, semiconductors 3, energy 6,
// quantum 6, telecom 4; `true` marks the 7 selected (bio, AI, semiconductors, quantum, telecom
// one each, materials two, energy none).
type Row = readonly [AspirePartnerAgency, Field, boolean, string, Bilingual, Bilingual, readonly string[]];
const t = (en: string, ja: string): Bilingual => ({ en, ja });

const ROWS: readonly Row[] = [
  ['DOE', 'energy', false, 'DE-SC0023117',
    t('Operando neutron imaging of lithium plating in extreme fast-charging batteries', '超急速充電リチウムイオン電池におけるリチウム析出のオペランド中性子イメージング'),
    t('We combine neutron imaging at a US national laboratory with in-situ electrochemistry in Japan to map where and when lithium plates during 10-minute charging, and derive charging protocols and electrode architectures that double cycle life.',
      '米国国立研究所の中性子イメージングと日本のその場電気化学計測を組み合わせ、10分充電時にリチウムが析出する位置と時点を可視化し、サイクル寿命を倍増させる充電プロトコルと電極構造を導出する。'),
    ['lithium-ion battery', 'neutron imaging', '急速充電', 'operando analysis']],
  ['DOE', 'energy', false, 'DE-SC0022846',
    t('Ruthenium-free catalysts for low-temperature ammonia cracking', '低温アンモニア分解のためのルテニウムフリー触媒'),
    t('Ammonia is a promising hydrogen carrier for an import-based energy strategy, but cracking it back to hydrogen needs scarce ruthenium and high temperatures. We screen nitride and electride catalysts by high-throughput synthesis in Japan and validate the best candidates in a US pilot reactor.',
      'アンモニアは輸入に依存するエネルギー戦略において有望な水素キャリアであるが、水素への分解には希少なルテニウムと高温を要する。日本でのハイスループット合成により窒化物・エレクトライド触媒を探索し、有望な候補を米国のパイロット反応器で実証する。'),
    ['ammonia', 'hydrogen carrier', '触媒', 'electride', '水素エネルギー']],
  ['DOE', 'energy', false, 'DE-SC0024410',
    t('Liquid-metal blanket chemistry for compact fusion power plants', '小型核融合発電炉のための液体金属ブランケット化学'),
    t('Lithium–lead blankets must breed tritium while resisting corrosion and magnetohydrodynamic drag. We couple corrosion loops in Japan with multiphysics simulation in the US to qualify structural steels and flow-channel inserts for a pilot plant.',
      'リチウム鉛ブランケットには、腐食と電磁流体抵抗に耐えながらトリチウムを増殖することが求められる。日本の腐食ループ試験と米国のマルチフィジックスシミュレーションを連携させ、パイロットプラント向けの構造鋼と流路インサートを評価する。'),
    ['fusion energy', 'liquid metal', '核融合', 'corrosion', 'MHD']],
  ['DOE', 'materials', true, 'DE-SC0023592',
    t('Autonomous discovery of high-entropy ceramics for extreme environments', '極限環境向け高エントロピーセラミックスの自律探索'),
    t('A closed-loop platform links robotic sputtering and rapid thermal testing in Japan with DOE supercomputing and active learning to find high-entropy carbides and borides that keep their strength above 2,000 °C.',
      '日本のロボットスパッタ成膜・高速熱試験と米国エネルギー省のスーパーコンピュータ・能動学習を閉ループで結び、2,000 °C 超でも強度を保つ高エントロピー炭化物・ホウ化物を探索する。'),
    ['high-entropy ceramics', 'autonomous laboratory', 'マテリアルズ・インフォマティクス', 'ultra-high temperature']],
  ['DOE', 'materials', false, 'DE-SC0022291',
    t('Rare-earth-free permanent magnets from nitrogen-stabilised iron compounds', '窒素安定化鉄化合物によるレアアースフリー永久磁石'),
    t('We stabilise the α″-Fe16N2 phase in bulk by low-temperature nitriding and strain engineering, aiming at traction-motor magnets that need neither neodymium nor dysprosium.',
      '低温窒化とひずみ制御によりα″-Fe16N2相をバルクで安定化し、ネオジムもジスプロシウムも用いない駆動モーター用磁石の実現を目指す。'),
    ['permanent magnet', 'Fe16N2', 'レアアースフリー', '磁性材料']],
  ['NIH', 'bio', true, 'R01AG078214',
    t('Spatial multi-omics of the ageing human brain vasculature', '加齢に伴うヒト脳血管の空間マルチオミクス解析'),
    t('Using post-mortem tissue from Japanese and US brain banks, we build a spatial atlas of transcriptome and proteome changes in the small vessels of the ageing brain and test whether they precede cognitive decline.',
      '日米のブレインバンク由来の剖検組織を用いて、加齢脳の細小血管におけるトランスクリプトーム・プロテオーム変化の空間アトラスを構築し、それが認知機能低下に先行するかを検証する。'),
    ['spatial transcriptomics', 'brain ageing', '脳血管', 'dementia', 'マルチオミクス']],
  ['NIH', 'bio', false, 'R01AI163377',
    t('Engineered bacteriophage therapy against multidrug-resistant Klebsiella pneumoniae', '多剤耐性肺炎桿菌に対する改変バクテリオファージ療法'),
    t('We engineer phage tail fibres to broaden host range against clinical isolates collected in both countries, and evaluate phage–antibiotic combinations in mouse pneumonia models.',
      '両国で収集した臨床分離株に対して宿主域を広げるようファージの尾部繊維を改変し、マウス肺炎モデルでファージと抗菌薬の併用効果を評価する。'),
    ['bacteriophage', 'antimicrobial resistance', '薬剤耐性', 'Klebsiella']],
  ['NSF', 'quantum', true, '2210483',
    t('Error-corrected logical qubits in reconfigurable neutral-atom arrays', '再構成可能な中性原子アレイにおける誤り訂正論理量子ビット'),
    t('Japanese expertise in ultrafast Rydberg excitation is combined with a US atom-array platform to demonstrate logical qubits below the surface-code threshold and to benchmark fault-tolerant gates.',
      '日本の超高速リュードベリ励起技術と米国の原子アレイ基盤を組み合わせ、表面符号のしきい値を下回る論理量子ビットを実証し、誤り耐性ゲートを評価する。'),
    ['neutral atoms', 'quantum error correction', '量子コンピュータ', 'Rydberg']],
  ['NSF', 'quantum', false, '2137641',
    t('Quantum sensing of neural magnetic fields with diamond NV ensembles', 'ダイヤモンドNV中心アンサンブルによる神経磁場の量子センシング'),
    t('We develop room-temperature magnetometers based on nitrogen-vacancy ensembles with picotesla sensitivity and apply them to non-invasive recordings of neural activity in brain slices.',
      'ピコテスラ感度を持つ窒素-空孔中心アンサンブルを用いた室温磁気センサを開発し、脳スライスにおける神経活動の非侵襲計測に応用する。'),
    ['NV center', 'quantum sensing', '磁気計測', 'neuroscience']],
  ['NSF', 'semiconductors', false, '2229356',
    t('Hybrid bonding at sub-micron pitch for chiplet integration', 'チップレット集積のためのサブミクロンピッチ・ハイブリッド接合'),
    t('We study Cu–Cu and dielectric bonding mechanisms at pitches below one micron, develop low-temperature processes compatible with advanced logic, and model the thermal and mechanical reliability of 3D stacks.',
      '1マイクロメートル未満のピッチにおける銅-銅および絶縁膜接合の機構を解明し、先端ロジックに適合する低温プロセスを開発するとともに、3次元積層の熱・機械的信頼性をモデル化する。'),
    ['chiplet', 'hybrid bonding', '3D integration', '先端パッケージング']],
  ['NSF', 'telecom', false, '2148273',
    t('Reconfigurable intelligent surfaces for sub-terahertz 6G links', 'サブテラヘルツ帯6G通信のための再構成可能インテリジェント表面'),
    t('Liquid-crystal and MEMS metasurfaces are designed to steer 140 GHz beams around indoor obstacles; the teams validate the coverage gains on testbeds in Tokyo and New York.',
      '液晶およびMEMSメタサーフェスにより140 GHz帯のビームを屋内の遮蔽物を回避するよう制御する技術を設計し、東京とニューヨークのテストベッドでカバレッジ向上を検証する。'),
    ['6G', 'sub-THz', 'metasurface', '無線通信']],
  ['NSF', 'ai_info', false, '2211907',
    t('Trustworthy large language models for scientific literature synthesis', '科学文献統合のための信頼できる大規模言語モデル'),
    t('We build retrieval-augmented language models that cite their evidence, quantify their uncertainty and work across English and Japanese literature, and evaluate them with domain experts in chemistry and medicine.',
      '根拠を引用し不確実性を定量化し、英語と日本語の文献を横断して扱える検索拡張型言語モデルを構築し、化学・医学の専門家とともに評価する。'),
    ['large language model', 'retrieval-augmented generation', '自然言語処理', '信頼性']],
  ['NSF', 'ai_info', false, '2226015',
    t('Robot learning from human demonstration for elder-care assistance', '介護支援のための人の実演からのロボット学習'),
    t('Demonstrations by care workers recorded in Japanese nursing homes and US assisted-living facilities train manipulation policies for transfer and dressing assistance, with safety constraints learned from expert feedback.',
      '日本の介護施設と米国の高齢者住宅で記録した介護職員の実演から移乗・着衣支援の操作方策を学習し、専門家のフィードバックから安全制約を獲得する。'),
    ['robot learning', 'imitation learning', '介護ロボット', 'human–robot interaction']],
  ['NSF', 'ai_info', false, '2152298',
    t('Machine learning for earthquake early warning from dense seismic networks', '高密度地震観測網と機械学習による緊急地震速報の高度化'),
    t('Deep models trained on Japan\'s dense seismic networks and US West Coast data estimate magnitude and shaking within seconds; we study transfer between tectonic settings and robustness to station outages.',
      '日本の高密度地震観測網と米国西海岸のデータで学習した深層モデルにより数秒以内に規模と揺れを推定し、異なる地殻構造間での転移と観測点欠測への頑健性を検討する。'),
    ['earthquake early warning', 'deep learning', '地震学', '防災']],
  ['NSF', 'ai_info', false, '2203344',
    t('Energy-efficient spiking neural networks for edge AI', 'エッジAIのための省エネルギー・スパイキングニューラルネットワーク'),
    t('We co-design training algorithms and neuromorphic hardware so that spiking networks match conventional deep networks on sensor data at one hundredth of the energy.',
      '学習アルゴリズムとニューロモルフィックハードウェアを協調設計し、センサーデータにおいて従来の深層ネットワークと同等の精度を100分の1のエネルギーで達成する。'),
    ['neuromorphic computing', 'spiking neural network', 'エッジAI', 'low power']],
  ['NSF', 'materials', false, '2124580',
    t('Two-dimensional magnets for low-power spintronic memory', '低消費電力スピントロニクスメモリのための二次元磁性体'),
    t('Van der Waals ferromagnets such as Fe3GeTe2 are grown at wafer scale and integrated into magnetic tunnel junctions; we target room-temperature operation through interface and strain design.',
      'Fe3GeTe2などのファンデルワールス強磁性体をウエハスケールで成長させて磁気トンネル接合に組み込み、界面とひずみの設計により室温動作を目指す。'),
    ['2D materials', 'spintronics', '磁気トンネル接合', 'van der Waals']],
  ['NSF', 'materials', false, '2213770',
    t('Self-healing polymers designed by molecular simulation and machine learning', '分子シミュレーションと機械学習による自己修復高分子の設計'),
    t('Coarse-grained simulation and Bayesian optimisation guide the synthesis of elastomers whose dynamic bonds heal cracks at room temperature while keeping high stiffness.',
      '粗視化シミュレーションとベイズ最適化により、高い剛性を保ちながら室温で亀裂を修復する動的結合を持つエラストマーの合成を導く。'),
    ['self-healing polymer', 'molecular dynamics', '高分子', 'Bayesian optimisation', '機械学習']],
  ['US-PRIVATE', 'semiconductors', false, 'Task 3176.001',
    t('Gallium oxide power transistors for high-voltage grid converters', '高電圧系統変換器向け酸化ガリウムパワートランジスタ'),
    t('Japan leads in β-Ga2O3 substrates and epitaxy; with an industry-funded US device group we develop vertical transistors beyond 3 kV and address their thermal management.',
      'β型酸化ガリウムの基板・エピタキシーで先行する日本と、米国の産業界資金によるデバイス研究グループが連携し、3 kV を超える縦型トランジスタとその熱マネジメント技術を開発する。'),
    ['gallium oxide', 'power electronics', 'パワー半導体', 'wide bandgap']],
  ['UKRI', 'bio', false, 'BB/X010317/1',
    t('Root–microbiome signalling for low-fertiliser rice cultivation', '低肥料稲作に向けた根と微生物叢のシグナル伝達'),
    t('We identify the root exudates by which rice recruits nitrogen-fixing bacteria and breed lines that keep their yield with half the nitrogen fertiliser, testing them in paddies in Japan and controlled environments in the UK.',
      'イネが窒素固定細菌を呼び寄せる根分泌物を同定し、窒素肥料を半減しても収量を維持する系統を育成して、日本の水田と英国の制御環境で検証する。'),
    ['rice', 'root microbiome', '植物科学', 'nitrogen fixation', '持続可能な農業']],
  ['UKRI', 'quantum', false, 'EP/X026345/1',
    t('Photonic quantum networks with telecom-wavelength quantum memories', '通信波長量子メモリを用いた光量子ネットワーク'),
    t('Rare-earth-doped crystals provide quantum memories at 1.5 µm; we link nodes over deployed fibre between laboratories and demonstrate entanglement distribution with heralded storage.',
      '希土類添加結晶による1.5 µm帯の量子メモリを開発し、研究室間の敷設光ファイバーでノードを接続して、伝令付き保存を伴うエンタングルメント配送を実証する。'),
    ['quantum memory', 'quantum network', '量子通信', 'rare-earth ions']],
  ['UKRI', 'telecom', true, 'EP/X040518/1',
    t('Free-space optical backhaul resilient to atmospheric turbulence', '大気ゆらぎに強い自由空間光バックホール'),
    t('Adaptive optics, multi-aperture receivers and learned channel prediction keep 100 Gb/s free-space optical links stable over kilometres, offering an alternative to fibre for dense urban and island networks.',
      '補償光学、マルチアパーチャ受信、学習による通信路予測を組み合わせて100 Gb/s の自由空間光通信を数キロメートルにわたり安定させ、都市部や島嶼部で光ファイバーに代わる手段を提供する。'),
    ['free-space optics', 'adaptive optics', '光通信', 'backhaul']],
  ['UKRI', 'ai_info', false, 'EP/X031276/1',
    t('Causal machine learning for evaluating public health policies', '公衆衛生政策評価のための因果機械学習'),
    t('Using linked administrative data from both countries, we develop causal inference methods that are robust to hidden confounding and apply them to vaccination outreach and heat-health warnings.',
      '両国の連結行政データを用いて未観測交絡に頑健な因果推論手法を開発し、予防接種勧奨や熱中症警戒情報の効果評価に適用する。'),
    ['causal inference', 'public health', '因果推論', 'policy evaluation']],
  ['UKRI', 'materials', false, 'EP/X027201/1',
    t('Recyclable carbon-fibre composites with dynamic covalent networks', '動的共有結合ネットワークによるリサイクル可能な炭素繊維複合材料'),
    t('Vitrimer matrices let aerospace-grade composites be repaired, reshaped and separated into fibre and resin at end of life; we study their fatigue behaviour and certification pathway with industrial partners.',
      'ビトリマー母材により航空宇宙グレードの複合材料を修理・再成形し、使用後には繊維と樹脂に分離できるようにする。産業界と連携して疲労特性と認証への道筋を検討する。'),
    ['vitrimer', 'composites', 'リサイクル', '炭素繊維']],
  ['UKRI', 'energy', false, 'EP/X033422/1',
    t('Tidal-stream energy forecasting and grid integration for island systems', '島嶼電力系統のための潮流発電予測と系統連系'),
    t('Combining operating data from Scottish tidal arrays with candidate sites in Japan\'s Goto Islands, we build forecasting models and control schemes that let small grids absorb variable tidal power with storage.',
      'スコットランドの潮流発電アレイの運転データと五島列島の候補地を組み合わせ、小規模系統が蓄電を用いて変動する潮流発電を受け入れるための予測モデルと制御手法を構築する。'),
    ['tidal energy', 'island grid', '再生可能エネルギー', 'forecasting']],
  ['GB-PRIVATE', 'bio', false, '226781/Z/22/Z',
    t('Mosquito microbiome interventions to block dengue transmission', 'デング熱の伝播を阻止する蚊の微生物叢介入'),
    t('We characterise how gut bacteria and Wolbachia strains shape the capacity of Aedes mosquitoes to transmit dengue, and design field-ready interventions with partners in Southeast Asia.',
      '腸内細菌とボルバキア株がネッタイシマカのデングウイルス媒介能に与える影響を解明し、東南アジアの協力機関とともに野外で実施可能な介入策を設計する。'),
    ['dengue', 'Aedes aegypti', 'Wolbachia', '感染症', '媒介蚊']],
  ['GB-PRIVATE', 'ai_info', false, 'G-2022-14785',
    t('Machine-learned weather emulators for extreme rainfall in East Asia', '東アジアの極端降雨のための機械学習気象エミュレータ'),
    t('Neural emulators trained on regional climate simulations generate large ensembles of heavy-rain events in the Baiu season at a fraction of the cost, supporting flood-risk assessment by insurers and municipalities.',
      '領域気候シミュレーションで学習したニューラルエミュレータにより梅雨期の豪雨事例の大規模アンサンブルを低コストで生成し、保険会社や自治体の洪水リスク評価を支援する。'),
    ['weather emulator', 'extreme rainfall', '気候変動', '深層学習', 'flood risk']],
  ['MUR', 'telecom', false, '2022JMN8TS',
    t('Photonic integrated circuits for optical–wireless convergence', '光・無線融合のための光集積回路'),
    t('Silicon-nitride photonic chips generate and process millimetre-wave signals for radio-over-fibre fronthaul, reducing the power consumption of dense small-cell networks.',
      '窒化シリコン光集積チップでミリ波信号を生成・処理して光ファイバー無線フロントホールに用い、高密度スモールセル網の消費電力を削減する。'),
    ['integrated photonics', 'radio-over-fibre', '光集積回路', 'millimetre wave']],
  ['MUR', 'ai_info', false, '2022PW4XRE',
    t('Computer vision for the conservation of cultural heritage', '文化財保存のためのコンピュータビジョン'),
    t('Multispectral imaging and deep learning detect early deterioration in frescoes and lacquerware and generate restoration hypotheses that conservators in Italy and Japan assess together.',
      'マルチスペクトル画像と深層学習によりフレスコ画や漆工芸品の初期劣化を検出し、日伊の保存修復専門家が共同で検討する修復仮説を生成する。'),
    ['computer vision', 'cultural heritage', '文化財', 'multispectral imaging']],
  ['MUR', 'materials', false, '2022B3HKCL',
    t('Geopolymer concretes with seismic resilience and low embodied carbon', '耐震性と低炭素性を両立するジオポリマーコンクリート'),
    t('Fly-ash and slag geopolymers are formulated for seismic regions; shaking-table tests in Japan and durability studies in Italy establish design rules for low-carbon structural concrete.',
      'フライアッシュや高炉スラグを用いたジオポリマーを地震多発地域向けに配合設計し、日本の振動台実験とイタリアの耐久性評価により低炭素構造用コンクリートの設計指針を確立する。'),
    ['geopolymer', 'low-carbon concrete', '耐震', '建設材料']],
  ['ARC', 'energy', false, 'DP220102187',
    t('Perovskite–silicon tandem solar cells for hot climates', '高温環境向けペロブスカイト／シリコンタンデム太陽電池'),
    t('We develop thermally stable perovskite compositions and encapsulation, and run outdoor tests in Sydney and Okinawa to understand degradation under heat, humidity and ultraviolet light.',
      '熱的に安定なペロブスカイト組成と封止技術を開発し、シドニーと沖縄での屋外試験により高温・高湿・紫外線下での劣化機構を解明する。'),
    ['perovskite', 'tandem solar cell', '太陽電池', 'outdoor testing']],
  ['CIHR', 'bio', false, 'PJT-180457',
    t('Gut microbiota and oral immune tolerance in childhood food allergy', '小児食物アレルギーにおける腸内細菌叢と経口免疫寛容'),
    t('Birth cohorts in Canada and Japan are followed to find microbial signatures that predict tolerance during oral immunotherapy, and candidate bacterial consortia are tested in gnotobiotic mice.',
      'カナダと日本の出生コホートを追跡して経口免疫療法における寛容獲得を予測する腸内細菌の特徴を見いだし、候補となる細菌群を無菌マウスで検証する。'),
    ['food allergy', 'gut microbiota', '免疫寛容', 'birth cohort']],
  ['NSERC', 'telecom', false, 'RGPIN-2021-03982',
    t('Low-earth-orbit satellite links for rural and Arctic connectivity', '農村・北極圏の通信を支える低軌道衛星リンク'),
    t('We design handover, routing and interference management for LEO constellations serving remote communities in northern Canada and mountainous regions of Japan, validated by ground-station measurements.',
      'カナダ北部の遠隔地域と日本の山間地を対象に、低軌道衛星コンステレーションのハンドオーバー・経路制御・干渉管理を設計し、地上局での測定により検証する。'),
    ['LEO satellite', 'non-terrestrial network', '衛星通信', 'rural connectivity']],
  ['SRC', 'quantum', false, '2021-04871',
    t('Quantum-limited amplifiers for superconducting qubit readout', '超伝導量子ビット読み出しのための量子限界増幅器'),
    t('Travelling-wave parametric amplifiers made of kinetic-inductance films give broadband, near-quantum-limited readout of multiplexed qubits; the teams integrate them into processors in Gothenburg and Japan.',
      '力学インダクタンス薄膜を用いた進行波型パラメトリック増幅器により多重化量子ビットの広帯域かつ量子限界に迫る読み出しを実現し、ヨーテボリと日本の量子プロセッサに統合する。'),
    ['superconducting qubit', 'parametric amplifier', '量子計測', 'readout']],
  ['DK-PRIVATE', 'bio', false, 'NNF22OC0078214',
    t('Protein design for enzymatic degradation of PET plastics', 'PETプラスチックの酵素分解のためのタンパク質設計'),
    t('Deep-learning protein design and directed evolution produce PET hydrolases that work at industrial temperatures; we scale the enzymes up in a recycling pilot and analyse life-cycle emissions.',
      '深層学習によるタンパク質設計と指向性進化により産業プロセス温度で機能するPET分解酵素を創出し、リサイクル実証設備でのスケールアップとライフサイクル排出量の評価を行う。'),
    ['protein design', 'PET hydrolase', '酵素', 'plastic recycling', '合成生物学']],
  ['BMBF', 'semiconductors', true, '16ME0742',
    t('Metal-oxide cluster photoresists for extreme-ultraviolet lithography', '極端紫外線リソグラフィのための金属酸化物クラスターレジスト'),
    t('Tin- and zirconium-oxo clusters are designed for high EUV absorption and low line-edge roughness; we relate their radiation chemistry to patterning performance on exposure tools in Germany and Japan.',
      'EUV吸収が高くラインエッジラフネスの小さいスズ・ジルコニウム系オキソクラスターを設計し、その放射線化学とパターニング性能の関係を日独の露光装置で解明する。'),
    ['EUV lithography', 'photoresist', '半導体製造', 'metal-oxide cluster']],
  ['DFG', 'quantum', false, '505412873',
    t('Topological superconductivity in hybrid semiconductor–superconductor nanowires', '半導体・超伝導体ハイブリッドナノワイヤにおけるトポロジカル超伝導'),
    t('Selective-area-grown nanowire networks with epitaxial aluminium are fabricated to search for Majorana zero modes, combining German growth expertise with Japanese low-temperature transport and theory.',
      'エピタキシャルアルミニウムを備えた選択成長ナノワイヤネットワークを作製し、ドイツの結晶成長技術と日本の極低温輸送測定・理論を組み合わせてマヨラナゼロモードを探索する。'),
    ['topological superconductivity', 'Majorana', 'ナノワイヤ', '量子物性']],
  ['DE-PUBLIC-RO', 'energy', false, 'IEK-9/2022-114',
    t('Solid-oxide electrolysis stacks for flexible hydrogen production', '柔軟な水素製造のための固体酸化物形電解スタック'),
    t('We investigate how solid-oxide cells degrade under the fluctuating power of wind and solar plants and develop electrode microstructures and operating strategies for 40,000-hour stacks.',
      '風力・太陽光発電の変動電力下における固体酸化物形セルの劣化を解明し、4万時間の稼働を目指す電極微構造と運転戦略を開発する。'),
    ['solid oxide electrolysis', 'green hydrogen', '水電解', 'degradation']],
  ['ANR', 'ai_info', true, 'ANR-21-CE23-0017',
    t('Explainable graph learning for the inverse design of functional materials', '説明可能なグラフ学習による機能性材料の逆設計'),
    t('Graph neural networks trained on Japanese and French materials databases propose crystal structures with target properties and explain which structural motifs drive them, so that chemists can trust and refine the suggestions.',
      '日仏の材料データベースで学習したグラフニューラルネットワークにより目標物性を持つ結晶構造を提案し、どの構造モチーフが物性を支配するかを説明することで、化学者が提案を信頼し改良できるようにする。'),
    ['graph neural network', 'inverse design', 'explainable AI', 'マテリアルズ・インフォマティクス', '説明可能AI']],
  ['ANR', 'ai_info', false, 'ANR-22-CE25-0009',
    t('Formal verification of neural-network controllers for automated driving', '自動運転のためのニューラルネットワーク制御器の形式検証'),
    t('We develop abstract-interpretation and SMT-based methods that certify the safety of learned driving controllers, and apply them to scenarios from Japanese and French road-test datasets.',
      '抽象解釈とSMTソルバに基づく手法により学習済み運転制御器の安全性を保証する技術を開発し、日仏の公道試験データのシナリオに適用する。'),
    ['formal verification', 'autonomous driving', '形式手法', 'neural network safety']],
  ['ANR', 'materials', false, 'ANR-22-CE08-0021',
    t('Metal–organic frameworks for direct air capture of CO2', '大気中CO2直接回収のための金属有機構造体'),
    t('Amine-appended and ultramicroporous MOFs are screened for selective CO2 uptake from humid air and shaped into contactors whose regeneration energy is measured in a bench-scale unit.',
      'アミン修飾型および超微細孔型の金属有機構造体を湿潤空気からのCO2選択吸着について評価し、成形した接触器の再生エネルギーをベンチスケール装置で測定する。'),
    ['MOF', 'direct air capture', 'CO2回収', '多孔性材料']],
  ['ANR', 'materials', false, 'ANR-21-CE09-0034',
    t('Lead-free piezoelectric thin films for vibration energy harvesting', '振動発電のための非鉛圧電薄膜'),
    t('Potassium sodium niobate films with engineered domain structures are grown on silicon to replace lead zirconate titanate in self-powered sensors for infrastructure monitoring.',
      'ドメイン構造を制御したニオブ酸カリウムナトリウム薄膜をシリコン上に成長させ、インフラモニタリング用の自立電源センサにおいてチタン酸ジルコン酸鉛を代替する。'),
    ['piezoelectric', 'lead-free', '薄膜', 'energy harvesting']],
  ['CNRS', 'quantum', false, 'IRP-2022-117',
    t('Quantum simulation of frustrated magnets with Rydberg atom arrays', 'リュードベリ原子アレイを用いたフラストレート磁性体の量子シミュレーション'),
    t('Programmable arrays of up to 300 Rydberg atoms emulate kagome and triangular antiferromagnets; we probe spin-liquid signatures and compare them with numerical methods developed in Japan.',
      '最大300個のリュードベリ原子からなるプログラム可能なアレイでカゴメ格子・三角格子反強磁性体を模擬し、スピン液体の兆候を観測して日本で開発された数値手法と比較する。'),
    ['quantum simulation', 'Rydberg atoms', 'スピン液体', 'frustrated magnetism']],
  ['CNRS', 'materials', true, 'IRP-2022-124',
    t('Glass-ceramic sulfide electrolytes for all-solid-state batteries', '全固体電池のための硫化物ガラスセラミックス電解質'),
    t('We control crystallisation in Li2S–P2S5 glass-ceramics to combine high ionic conductivity with stability against lithium metal, and build pouch cells with battery makers in both countries.',
      'Li2S–P2S5系ガラスセラミックスの結晶化を制御して高いイオン伝導度とリチウム金属に対する安定性を両立させ、両国の電池メーカーと連携してパウチセルを試作する。'),
    ['solid-state battery', 'sulfide electrolyte', '全固体電池', 'glass-ceramics']],
];

// Japanese host institutions plausible for each field, and partner institutions per funder.
const LEAD_ORGS: Record<Field, readonly string[]> = {
  bio: ['jp.osaka-u', 'jp.kyoto-u', 'jp.utokyo', 'jp.riken', 'jp.keio', 'jp.kobe-u', 'jp.chiba-u', 'jp.kanazawa-u'],
  ai_info: ['jp.utokyo', 'jp.nii', 'jp.kyoto-u', 'jp.riken', 'jp.waseda', 'jp.keio', 'jp.osaka-u', 'jp.tsukuba', 'jp.nagoya-u'],
  materials: ['jp.tohoku-u', 'jp.nims', 'jp.kyoto-u', 'jp.nagoya-u', 'jp.aist', 'jp.kyushu-u', 'jp.hokudai', 'jp.tus'],
  semiconductors: ['jp.tohoku-u', 'jp.nagoya-u', 'jp.aist'],
  energy: ['jp.kyushu-u', 'jp.aist', 'jp.kyoto-u', 'jp.nagoya-u', 'jp.hokudai', 'jp.tus'],
  quantum: ['jp.riken', 'jp.utokyo', 'jp.osaka-u', 'jp.tsukuba', 'jp.oist', 'jp.tohoku-u'],
  telecom: ['jp.nict', 'jp.waseda', 'jp.tohoku-u', 'jp.osaka-u'],
};

const PARTNER_ORGS: Record<AspirePartnerAgency, readonly string[]> = {
  DOE: ['us.anl', 'us.lbnl', 'us.utexas', 'us.umich', 'us.uwmadison'],
  NIH: ['us.jhu', 'us.uw'],
  NSF: ['us.mit', 'us.stanford', 'us.gatech', 'us.purdue', 'us.berkeley', 'us.caltech', 'us.uw', 'us.umich', 'us.uwmadison', 'us.utexas'],
  'US-PRIVATE': ['us.purdue'],
  UKRI: ['gb.cambridge', 'gb.oxford', 'gb.bristol', 'gb.ucl', 'gb.manchester', 'gb.edinburgh'],
  'GB-PRIVATE': ['gb.oxford', 'gb.imperial'],
  MUR: ['it.polimi', 'it.sapienza', 'it.unibo'],
  ARC: ['au.unsw'],
  CIHR: ['ca.utoronto'],
  NSERC: ['ca.uwaterloo'],
  SRC: ['se.chalmers'],
  'DK-PRIVATE': ['dk.dtu'],
  BMBF: ['de.tudresden'],
  DFG: ['de.tum'],
  'DE-PUBLIC-RO': ['de.fzj'],
  ANR: ['fr.sorbonne', 'fr.uga', 'fr.saclay', 'fr.ubordeaux'],
  CNRS: ['fr.polytechnique', 'fr.unistra'],
};

// Why the early-career researcher travels: [outbound from Japan, inbound to Japan].
const EXCHANGE_PURPOSE: Record<Field, readonly [Bilingual, Bilingual]> = {
  bio: [t('Training in the partner laboratory\'s single-cell and spatial omics pipeline, with joint experiments', '相手側研究室での1細胞・空間オミクス解析の習得と共同実験'),
    t('Joint work with the Japanese team\'s animal models and imaging facilities', '日本側チームの動物モデルとイメージング設備を用いた共同研究')],
  ai_info: [t('Joint model development at the partner group, co-supervised towards the PhD', '相手側グループでの共同モデル開発（博士研究の共同指導）'),
    t('Evaluation on Japanese datasets and computing resources with the lead team', '日本側のデータセットと計算資源を用いた共同評価')],
  materials: [t('Synthesis and characterisation at the partner\'s facilities, including synchrotron beamtime', '放射光ビームタイムを含む相手側施設での合成・評価'),
    t('Thin-film growth and electron microscopy at the Japanese laboratory', '日本側研究室での薄膜成長と電子顕微鏡観察')],
  semiconductors: [t('Device fabrication in the partner\'s cleanroom', '相手側クリーンルームでのデバイス試作'),
    t('Process integration and reliability testing in Japan', '日本側でのプロセス統合と信頼性評価')],
  energy: [t('Pilot-scale testing and techno-economic analysis with the partner team', '相手側チームとのパイロット規模試験と技術経済性評価'),
    t('Electrochemical measurements and modelling with the Japanese team', '日本側チームとの電気化学計測とモデリング')],
  quantum: [t('Experiments on the partner\'s quantum hardware platform', '相手側の量子ハードウェア基盤での実験'),
    t('Joint theory work and device measurements in Japan', '日本での理論共同研究と素子測定')],
  telecom: [t('Field trials on the partner\'s testbed', '相手側テストベッドでの実証実験'),
    t('Joint experiments on the Japanese testbed', '日本側テストベッドでの共同実験')],
};

// Early-career researchers: PhD within ten years of the call, or doctoral students (null).
const EARLY_PHD: readonly (number | null)[] = [2018, null, 2020, 2016, 2021, null, 2019, 2015, 2017, null, 2022];
const MID_PHD: readonly number[] = [2008, 2011, 2005, 2012, 2010, 2006, 2009];

function submittedAt(i: number): string {
  // Most proposals arrive in the last weeks, a few on the final morning (all before 12:00 JST).
  const lastDay = Date.parse('2022-11-30T00:00:00+09:00');
  if (i % 7 === 3) return inTokyo(lastDay + (8 + (i % 3)) * 3_600_000 + ((i * 13) % 60) * 60_000 + ((i * 29) % 60) * 1000);
  const daysBefore = 1 + ((i * 17) % 38);
  const time = lastDay - daysBefore * 86_400_000 + (9 + ((i * 5) % 14)) * 3_600_000 + ((i * 13) % 60) * 60_000 + ((i * 29) % 60) * 1000;
  return inTokyo(time);
}

function buildProposals(registry: PeopleRegistry): ProposalInput[] {
  const perAgency = new Map<string, number>();
  const perField = new Map<Field, number>();
  return ROWS.map(([agency, field, selected, grantId, title, abstract, keywords], i) => {
    const ref = `ASP22-${String(i + 1).padStart(3, '0')}`;
    const country = agencyCountry(agency);
    const nAgency = perAgency.get(agency) ?? 0;
    perAgency.set(agency, nAgency + 1);
    const nField = perField.get(field) ?? 0;
    perField.set(field, nField + 1);

    const leadOrgs = LEAD_ORGS[field];
    // The demo applicant's own proposal is hosted where she works (Tohoku University).
    const isApplicants = ref === DEMO_APPLICANT_ASPIRE_PROPOSAL;
    const leadOrg = isApplicants ? 'jp.tohoku-u' : (leadOrgs[nField % leadOrgs.length] ?? 'jp.utokyo');
    const partnerOrgs = PARTNER_ORGS[agency];
    const partnerOrg = partnerOrgs[nAgency % partnerOrgs.length] ?? organisationsIn(country)[0] ?? 'us.mit';

    // Mostly senior PIs; every ninth is an early-career PI (PhD 2014).
    const leadPi = isApplicants ? DEMO_APPLICANT : registry.add({ org: leadOrg, phdYear: i % 9 === 4 ? 2014 : 1993 + ((i * 7) % 17) });
    const early = registry.add({ org: leadOrg, phdYear: EARLY_PHD[i % EARLY_PHD.length] ?? null });
    const members = [early];
    for (let m = 1; m < 1 + (i % 3); m += 1) {
      const sameLab = m === 1 || leadOrgs.length < 2;
      const org = sameLab ? leadOrg : (leadOrgs[(nField + 1) % leadOrgs.length] ?? leadOrg);
      members.push(registry.add({ org, phdYear: MID_PHD[(i + m) % MID_PHD.length] ?? 2010 }));
    }
    const partnerPi = registry.add({ org: partnerOrg, phdYear: 1992 + ((i * 3) % 16) });
    // Every third partner team names a young researcher whom the Japanese side will host.
    const partnerMembers = i % 3 === 0 ? [registry.add({ org: partnerOrg, phdYear: i % 2 === 0 ? 2019 : null })] : [];

    const [outbound, inbound] = EXCHANGE_PURPOSE[field];
    const exchanges: ExchangeInput[] = [{ person: early, from: 'JP', to: country, months: [6, 12, 3, 9, 24][i % 5] ?? 6, purpose: outbound }];
    const visitor = partnerMembers[0];
    if (visitor) exchanges.push({ person: visitor, from: country, to: 'JP', months: i % 2 === 0 ? 6 : 3, purpose: inbound });

    return {
      ref,
      call: ASPIRE_CALL,
      field,
      title,
      abstract,
      keywords: [...keywords],
      durationMonths: 60,
      teams: [
        {
          role: 'lead',
          agency: 'JST',
          country: 'JP',
          pi: leadPi,
          members,
          // JST fiscal years 2023–2027; ¥18.0M–¥26.0M a year, never above the ¥26M cap.
          budget: [2023, 2024, 2025, 2026, 2027].map((fiscalYear, y) => ({
            fiscalYear,
            amount: { amount: 18_000_000 + ((i * 37 + y * 53) % 81) * 100_000, currency: 'JPY' },
          })),
        },
        { role: 'partner', country, pi: partnerPi, members: partnerMembers, funding: [{ agency, grantId }] },
      ],
      exchanges,
      status: 'submitted',
      submittedAt: submittedAt(i),
      decision: selected ? 'selected' : 'rejected',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// JST's expert pool for ASPIRE: [organisation, PhD year, fields, keywords, two publications].
type ReviewerRow = readonly [string, number, readonly Field[], readonly string[], readonly [string, number], readonly [string, number]];

const REVIEWER_ROWS: readonly ReviewerRow[] = [
  ['jp.kyoto-u', 1996, ['bio'], ['immunology', '免疫学', 'single-cell genomics'], ['Single-cell atlas of tissue-resident memory T cells', 2020], ['Clonal haematopoiesis and inflammation in ageing', 2022]],
  ['jp.riken', 1999, ['ai_info'], ['machine learning theory', '統計的学習理論', 'optimisation'], ['Generalisation bounds for over-parameterised networks', 2021], ['Robust learning under distribution shift', 2023]],
  ['jp.nims', 1998, ['materials'], ['oxide thin films', '電子顕微鏡', 'interfaces'], ['Atomic-scale imaging of oxide heterointerfaces', 2019], ['Defect chemistry in epitaxial perovskite films', 2022]],
  ['jp.tohoku-u', 1995, ['semiconductors', 'materials'], ['power devices', 'SiC', '半導体プロセス'], ['Gate oxide reliability in silicon carbide MOSFETs', 2020], ['Wafer bonding for heterogeneous integration', 2023]],
  ['jp.kyushu-u', 2001, ['energy'], ['fuel cells', '水素', 'electrocatalysis'], ['Platinum-group-metal-free cathodes for fuel cells', 2021], ['Durability of proton-exchange membranes under load cycling', 2022]],
  ['jp.utokyo', 2000, ['quantum'], ['quantum optics', '量子情報', 'trapped ions'], ['High-fidelity entangling gates with trapped ions', 2020], ['Photonic interfaces for modular quantum computers', 2023]],
  ['jp.nict', 1997, ['telecom'], ['optical communication', '光ファイバ通信', 'network architecture'], ['Space-division multiplexing over multi-core fibre', 2019], ['Optical wireless links for beyond-5G', 2022]],
  ['jp.osaka-u', 2004, ['bio', 'ai_info'], ['bioinformatics', '計算生物学', 'protein structure'], ['Deep learning for protein–ligand binding prediction', 2021], ['Integrative analysis of multi-omics cohorts', 2023]],
  ['jp.nagoya-u', 2002, ['energy', 'materials'], ['battery materials', '電池材料', 'solid-state ionics'], ['Interfacial resistance in oxide solid electrolytes', 2020], ['Cathode coatings for high-voltage cells', 2022]],
  ['jp.tsukuba', 2005, ['quantum', 'telecom'], ['quantum key distribution', '量子暗号', 'secure networks'], ['Field trial of metropolitan quantum key distribution', 2021], ['Finite-key security of continuous-variable QKD', 2022]],
];

function buildReviewers(registry: PeopleRegistry): ReviewerInput[] {
  return REVIEWER_ROWS.map(([org, phdYear, fields, keywords, first, second], i) => {
    const person = registry.add({ org, phdYear });
    return {
      person,
      agency: 'JST',
      fields: [...fields],
      keywords: [...keywords],
      minLoad: 0,
      maxLoad: 6,
      publications: [demoPublication(first[0], first[1], [person], 100 + 2 * i), demoPublication(second[0], second[1], [person], 101 + 2 * i)],
      // The quantum-optics expert declared a conflict: a former student leads ASP22-008.
      conflicts: i === 5 ? [{ proposal: 'ASP22-008', reason: 'declared' as const }] : [],
    };
  });
}

export function buildAspire2022Trial(registry: PeopleRegistry): {
  call: CallInput;
  proposals: ProposalInput[];
  reviewers: ReviewerInput[];
} {
  const call = buildCall();
  const proposals = buildProposals(registry);
  const reviewers = buildReviewers(registry);
  return { call, proposals, reviewers };
}
