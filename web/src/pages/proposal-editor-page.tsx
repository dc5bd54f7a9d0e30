import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { pickBilingual } from '../features/formatting/bilingual.js';
import { statusLabel } from '../features/formatting/labels.js';
import { QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';
import type { DraftView } from '../features/proposal-editor/api.js';
import { DocumentsPanel } from '../features/proposal-editor/components/documents-panel.js';
import { EligibilityPanel } from '../features/proposal-editor/components/eligibility-panel.js';
import { ExchangesSection } from '../features/proposal-editor/components/exchanges-section.js';
import { InvitationsPanel } from '../features/proposal-editor/components/invitations-panel.js';
import { SaveStatusLine } from '../features/proposal-editor/components/save-status.js';
import { SubmitPanel } from '../features/proposal-editor/components/submit-panel.js';
import { SummarySection } from '../features/proposal-editor/components/summary-section.js';
import { TeamEditor } from '../features/proposal-editor/components/team-editor.js';
import { VersionHistory } from '../features/proposal-editor/components/version-history.js';
import { useDraft } from '../features/proposal-editor/queries.js';
import { useAutosave } from '../features/proposal-editor/use-autosave.js';
import '../features/proposal-editor/proposal-editor.css';

/** `/proposals/:ref/edit`: the proposal editor with autosave, live eligibility, versions, submission. */
export function ProposalEditorPage() {
  const { ref = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const draft = useDraft(ref);
  useDocumentTitle(draft.data ? t('proposal-editor:documentTitle', { ref, title: pickBilingual(draft.data.proposal.title, language) }) : t('proposal-editor:title'));
  return (
    <div className="page">
      {/* Keyed by ref: the working copy starts afresh for another proposal. */}
      <QueryBoundary query={draft}>{(data) => <Editor key={ref} initial={data} />}</QueryBoundary>
    </div>
  );
}

function Editor({ initial }: { initial: DraftView }) {
  const { t } = useTranslation();
  const { t: tWeb } = useTranslation();
  const language = useLanguage();
  const ref = initial.proposal.ref;
  const { view, form, status, edit, save, reload, replace } = useAutosave(ref, initial);
  const proposalPath = `/proposals/${encodeURIComponent(ref)}`;
  const hasUnsavedChanges = status.kind === 'pending' || status.kind === 'saving' || status.kind === 'error' || status.kind === 'conflict';
  return (
    <>
      <nav aria-label={tWeb('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/calls">{tWeb('nav.calls')}</Link>
          </li>
          <li>
            <Link to={`/calls/${encodeURIComponent(view.call.code)}`}>{view.call.code}</Link>
          </li>
          <li>
            <Link to={proposalPath}>{ref}</Link>
          </li>
          <li aria-current="page">{t('proposal-editor:breadcrumb')}</li>
        </ol>
      </nav>
      <p className="eyebrow">
        <code>{ref}</code> {t('proposal-editor:statusAndVersion', { status: statusLabel(tWeb, view.proposal.status), version: view.version })}
      </p>
      <h1>{pickBilingual(view.proposal.title, language) || t('proposal-editor:untitled')}</h1>
      {view.proposal.status === 'draft' ? <SaveStatusLine status={status} onRetry={() => void save()} onReload={() => void reload()} /> : null}
      <div className="editor-layout">
        <div>
          <SummarySection form={form} view={view} edit={edit} />
          <section aria-labelledby="editor-teams">
            <h2 id="editor-teams">{t('proposal-editor:section.teams')}</h2>
            {view.proposal.teams.map((team, index) => (
              <TeamEditor key={`${team.role}-${index}`} index={index} form={form} view={view} edit={edit} />
            ))}
          </section>
          <ExchangesSection form={form} view={view} edit={edit} />
          <DocumentsPanel proposalRef={ref} canEdit={view.proposal.status === 'draft' && (view.editable.common || view.editable.teams.length > 0)} />
          {view.editable.common ? <InvitationsPanel proposalRef={ref} /> : null}
        </div>
        <aside aria-label={t('proposal-editor:sidebar')}>
          <EligibilityPanel eligibility={view.eligibility} />
          <SubmitPanel view={view} hasUnsavedChanges={hasUnsavedChanges} onDone={replace} />
          <VersionHistory proposalRef={ref} version={view.version} />
        </aside>
      </div>
    </>
  );
}
