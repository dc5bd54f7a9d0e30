import type { Executor } from '../../db/database.js';
import {
  analyzeSearchDocuments,
  readCallSearchTexts,
  readProposalSearchTexts,
  upsertSearchDocuments,
  type CallSearchText,
  type ProposalSearchText,
  type SearchDocumentRow,
} from '../../db/repositories/search.repository.js';
import { documentVector } from './search-text.js';
import { loadTokenizer, type TextTokenizer } from './tokenizer.js';

// Above this many rows in one write, the planner's statistics are refreshed (as an import does).
const BULK_DOCUMENTS = 1_000;

export type SearchSubjects = { proposals?: readonly string[]; calls?: readonly string[] };

/** A proposal's words: reference and title weigh most, then keywords, then the abstract. */
function proposalDocument(tokenizer: TextTokenizer, proposal: ProposalSearchText): SearchDocumentRow {
  return {
    subjectType: 'proposal',
    subjectId: proposal.id,
    tokens: documentVector(tokenizer, [
      { text: proposal.ref, weight: 'A' },
      { text: proposal.title.en, weight: 'A' },
      { text: proposal.title.ja, weight: 'A' },
      ...proposal.keywords.map((keyword) => ({ text: keyword, weight: 'B' as const })),
      { text: proposal.abstract.en, weight: 'C' },
      { text: proposal.abstract.ja, weight: 'C' },
    ]),
  };
}

/** A call's words: code and title, then programme and fields, then the description. */
function callDocument(tokenizer: TextTokenizer, call: CallSearchText): SearchDocumentRow {
  return {
    subjectType: 'call',
    subjectId: call.id,
    tokens: documentVector(tokenizer, [
      { text: call.code, weight: 'A' },
      { text: call.title.en, weight: 'A' },
      { text: call.title.ja, weight: 'A' },
      { text: call.programme.code, weight: 'B' },
      { text: call.programme.en, weight: 'B' },
      { text: call.programme.ja, weight: 'B' },
      ...call.fields.map((field) => ({ text: field, weight: 'B' as const })),
      { text: call.description.en, weight: 'C' },
      { text: call.description.ja, weight: 'C' },
    ]),
  };
}

/**
 * (Re)indexes the given proposals (by ref) and calls (by code) inside the caller's transaction,
 * reading their current texts, so call it after writing them. Unknown refs and codes are
 * skipped. Throws only what the database throws.
 */
export async function indexForSearch(tx: Executor, subjects: SearchSubjects): Promise<void> {
  const proposalRefs = subjects.proposals ?? [];
  const callCodes = subjects.calls ?? [];
  if (proposalRefs.length === 0 && callCodes.length === 0) return;
  const tokenizer = await loadTokenizer();
  const proposals = await readProposalSearchTexts(tx, proposalRefs);
  const calls = await readCallSearchTexts(tx, callCodes);
  const documents = [...proposals.map((proposal) => proposalDocument(tokenizer, proposal)), ...calls.map((call) => callDocument(tokenizer, call))];
  await upsertSearchDocuments(tx, documents);
  if (documents.length >= BULK_DOCUMENTS) await analyzeSearchDocuments(tx);
}
