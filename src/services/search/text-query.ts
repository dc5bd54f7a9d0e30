import { searchQuery } from './search-text.js';
import { loadTokenizer } from './tokenizer.js';

/**
 * What a user typed as a tsquery (text form) for the list queries: `undefined` when nothing was
 * typed (no search), `null` when the text has no searchable word (nothing can match).
 */
export async function textQueryFor(q: string | undefined): Promise<string | null | undefined> {
  if (q === undefined || q.trim() === '') return undefined;
  return searchQuery(await loadTokenizer(), q);
}
