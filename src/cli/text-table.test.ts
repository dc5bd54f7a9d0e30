import { expect, it } from 'vitest';
import { formatTable } from './text-table.js';

it('aligns columns by display width, so Japanese headers line up with ASCII refs', () => {
  expect(formatTable([['提案', '理由'], ['SIC25-003', '共著者'], ['P1', 'x']])).toEqual(['提案       理由', 'SIC25-003  共著者', 'P1         x']);
});

it('leaves the last column unpadded and copes with short rows', () => {
  expect(formatTable([['a', 'long text here'], ['bbb']])).toEqual(['a    long text here', 'bbb']);
});
