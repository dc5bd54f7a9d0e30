import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from '../list-state.js';

type Props = {
  page: number;
  pageCount: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
};

/** Previous / next page, where we are, and how many rows a page holds. */
export function Pagination({ page, pageCount, pageSize, onPage, onPageSize }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const sizes: number[] = PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number]) ? [...PAGE_SIZES] : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <div className="pagination-pages">
        <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, pageCount))}>
          {t('pagination.previous')}
        </button>
        <span className="pagination-status">{t('pagination.pageOf', { page, pages: pageCount })}</span>
        <button type="button" className="button-secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          {t('pagination.next')}
        </button>
      </div>
      <div className="pagination-size">
        <label htmlFor={`${id}-size`}>{t('pagination.pageSize')}</label>
        <select id={`${id}-size`} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
