import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';
import { stemEnglish } from './english-stem.js';

/**
 * Words of a bilingual text as the search index stores them. Japanese is split into morphemes by
 * kuromoji (IPADIC); Latin script into lowercase words with plural endings removed. Both sides
 * go through the same function, so a query and a document always agree on what a word is.
 *
 * A *group* is one written word: a Japanese compound noun (量子コンピュータ → [量子, コンピュータ])
 * or a hyphenated English word; most groups have one part. The index stores every part (so 量子
 * finds 量子コンピュータ) and, for groups of several parts, the joined compound too.
 */
export type TokenGroup = readonly string[];

export type TextTokenizer = {
  /** The groups of `text`, in reading order. */
  groups(text: string): TokenGroup[];
  /** Every indexed word of `text`: each part, then each joined compound, without duplicates. */
  tokens(text: string): string[];
};

// Runs of one script: Latin letters and digits (with inner hyphens, apostrophes and dots), or
// Japanese (kanji, kana, the prolonged sound mark and iteration marks). Everything else separates.
const RUN = /([\p{Script=Latin}\p{Nd}]+(?:[-'’.][\p{Script=Latin}\p{Nd}]+)*)|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+)/gu;

// Function words say nothing of a topic; matched as "shared terms" they would only make noise
// (a reviewer's "across" meeting a title's "across").
const ENGLISH_STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'of', 'on', 'or', 'the', 'to', 'with', 'its', 'this', 'that', 'these', 'their', 'our', 'we',
  'about', 'across', 'after', 'against', 'along', 'among', 'around', 'before', 'between', 'beyond', 'both', 'but', 'during', 'each', 'than', 'then', 'through', 'toward', 'towards', 'under', 'upon', 'via', 'within', 'without', 'how', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'can', 'not', 'no', 'using', 'based',
]);

// Light verbs carry no topic: 研究する is found by 研究; "する" alone would match everything.
const JAPANESE_STOP_VERBS = new Set(['する', 'ある', 'いる', 'なる', 'できる', 'おる', 'れる', 'られる', 'せる', 'させる', 'くる', 'もらう', 'くれる']);

// Noun kinds that are grammar rather than content: こと, もの, これ, and kanji numerals.
const SKIPPED_NOUN_KINDS = new Set(['非自立', '代名詞', '数', '特殊']);

// Tokens longer than this are not words (a pasted hash or URL); PostgreSQL also caps a lexeme at 2 KB.
const MAX_TOKEN_LENGTH = 64;

// Texts repeat (keywords, boilerplate abstracts): remember the morphemes of recent Japanese runs.
const CACHE_LIMIT = 50_000;

type Morpheme = { word: string; kind: 'noun' | 'prefix' | 'word' };

/** Katakana words are written with or without a final ー (コンピューター, コンピュータ): drop it. */
function normaliseKatakana(word: string): string {
  return word.length >= 4 && /^[\p{Script=Katakana}ー]+ー$/u.test(word) ? word.slice(0, -1) : word;
}

function morphemeOf(token: IpadicFeatures): Morpheme | null {
  const base = token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form;
  const word = normaliseKatakana(base);
  switch (token.pos) {
    case '名詞':
      if (SKIPPED_NOUN_KINDS.has(token.pos_detail_1)) return null;
      return { word, kind: 'noun' };
    case '接頭詞':
      // 高 in 高効率化: part of the compound that follows, kept for phrase matching.
      return { word, kind: 'prefix' };
    case '動詞':
    case '形容詞':
      if (token.pos_detail_1 !== '自立' || JAPANESE_STOP_VERBS.has(word)) return null;
      return { word, kind: 'word' };
    default:
      // Particles, auxiliaries, symbols, conjunctions, adverbs, interjections.
      return null;
  }
}

function buildTokenizer(kuromojiTokenizer: Tokenizer<IpadicFeatures>): TextTokenizer {
  const cache = new Map<string, TokenGroup[]>();

  function japaneseGroups(run: string): TokenGroup[] {
    const cached = cache.get(run);
    if (cached) return cached;
    const groups: Array<{ parts: string[]; hasNoun: boolean }> = [];
    let compound: { parts: string[]; hasNoun: boolean } | null = null;
    for (const token of kuromojiTokenizer.tokenize(run)) {
      const morpheme = morphemeOf(token);
      if (morpheme === null || morpheme.kind === 'word') {
        compound = null;
        if (morpheme) groups.push({ parts: [morpheme.word], hasNoun: true });
        continue;
      }
      if (compound === null) {
        compound = { parts: [], hasNoun: false };
        groups.push(compound);
      }
      compound.parts.push(morpheme.word);
      compound.hasNoun ||= morpheme.kind === 'noun';
    }
    // A prefix with no noun after it (a stray 高) is not a word of its own.
    const result = groups.filter((group) => group.hasNoun).map((group) => group.parts);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(run, result);
    return result;
  }

  function latinGroup(run: string): TokenGroup | null {
    const parts = run
      .replace(/['’]s$/u, '')
      .split(/[-'’.]/u)
      .filter((part) => part.length > 0 && !ENGLISH_STOP_WORDS.has(part))
      .map(stemEnglish);
    return parts.length > 0 ? parts : null;
  }

  function groups(text: string): TokenGroup[] {
    const normalised = text.normalize('NFKC').toLowerCase();
    const result: TokenGroup[] = [];
    for (const match of normalised.matchAll(RUN)) {
      if (match[1] !== undefined) {
        const group = latinGroup(match[1]);
        if (group) result.push(group);
      } else if (match[2] !== undefined) {
        result.push(...japaneseGroups(match[2]));
      }
    }
    return result
      .map((group) => group.filter((part) => part.length <= MAX_TOKEN_LENGTH))
      .filter((group) => group.length > 0);
  }

  function tokens(text: string): string[] {
    const all = groups(text);
    const words = new Set<string>();
    for (const group of all) for (const part of group) words.add(part);
    for (const group of all) if (group.length > 1) words.add(joinGroup(group));
    return [...words];
  }

  return { groups, tokens };
}

/** The single word a compound is also indexed as (量子 + コンピュータ → 量子コンピュータ). */
export function joinGroup(group: TokenGroup): string {
  return group.join('').slice(0, MAX_TOKEN_LENGTH);
}

let loading: Promise<TextTokenizer> | null = null;

/**
 * The tokenizer, built once per process on first use: loading kuromoji's dictionary takes about
 * a second and 100 MB, which a process that never searches should not pay.
 */
export function loadTokenizer(): Promise<TextTokenizer> {
  loading ??= new Promise<TextTokenizer>((resolve, reject) => {
    // Resolved from the package rather than the working directory, so the CLI works from anywhere.
    const packageJson = createRequire(import.meta.url).resolve('kuromoji/package.json');
    kuromoji.builder({ dicPath: path.join(path.dirname(packageJson), 'dict') }).build((error, tokenizer) => {
      if (error) reject(error);
      else resolve(buildTokenizer(tokenizer));
    });
  }).catch((error: unknown) => {
    // Let a later call try again (a transient read error should not disable search for good).
    loading = null;
    throw error;
  });
  return loading;
}
