import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pickBilingual } from '../../formatting/bilingual.js';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { CountryText, LocalInstant } from '../../formatting/components/formatted.js';
import { fieldLabel } from '../../formatting/labels.js';
import { useLanguage } from '../../language/use-language.js';
import type { ProposalListItem } from '../api.js';
import { ariaSort, type ProposalListState, type ProposalSort } from '../list-state.js';
import { DecisionBadge, StatusBadge } from './status-badges.js';

type Props = {
  items: readonly ProposalListItem[];
  state: ProposalListState;
  showCall: boolean;
  isUpdating: boolean;
  captionId: string;
  onSort: (column: ProposalSort) => void;
};

function SortableHeader({ column, label, state, onSort }: { column: ProposalSort; label: string; state: ProposalListState; onSort: (column: ProposalSort) => void }) {
  const { t } = useTranslation();
  const sort = ariaSort(state, column);
  const hint = sort === 'ascending' ? t('proposals.sort.descendingHint') : t('proposals.sort.ascendingHint');
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="sort-button" data-sort={sort} onClick={() => onSort(column)}>
        {label}
        <span className="visually-hidden">{hint}</span>
      </button>
    </th>
  );
}

/** The proposals of one page; column headers sort (aria-sort tells the current order). */
export function ProposalTable({ items, state, showCall, isUpdating, captionId, onSort }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const header = (column: ProposalSort, label: string) => <SortableHeader key={column} column={column} label={label} state={state} onSort={onSort} />;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={isUpdating}>
      <table className="data-table data-table-wide proposals-table">
        <caption id={captionId} className="visually-hidden">
          {t('proposals.caption')}
        </caption>
        <thead>
          <tr>
            {header('ref', t('proposals.column.ref'))}
            {header('title', t('proposals.column.title'))}
            {showCall ? <th scope="col">{t('proposals.column.call')}</th> : null}
            {header('field', t('proposals.column.field'))}
            <th scope="col">{t('proposals.column.leadPi')}</th>
            {header('partnerCountry', t('proposals.column.partnerCountry'))}
            {header('partnerAgency', t('proposals.column.partnerAgency'))}
            {header('status', t('proposals.column.status'))}
            {header('decision', t('proposals.column.decision'))}
            {header('submittedAt', t('proposals.column.submittedAt'))}
          </tr>
        </thead>
        <tbody>
          {items.map((proposal) => (
            <tr key={proposal.ref}>
              <th scope="row" className="row-heading">
                <Link to={`/proposals/${encodeURIComponent(proposal.ref)}`} aria-label={t('proposals.openProposal', { ref: proposal.ref, title: pickBilingual(proposal.title, language) })}>
                  {proposal.ref}
                </Link>
              </th>
              <td className="cell-title">
                <LocalText value={proposal.title} />
              </td>
              {showCall ? (
                <td className="cell-nowrap">
                  <Link to={`/calls/${encodeURIComponent(proposal.call)}`}>{proposal.call}</Link>
                </td>
              ) : null}
              <td>{fieldLabel(t, proposal.field)}</td>
              <td>{proposal.leadPi ? <LocalText value={proposal.leadPi.name} /> : null}</td>
              <td>
                <CountryText code={proposal.partnerCountry} />
              </td>
              <td className="cell-nowrap">{proposal.partnerAgency}</td>
              <td>
                <StatusBadge status={proposal.status} />
              </td>
              <td>
                <DecisionBadge decision={proposal.decision} />
              </td>
              <td className="nowrap">{proposal.submittedAt ? <LocalInstant iso={proposal.submittedAt} /> : <span className="muted">{t('proposals.notSubmitted')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
