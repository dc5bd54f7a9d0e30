import { useTranslation } from 'react-i18next';
import { decisionLabel, statusLabel, type Decision, type ProposalStatus } from '../../formatting/labels.js';

/** A proposal's status as text; the colour only repeats what the word says. */
export function StatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{statusLabel(t, status)}</span>;
}

/** A selection decision as text (or "no decision"). */
export function DecisionBadge({ decision }: { decision: Decision | null }) {
  const { t } = useTranslation();
  return <span className={`badge badge-decision-${decision ?? 'none'}`}>{decisionLabel(t, decision)}</span>;
}
