import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/queries.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { useDraft } from '../queries.js';
import { StartProposalButton } from './start-proposal-button.js';

const STAFF_ROLES = new Set(['programme_officer', 'programme_director', 'partner_officer', 'security_officer', 'administrator']);

/**
 * "Start a proposal" on an open call's page, for researchers (applicants, or users with a
 * person who are not agency staff). The server still decides whether the call accepts
 * proposals at this instant (its opening and deadline).
 */
export function CallStartAction({ callCode, status }: { callCode: string; status: string }) {
  const session = useSession();
  const user = session.data?.user;
  if (!user || status !== 'open') return null;
  const isApplicant = user.roles.some((grant) => grant.role === 'applicant') || (user.person !== null && !user.roles.some((grant) => STAFF_ROLES.has(grant.role)));
  if (!isApplicant) return null;
  return <StartProposalButton callCode={callCode} />;
}

/** On a proposal's page: "Edit" / "Withdraw" for its team, and the receipt once submitted. */
export function ProposalEditorActions({ proposalRef }: { proposalRef: string }) {
  const { t } = useTranslation();
  const draft = useDraft(proposalRef);
  const view = draft.data;
  if (!view) return null;
  const editPath = `/proposals/${encodeURIComponent(proposalRef)}/edit`;
  const canEdit = view.editable.common || view.editable.teams.length > 0;
  return (
    <div className="page-actions">
      {canEdit ? (
        <Link className="button-primary" to={editPath}>
          {t('proposal-editor:proposal.edit')}
        </Link>
      ) : null}{' '}
      {view.canWithdraw ? (
        <Link className="button-secondary" to={`${editPath}#editor-submit`}>
          {t('proposal-editor:withdraw.button')}
        </Link>
      ) : null}
      {view.receipt ? (
        <p>
          {t('proposal-editor:receipt.label')} <LocalInstant iso={view.receipt.submittedAt} /> <code className="hash">{view.receipt.contentHash}</code>
        </p>
      ) : null}
    </div>
  );
}
