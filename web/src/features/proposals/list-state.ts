import type { DECISIONS, PROPOSAL_STATUSES } from '../../../../src/contracts/bundle.schemas.js';
import type { PROPOSAL_SORTS } from '../../../../src/contracts/api.schemas.js';

export type ProposalSort = (typeof PROPOSAL_SORTS)[number];
export type SortOrder = 'asc' | 'desc';
type StatusFilter = (typeof PROPOSAL_STATUSES)[number];
type DecisionFilter = (typeof DECISIONS)[number] | 'none';

/** What the proposals table shows: filters, sort and page. It lives in the URL query string. */
export type ProposalListState = {
  call: string;
  q: string;
  status: StatusFilter | '';
  decision: DecisionFilter | '';
  field: string;
  partnerCountry: string;
  partnerAgency: string;
  sort: ProposalSort;
  order: SortOrder;
  page: number;
  pageSize: number;
};

// Records rather than arrays so that a value added to the contract fails to compile here.
const SORTS: Record<ProposalSort, true> = {
  ref: true, title: true, field: true, status: true, decision: true, submittedAt: true, partnerCountry: true, partnerAgency: true,
};
const STATUSES: Record<StatusFilter, true> = { draft: true, submitted: true, withdrawn: true, ineligible: true };
const DECISION_FILTERS: Record<DecisionFilter, true> = { selected: true, rejected: true, waitlisted: true, none: true };

export const STATUS_FILTER_VALUES = Object.keys(STATUSES) as StatusFilter[];
export const DECISION_FILTER_VALUES = Object.keys(DECISION_FILTERS) as DecisionFilter[];

/** Page sizes offered; the API allows up to 200. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const DEFAULT_LIST_STATE: ProposalListState = {
  call: '',
  q: '',
  status: '',
  decision: '',
  field: '',
  partnerCountry: '',
  partnerAgency: '',
  sort: 'ref',
  order: 'asc',
  page: 1,
  pageSize: 25,
};

const FILTER_KEYS = ['call', 'q', 'status', 'decision', 'field', 'partnerCountry', 'partnerAgency'] as const;
export type ProposalFilterKey = (typeof FILTER_KEYS)[number];

function isKeyOf<T extends string>(record: Record<T, true>, value: string | null): value is T {
  return value !== null && Object.hasOwn(record, value);
}

function positiveInteger(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return fallback;
  const number = Number(value);
  return number >= 1 && number <= max ? number : fallback;
}

/** Reads the state from a query string, ignoring values the API would reject. */
export function parseListState(params: URLSearchParams): ProposalListState {
  const text = (key: string, maxLength: number) => (params.get(key) ?? '').trim().slice(0, maxLength);
  const status = params.get('status');
  const decision = params.get('decision');
  const sort = params.get('sort');
  const order = params.get('order');
  const country = text('partnerCountry', 3).toUpperCase();
  return {
    call: text('call', 64),
    q: text('q', 200),
    status: isKeyOf(STATUSES, status) ? status : '',
    decision: isKeyOf(DECISION_FILTERS, decision) ? decision : '',
    field: text('field', 64),
    partnerCountry: /^[A-Z]{2}$/.test(country) ? country : '',
    partnerAgency: text('partnerAgency', 64),
    sort: isKeyOf(SORTS, sort) ? sort : DEFAULT_LIST_STATE.sort,
    order: order === 'desc' ? 'desc' : 'asc',
    page: positiveInteger(params.get('page'), 1, 100_000),
    pageSize: positiveInteger(params.get('pageSize'), DEFAULT_LIST_STATE.pageSize, 200),
  };
}

/** Writes the state as a query string, leaving out defaults so that URLs stay short. */
export function listStateToParams(state: ProposalListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (state[key]) params.set(key, state[key]);
  }
  if (state.sort !== DEFAULT_LIST_STATE.sort) params.set('sort', state.sort);
  if (state.order !== DEFAULT_LIST_STATE.order) params.set('order', state.order);
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_LIST_STATE.pageSize) params.set('pageSize', String(state.pageSize));
  return params;
}

/** The API query for the state; `callCode` (from the path) wins over the `call` filter. */
export function listStateToApiQuery(state: ProposalListState, callCode?: string): Record<string, string | number | undefined> {
  return {
    call: callCode || state.call || undefined,
    q: state.q || undefined,
    status: state.status || undefined,
    decision: state.decision || undefined,
    field: state.field || undefined,
    partnerCountry: state.partnerCountry || undefined,
    partnerAgency: state.partnerAgency || undefined,
    // With words and no column chosen, the server ranks by relevance.
    sort: isRankedByRelevance(state) ? undefined : state.sort,
    order: isRankedByRelevance(state) ? undefined : state.order,
    page: state.page,
    pageSize: state.pageSize,
  };
}

/** True when the list shows search results in the server's relevance order (words, no column chosen). */
export function isRankedByRelevance(state: ProposalListState): boolean {
  return state.q !== '' && state.sort === DEFAULT_LIST_STATE.sort && state.order === DEFAULT_LIST_STATE.order;
}

/** Sorting by a column header: the same column flips the order, another starts ascending. */
export function sortBy(state: ProposalListState, column: ProposalSort): ProposalListState {
  const order: SortOrder = state.sort === column && state.order === 'asc' ? 'desc' : 'asc';
  return { ...state, sort: column, order, page: 1 };
}

/** A changed filter starts again at page 1, where the new results begin. */
export function withFilters(state: ProposalListState, filters: Partial<Pick<ProposalListState, ProposalFilterKey>>): ProposalListState {
  return { ...state, ...filters, page: 1 };
}

/** Clears every filter but keeps sort and page size. */
export function clearFilters(state: ProposalListState): ProposalListState {
  return { ...DEFAULT_LIST_STATE, sort: state.sort, order: state.order, pageSize: state.pageSize };
}

/** A new page size keeps the first visible row on screen by moving to the page that holds it. */
export function withPageSize(state: ProposalListState, pageSize: number): ProposalListState {
  const firstRow = (state.page - 1) * state.pageSize;
  return { ...state, pageSize, page: Math.floor(firstRow / pageSize) + 1 };
}

/** Number of pages for a total (at least 1, so "page 1 of 1" for an empty list). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The value of `aria-sort` for a column header. */
export function ariaSort(state: ProposalListState, column: ProposalSort): 'ascending' | 'descending' | 'none' {
  if (state.sort !== column) return 'none';
  return state.order === 'asc' ? 'ascending' : 'descending';
}

/** True when any filter is set. */
export function hasFilters(state: ProposalListState): boolean {
  return FILTER_KEYS.some((key) => state[key] !== '');
}
