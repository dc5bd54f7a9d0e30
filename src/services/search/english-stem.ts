/**
 * The smallest stemmer that makes plural and singular meet: "-ies" → "-y", "-(s|x|z|ch|sh)es"
 * → without "es", "-s" → without "s". Anything more (Porter) would also merge words an officer
 * wants kept apart ("organ" and "organisation"), so we stop at plurals.
 */

// Words whose final "s" is not a plural ending, or whose plural rule misreads them.
const UNCHANGED = new Set(['series', 'species', 'physics', 'mathematics', 'economics', 'ethics', 'genetics', 'robotics', 'photonics', 'electronics', 'dynamics', 'optics', 'news', 'always', 'perhaps', 'whereas', 'towards', 'its', 'has', 'was', 'is', 'this', 'thus', 'gas', 'bias', 'lens', 'yes']);

/** The singular stem of a lowercase English word; other words come back unchanged. */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || UNCHANGED.has(word) || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  // "-ss" (class), "-us" (campus, status), "-is" (analysis) are not plurals.
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}
