import type { BundleInput } from '../contracts/bundle.schemas.js';
import { orcidCheckCharacter } from '../domain/orcid.js';

/**
 * Organisations and people of the demo. Organisations are real universities and institutes
 * (without ROR ids, so nothing claims to be their registry record); every person is FICTIONAL:
 * names are combined from the common given and family names of each country below, e-mail
 * addresses use the reserved `.example` top-level domain and ORCID iDs come from the 0009-0000
 * block with a computed check digit.
 */

export type OrganisationInput = NonNullable<BundleInput['organisations']>[number];
export type PersonInput = NonNullable<BundleInput['people']>[number];

// [ref, English name, Japanese name]; the country is the ref's prefix.
const ORGANISATION_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['jp.utokyo', 'The University of Tokyo', '東京大学'],
  ['jp.kyoto-u', 'Kyoto University', '京都大学'],
  ['jp.osaka-u', 'Osaka University', '大阪大学'],
  ['jp.tohoku-u', 'Tohoku University', '東北大学'],
  ['jp.nagoya-u', 'Nagoya University', '名古屋大学'],
  ['jp.kyushu-u', 'Kyushu University', '九州大学'],
  ['jp.hokudai', 'Hokkaido University', '北海道大学'],
  ['jp.tsukuba', 'University of Tsukuba', '筑波大学'],
  ['jp.keio', 'Keio University', '慶應義塾大学'],
  ['jp.waseda', 'Waseda University', '早稲田大学'],
  ['jp.kobe-u', 'Kobe University', '神戸大学'],
  ['jp.hiroshima-u', 'Hiroshima University', '広島大学'],
  ['jp.chiba-u', 'Chiba University', '千葉大学'],
  ['jp.kanazawa-u', 'Kanazawa University', '金沢大学'],
  ['jp.tus', 'Tokyo University of Science', '東京理科大学'],
  ['jp.riken', 'RIKEN', '理化学研究所'],
  ['jp.aist', 'National Institute of Advanced Industrial Science and Technology (AIST)', '産業技術総合研究所'],
  ['jp.nims', 'National Institute for Materials Science (NIMS)', '物質・材料研究機構'],
  ['jp.nict', 'National Institute of Information and Communications Technology (NICT)', '情報通信研究機構'],
  ['jp.nii', 'National Institute of Informatics', '国立情報学研究所'],
  ['jp.oist', 'Okinawa Institute of Science and Technology Graduate University', '沖縄科学技術大学院大学'],
  ['us.mit', 'Massachusetts Institute of Technology', 'マサチューセッツ工科大学'],
  ['us.stanford', 'Stanford University', 'スタンフォード大学'],
  ['us.berkeley', 'University of California, Berkeley', 'カリフォルニア大学バークレー校'],
  ['us.umich', 'University of Michigan', 'ミシガン大学'],
  ['us.gatech', 'Georgia Institute of Technology', 'ジョージア工科大学'],
  ['us.uwmadison', 'University of Wisconsin–Madison', 'ウィスコンシン大学マディソン校'],
  ['us.jhu', 'Johns Hopkins University', 'ジョンズ・ホプキンス大学'],
  ['us.uw', 'University of Washington', 'ワシントン大学'],
  ['us.purdue', 'Purdue University', 'パデュー大学'],
  ['us.utexas', 'The University of Texas at Austin', 'テキサス大学オースティン校'],
  ['us.caltech', 'California Institute of Technology', 'カリフォルニア工科大学'],
  ['us.anl', 'Argonne National Laboratory', 'アルゴンヌ国立研究所'],
  ['us.lbnl', 'Lawrence Berkeley National Laboratory', 'ローレンス・バークレー国立研究所'],
  ['gb.imperial', 'Imperial College London', 'インペリアル・カレッジ・ロンドン'],
  ['gb.oxford', 'University of Oxford', 'オックスフォード大学'],
  ['gb.cambridge', 'University of Cambridge', 'ケンブリッジ大学'],
  ['gb.manchester', 'The University of Manchester', 'マンチェスター大学'],
  ['gb.edinburgh', 'The University of Edinburgh', 'エディンバラ大学'],
  ['gb.bristol', 'University of Bristol', 'ブリストル大学'],
  ['gb.ucl', 'University College London', 'ユニバーシティ・カレッジ・ロンドン'],
  ['it.polimi', 'Politecnico di Milano', 'ミラノ工科大学'],
  ['it.sapienza', 'Sapienza University of Rome', 'ローマ・ラ・サピエンツァ大学'],
  ['it.unibo', 'University of Bologna', 'ボローニャ大学'],
  ['au.unsw', 'UNSW Sydney', 'ニューサウスウェールズ大学'],
  ['au.anu', 'The Australian National University', 'オーストラリア国立大学'],
  ['ca.utoronto', 'University of Toronto', 'トロント大学'],
  ['ca.uwaterloo', 'University of Waterloo', 'ウォータールー大学'],
  ['se.chalmers', 'Chalmers University of Technology', 'チャルマース工科大学'],
  ['se.kth', 'KTH Royal Institute of Technology', 'スウェーデン王立工科大学'],
  ['dk.ku', 'University of Copenhagen', 'コペンハーゲン大学'],
  ['dk.dtu', 'Technical University of Denmark', 'デンマーク工科大学'],
  ['de.tudresden', 'TU Dresden', 'ドレスデン工科大学'],
  ['de.ustuttgart', 'University of Stuttgart', 'シュトゥットガルト大学'],
  ['de.tum', 'Technical University of Munich', 'ミュンヘン工科大学'],
  ['de.fzj', 'Forschungszentrum Jülich', 'ユーリッヒ研究センター'],
  ['fr.sorbonne', 'Sorbonne University', 'ソルボンヌ大学'],
  ['fr.uga', 'Université Grenoble Alpes', 'グルノーブル・アルプ大学'],
  ['fr.saclay', 'Université Paris-Saclay', 'パリ・サクレー大学'],
  ['fr.ubordeaux', 'University of Bordeaux', 'ボルドー大学'],
  ['fr.unistra', 'University of Strasbourg', 'ストラスブール大学'],
  ['fr.polytechnique', 'École polytechnique', 'エコール・ポリテクニーク'],
  ['fr.ulille', 'University of Lille', 'リール大学'],
  ['fr.amu', 'Aix-Marseille University', 'エクス＝マルセイユ大学'],
  ['fr.umontpellier', 'University of Montpellier', 'モンペリエ大学'],
  ['fr.lyon1', 'Claude Bernard University Lyon 1', 'クロード・ベルナール・リヨン第1大学'],
  ['fr.nantes', 'Nantes University', 'ナント大学'],
  ['fr.psl', 'PSL University', 'PSL大学'],
  ['fr.cea', 'French Alternative Energies and Atomic Energy Commission (CEA)', 'フランス原子力・代替エネルギー庁'],
  ['fr.utc', 'Université de technologie de Compiègne', 'コンピエーニュ工科大学'],
  ['fr.unice', 'Université Côte d\'Azur', 'コート・ダジュール大学'],
  ['fr.rennes', 'University of Rennes', 'レンヌ大学'],
];

function countryOfOrg(ref: string): string {
  return (ref.split('.')[0] ?? '').toUpperCase();
}

export function buildOrganisations(): OrganisationInput[] {
  return ORGANISATION_ROWS.map(([ref, en, ja]) => ({ ref, name: { en, ja }, country: countryOfOrg(ref) }));
}

/** Organisation refs of one country, in table order. */
export function organisationsIn(country: string): string[] {
  return ORGANISATION_ROWS.map(([ref]) => ref).filter((ref) => countryOfOrg(ref) === country);
}

// ---------------------------------------------------------------------------------------------
// Names. [English, Japanese] parts. Person k of a culture takes family[k % F] and given[k % G];
// each given-name list has a prime length that does not divide the family list's length, so the
// pairs do not repeat before F×G people (Chinese remainder theorem).
type Part = readonly [string, string];
type Culture = { family: readonly Part[]; given: readonly Part[]; japaneseOrder: boolean };

const p = (list: string): Part[] =>
  list.split(',').map((pair) => {
    const [en, ja] = pair.trim().split(' ');
    return [en ?? '', ja ?? ''] as const;
  });

const ANGLO: Culture = {
  family: p('Carter カーター, Reyes レイエス, Whitfield ホイットフィールド, Novak ノヴァク, Bennett ベネット, Okafor オカフォー, Hartley ハートリー, Chen チェン, Morrison モリソン, Gallagher ギャラガー, Patel パテル, Sullivan サリバン, Fischer フィッシャー, Donovan ドノヴァン, Kim キム, Lambert ランバート, Ramirez ラミレス, Brooks ブルックス, Holloway ホロウェイ, Thornton ソーントン, Nguyen グエン, Ellis エリス, Fraser フレイザー, MacLeod マクラウド, Kowalski コワルスキー, Ashworth アシュワース, Walsh ウォルシュ, Delgado デルガド'),
  given: p('Emily エミリー, Michael マイケル, Sarah サラ, David デイヴィッド, Rachel レイチェル, James ジェームズ, Laura ローラ, Daniel ダニエル, Hannah ハンナ, Robert ロバート, Megan ミーガン, Thomas トーマス, Olivia オリヴィア, Andrew アンドリュー, Grace グレース, Nathan ネイサン, Priya プリヤ, Benjamin ベンジャミン, Chloe クロエ, Samuel サミュエル, Aisha アイシャ, Kevin ケヴィン, Julia ジュリア'),
  japaneseOrder: false,
};

const CULTURES: Record<string, Culture> = {
  JP: {
    family: p('Tanabe 田辺, Sakamoto 坂本, Morita 森田, Kobayashi 小林, Nakamura 中村, Ishikawa 石川, Fujiwara 藤原, Okada 岡田, Hasegawa 長谷川, Murakami 村上, Kondo 近藤, Ishii 石井, Maeda 前田, Ogawa 小川, Takeuchi 竹内, Noguchi 野口, Matsuda 松田, Yamaguchi 山口, Sugiyama 杉山, Hirano 平野, Kudo 工藤, Uchida 内田, Arai 新井, Sakai 酒井, Miyazaki 宮崎, Kikuchi 菊地, Nishimura 西村, Hayashi 林, Shimizu 清水, Mori 森, Ikeda 池田, Hashimoto 橋本, Aoki 青木, Fujita 藤田, Goto 後藤, Inoue 井上, Kimura 木村, Saito 斎藤, Okamoto 岡本, Yoshida 吉田, Kato 加藤, Watanabe 渡辺, Tsuchiya 土屋, Honda 本田, Kawano 河野, Nagai 永井, Yano 矢野, Ono 小野, Kaneko 金子, Hirata 平田'),
    given: p('Haruka 遥, Kenta 健太, Yui 結衣, Daisuke 大輔, Misaki 美咲, Takuya 拓也, Ayaka 彩花, Shota 翔太, Naoko 直子, Hiroshi 博, Emi 恵美, Kazuki 和樹, Mai 舞, Ryo 亮, Sayaka 沙也加, Tomohiro 智宏, Yuko 裕子, Satoshi 聡, Kaori 香織, Yusuke 雄介, Rie 理恵, Makoto 誠, Asami 麻美, Koji 浩二, Chihiro 千尋, Masato 雅人, Nozomi 希, Takeshi 武, Akiko 明子, Junichi 純一, Megumi 恵, Ren 蓮, Sakura さくら, Yuta 雄太, Hitomi 瞳, Kenji 健二, Mariko 真理子, Shinya 慎也, Aoi 葵, Tetsuya 哲也, Minami 南'),
    japaneseOrder: true,
  },
  US: ANGLO,
  GB: ANGLO,
  AU: ANGLO,
  CA: ANGLO,
  FR: {
    family: p('Lefèvre ルフェーヴル, Moreau モロー, Dubois デュボワ, Girard ジラール, Laurent ローラン, Rousseau ルソー, Fontaine フォンテーヌ, Mercier メルシエ, Bonnet ボネ, Chevalier シュヴァリエ, Garnier ガルニエ, Faure フォール, Perrin ペラン, Blanchard ブランシャール, Marchand マルシャン, Lemaire ルメール, Renaud ルノー, Barbier バルビエ, Caron カロン, Gauthier ゴーティエ, Dupont デュポン, Roussel ルーセル, Vidal ヴィダル, Aubert オベール, Colin コラン, Masson マソン'),
    given: p('Camille カミーユ, Julien ジュリアン, Élodie エロディ, Mathieu マチュー, Claire クレール, Antoine アントワーヌ, Sophie ソフィー, Nicolas ニコラ, Amélie アメリ, Thibault ティボー, Léa レア, Guillaume ギヨーム, Manon マノン, Pierre ピエール, Chloé クロエ, Olivier オリヴィエ, Juliette ジュリエット, Hugo ユゴー, Margaux マルゴー'),
    japaneseOrder: false,
  },
  DE: {
    family: p('Becker ベッカー, Hoffmann ホフマン, Schäfer シェーファー, Krüger クリューガー, Wagner ヴァーグナー, Vogel フォーゲル'),
    given: p('Lukas ルーカス, Anna アンナ, Jonas ヨナス, Katharina カタリーナ, Felix フェリックス, Miriam ミリアム, Tobias トビアス'),
    japaneseOrder: false,
  },
  IT: {
    family: p('Rossi ロッシ, Conti コンティ, Bianchi ビアンキ, Ferraro フェラーロ, Esposito エスポジト, Greco グレコ'),
    given: p('Giulia ジュリア, Marco マルコ, Francesca フランチェスカ, Luca ルカ, Chiara キアラ'),
    japaneseOrder: false,
  },
  SE: {
    family: p('Lindqvist リンドクヴィスト, Bergström ベリストレーム, Sandberg サンドベリ, Holmgren ホルムグレン'),
    given: p('Åsa オーサ, Erik エリック, Linnea リンネア'),
    japaneseOrder: false,
  },
  DK: {
    family: p('Kjær ケア, Nørgaard ノアゴー, Mikkelsen ミケルセン, Holm ホルム'),
    given: p('Mette メッテ, Søren セーレン, Freja フレヤ'),
    japaneseOrder: false,
  },
};

// Academic appointments usually begin at the start of the country's academic year.
const APPOINTMENT_START: Record<string, string> = {
  JP: '04-01', US: '07-01', CA: '07-01', GB: '10-01', DE: '10-01', IT: '11-01', FR: '09-01', AU: '02-01', SE: '01-01', DK: '09-01',
};

/** Lower-case ASCII for refs and e-mail addresses (Lefèvre → lefevre, Kjær → kjaer). */
export function asciiSlug(text: string): string {
  return text
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function dayBefore(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function dayAfter(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** A valid ORCID iD in the 0009-0000 block: serial n gives the same iD on every run. */
export function demoOrcid(serial: number): string {
  const base = `00090000${String(3_100_000 + serial * 173).padStart(7, '0')}`;
  const digits = base + orcidCheckCharacter(base);
  return digits.match(/.{4}/g)?.join('-') ?? digits;
}

/** A fixed name: [family en, family ja, given en, given ja]. */
export type FixedName = readonly [string, string, string, string];

export type PersonSpec = {
  /** ref of the current organisation (its prefix is the person's country). */
  org: string;
  /** year of the PhD, null for a doctoral student. */
  phdYear: number | null;
  /** an earlier organisation and the last day there (drives institution-conflict windows). */
  previous?: { org: string; to: string };
  name?: FixedName;
};

export type PeopleRegistry = {
  add(spec: PersonSpec): string;
  get(ref: string): PersonInput;
  readonly people: PersonInput[];
};

/** People are made in a fixed order by the call builders, so refs and iDs are stable. */
export function createPeopleRegistry(): PeopleRegistry {
  const people: PersonInput[] = [];
  const byRef = new Map<string, PersonInput>();
  const usedNames = new Set<string>();
  // Family names of fixed (key) people are not handed out again, so no "second Tanabe" confuses a demo.
  const reservedFamilies = new Set<string>();
  const nextIndex = new Map<Culture, number>();

  function pickName(country: string): FixedName {
    const culture = CULTURES[country];
    if (!culture) throw new Error(`No demo names for ${country}`);
    const limit = culture.family.length * culture.given.length;
    for (let attempt = 0; attempt < limit; attempt += 1) {
      const k = nextIndex.get(culture) ?? 0;
      nextIndex.set(culture, k + 1);
      const family = culture.family[k % culture.family.length];
      const given = culture.given[k % culture.given.length];
      if (!family || !given || reservedFamilies.has(family[0]) || usedNames.has(`${given[0]} ${family[0]}`)) continue;
      return [family[0], family[1], given[0], given[1]];
    }
    throw new Error(`Demo names for ${country} exhausted`);
  }

  function add(spec: PersonSpec): string {
    const country = countryOfOrg(spec.org);
    const culture = CULTURES[country];
    const [familyEn, familyJa, givenEn, givenJa] = spec.name ?? pickName(country);
    usedNames.add(`${givenEn} ${familyEn}`);
    if (spec.name) reservedFamilies.add(familyEn);
    const ref = `${country.toLowerCase()}.${asciiSlug(familyEn)}.${asciiSlug(givenEn)}`;
    if (byRef.has(ref)) throw new Error(`Duplicate demo person ${ref}`);
    const serial = people.length;
    const start = APPOINTMENT_START[country] ?? '04-01';
    const phd = spec.phdYear;

    const affiliations: NonNullable<PersonInput['affiliations']> = [];
    if (spec.previous) {
      affiliations.push({ organisation: spec.previous.org, from: `${(phd ?? 2016) + 1}-${start}`, to: spec.previous.to });
      affiliations.push({ organisation: spec.org, from: dayAfter(spec.previous.to), to: null });
    } else if (phd === null) {
      affiliations.push({ organisation: spec.org, from: `${2019 + (serial % 3)}-${start}`, to: null });
    } else if (phd >= 2013) {
      affiliations.push({ organisation: spec.org, from: `${phd + 1}-${start}`, to: null });
    } else {
      // Seniors: every other one moved once, a few years after the PhD.
      const from = `${phd + 4 + (serial % 5)}-${start}`;
      const elsewhere = organisationsIn(country).filter((ref) => ref !== spec.org);
      const earlier = elsewhere[serial % Math.max(1, elsewhere.length)];
      if (serial % 2 === 0 && earlier) affiliations.push({ organisation: earlier, from: `${phd + 1}-${start}`, to: dayBefore(from) });
      affiliations.push({ organisation: spec.org, from, to: null });
    }

    const domain = `${spec.org.split('.').slice(1).join('-')}.${country.toLowerCase()}.example`;
    const person: PersonInput = {
      ref,
      name: {
        en: `${givenEn} ${familyEn}`,
        ja: culture?.japaneseOrder === false ? `${givenJa}・${familyJa}` : `${familyJa} ${givenJa}`,
      },
      email: `${asciiSlug(givenEn)}.${asciiSlug(familyEn)}@${domain}`,
      orcid: demoOrcid(serial),
      affiliations,
      ...(phd === null ? {} : { phdYear: phd }),
    };
    people.push(person);
    byRef.set(ref, person);
    return ref;
  }

  function get(ref: string): PersonInput {
    const person = byRef.get(ref);
    if (!person) throw new Error(`Unknown demo person ${ref}`);
    return person;
  }

  return { add, get, people };
}

// ---------------------------------------------------------------------------------------------
// People that demo log-ins point at (demo-users.ts). Added first so that their refs are fixed.

export const DEMO_APPLICANT = 'jp.tanabe.haruka';
export const DEMO_PARTNER_APPLICANT = 'fr.lefevre.camille';
export const DEMO_JST_REVIEWER = 'jp.hirose.naoko';
export const DEMO_ANR_REVIEWER = 'fr.fournier.isabelle';

export function addKeyPeople(registry: PeopleRegistry): void {
  // Lead PI of SIC25-001 and of ASP22-038 (materials informatics at Tohoku).
  registry.add({ org: 'jp.tohoku-u', phdYear: 2009, name: ['Tanabe', '田辺', 'Haruka', '遥'], previous: { org: 'jp.nims', to: '2016-03-31' } });
  // ANR-side PI of SIC25-001.
  registry.add({ org: 'fr.uga', phdYear: 2007, name: ['Lefèvre', 'ルフェーヴル', 'Camille', 'カミーユ'] });
  // JST reviewer of SICORP (AI for materials).
  registry.add({ org: 'jp.aist', phdYear: 2003, name: ['Hirose', '広瀬', 'Naoko', '直子'] });
  // ANR reviewer of SICORP (energy materials).
  registry.add({ org: 'fr.ulille', phdYear: 2001, name: ['Fournier', 'フルニエ', 'Isabelle', 'イザベル'] });
}
