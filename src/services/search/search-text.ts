import { joinGroup, type TextTokenizer, type TokenGroup } from './tokenizer.js';

/**
 * Turning tokenizer output into PostgreSQL text-search values. Both are written in their text
 * form and cast (`::tsvector`, `::tsquery`) rather than built by a text-search configuration:
 * the words are already the tokenizer's, and PostgreSQL's parser must not split them again.
 */

/** Weights of PostgreSQL's ts_rank_cd: A counts 1.0, B 0.4, C 0.2. */
export type FieldWeight = 'A' | 'B' | 'C';

/** One text of a document with the weight of the field it comes from. */
export type WeightedText = { text: string | null | undefined; weight: FieldWeight };

// PostgreSQL stores positions up to 16,383 and at most 255 positions of one word.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 255;

function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsvector (text form) of a document. Each part of a group takes the next position, a
 * compound's joined word shares its first part's position, and texts are two positions apart,
 * so a phrase query (量子 <-> コンピュータ) matches within one text only.
 */
export function documentVector(tokenizer: TextTokenizer, texts: readonly WeightedText[]): string {
  const positions = new Map<string, string[]>();
  const add = (word: string, position: number, weight: FieldWeight) => {
    const list = positions.get(word) ?? [];
    if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
    positions.set(word, list);
  };
  let position = 1;
  for (const { text, weight } of texts) {
    if (!text) continue;
    for (const group of tokenizer.groups(text)) {
      const first = position;
      for (const part of group) add(part, position++, weight);
      if (group.length > 1) add(joinGroup(group), first, weight);
    }
    position += 1;
  }
  return [...positions].map(([word, list]) => `${quoteLexeme(word)}:${list.join(',')}`).join(' ');
}

function groupQuery(group: TokenGroup, isPrefix: boolean): string {
  const [only] = group;
  if (group.length === 1 && only !== undefined) return `${quoteLexeme(only)}${isPrefix ? ':*' : ''}`;
  return `(${quoteLexeme(joinGroup(group))} | ${group.map(quoteLexeme).join(' <-> ')})`;
}

/**
 * The tsquery (text form) for what a user typed: every word must match (AND); a compound must
 * match as its joined word or as its parts in a row; the last word, when it is a Latin word of
 * three or more letters, also matches as a prefix (so "quant" finds "quantum" while typing).
 * Null when the text has no searchable word (only particles or punctuation).
 */
export function searchQuery(tokenizer: TextTokenizer, text: string): string | null {
  const groups = tokenizer.groups(text);
  if (groups.length === 0) return null;
  const lastTyped = text.trimEnd() === text && /[\p{Script=Latin}\d]$/u.test(text.normalize('NFKC'));
  return groups
    .map((group, index) => {
      const isLast = index === groups.length - 1;
      const word = group[0] ?? '';
      return groupQuery(group, isLast && lastTyped && group.length === 1 && /^[a-z0-9]{3,}$/.test(word));
    })
    .join(' & ');
}
