import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  clearFilters,
  DEFAULT_LIST_STATE,
  hasFilters,
  isRankedByRelevance,
  listStateToApiQuery,
  listStateToParams,
  pageCount,
  parseListState,
  sortBy,
  withFilters,
  withPageSize,
} from './list-state.js';

describe('parseListState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseListState(new URLSearchParams())).toEqual(DEFAULT_LIST_STATE);
  });

  it('reads every filter, the sort and the page', () => {
    const state = parseListState(
      new URLSearchParams('q=quantum&status=submitted&decision=none&field=quantum&partnerCountry=us&partnerAgency=NSF&sort=submittedAt&order=desc&page=3&pageSize=50&call=ASPIRE-2022-TRIAL'),
    );
    expect(state).toEqual({
      call: 'ASPIRE-2022-TRIAL',
      q: 'quantum',
      status: 'submitted',
      decision: 'none',
      field: 'quantum',
      partnerCountry: 'US',
      partnerAgency: 'NSF',
      sort: 'submittedAt',
      order: 'desc',
      page: 3,
      pageSize: 50,
    });
  });

  it('ignores values the API would reject', () => {
    const state = parseListState(new URLSearchParams('status=lost&decision=maybe&sort=budget&order=up&page=0&pageSize=500&partnerCountry=USA'));
    expect(state).toEqual(DEFAULT_LIST_STATE);
    expect(parseListState(new URLSearchParams('page=-2&pageSize=abc'))).toEqual(DEFAULT_LIST_STATE);
    expect(parseListState(new URLSearchParams('page=2.5')).page).toBe(1);
  });
});

describe('listStateToParams', () => {
  it('leaves out defaults', () => {
    expect(listStateToParams(DEFAULT_LIST_STATE).toString()).toBe('');
  });

  it('round-trips through the query string', () => {
    const state = { ...DEFAULT_LIST_STATE, q: 'AI と量子', field: 'ai_info', sort: 'title' as const, order: 'desc' as const, page: 2, pageSize: 10 };
    const params = listStateToParams(state);
    expect(params.get('q')).toBe('AI と量子');
    expect(parseListState(new URLSearchParams(params.toString()))).toEqual(state);
  });
});

describe('listStateToApiQuery', () => {
  it('sends the call from the path and leaves out empty filters', () => {
    const query = listStateToApiQuery({ ...DEFAULT_LIST_STATE, call: 'OTHER', status: 'draft' }, 'ASPIRE-2022-TRIAL');
    expect(query).toEqual({
      call: 'ASPIRE-2022-TRIAL',
      q: undefined,
      status: 'draft',
      decision: undefined,
      field: undefined,
      partnerCountry: undefined,
      partnerAgency: undefined,
      sort: 'ref',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('uses the call filter without a path', () => {
    expect(listStateToApiQuery({ ...DEFAULT_LIST_STATE, call: 'SICORP-2024' }).call).toBe('SICORP-2024');
  });
});

describe('sorting', () => {
  it('starts a new column ascending and flips the same column', () => {
    const byTitle = sortBy({ ...DEFAULT_LIST_STATE, page: 4 }, 'title');
    expect(byTitle).toMatchObject({ sort: 'title', order: 'asc', page: 1 });
    expect(sortBy(byTitle, 'title')).toMatchObject({ sort: 'title', order: 'desc' });
    expect(sortBy(sortBy(byTitle, 'title'), 'title')).toMatchObject({ order: 'asc' });
  });

  it('reports aria-sort', () => {
    const state = { ...DEFAULT_LIST_STATE, sort: 'status' as const, order: 'desc' as const };
    expect(ariaSort(state, 'status')).toBe('descending');
    expect(ariaSort(state, 'ref')).toBe('none');
    expect(ariaSort(DEFAULT_LIST_STATE, 'ref')).toBe('ascending');
  });
});

describe('filters and pages', () => {
  it('goes back to page 1 when a filter changes', () => {
    expect(withFilters({ ...DEFAULT_LIST_STATE, page: 5 }, { field: 'bio' })).toMatchObject({ field: 'bio', page: 1 });
  });

  it('clears filters but keeps sort and page size', () => {
    const state = { ...DEFAULT_LIST_STATE, q: 'x', status: 'draft' as const, sort: 'title' as const, pageSize: 50, page: 3 };
    expect(clearFilters(state)).toEqual({ ...DEFAULT_LIST_STATE, sort: 'title', pageSize: 50 });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(clearFilters(state))).toBe(false);
  });

  it('keeps the first visible row when the page size changes', () => {
    // Page 4 of 10 per page starts at row 31, which is on page 2 of 25 per page (rows 26–50).
    expect(withPageSize({ ...DEFAULT_LIST_STATE, page: 4, pageSize: 10 }, 25)).toMatchObject({ page: 2, pageSize: 25 });
    expect(withPageSize({ ...DEFAULT_LIST_STATE, page: 3, pageSize: 10 }, 25)).toMatchObject({ page: 1, pageSize: 25 });
    expect(withPageSize({ ...DEFAULT_LIST_STATE, page: 2, pageSize: 25 }, 10)).toMatchObject({ page: 3, pageSize: 10 });
  });

  it('counts pages', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(43, 25)).toBe(2);
    expect(pageCount(50, 25)).toBe(2);
    expect(pageCount(51, 25)).toBe(3);
  });
});

describe('relevance order of search results', () => {
  it('leaves sort and order to the server when words are given and no column is chosen', () => {
    const searched = { ...DEFAULT_LIST_STATE, q: '量子' };
    expect(isRankedByRelevance(searched)).toBe(true);
    expect(listStateToApiQuery(searched)).toMatchObject({ q: '量子', sort: undefined, order: undefined });
    const sorted = sortBy(searched, 'title');
    expect(isRankedByRelevance(sorted)).toBe(false);
    expect(listStateToApiQuery(sorted)).toMatchObject({ sort: 'title', order: 'asc' });
    expect(isRankedByRelevance(DEFAULT_LIST_STATE)).toBe(false);
    expect(listStateToApiQuery(DEFAULT_LIST_STATE)).toMatchObject({ sort: 'ref', order: 'asc' });
  });
});
