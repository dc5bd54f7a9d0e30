import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AgencySummary } from '../features/agencies/api.js';
import { useAgencies } from '../features/agencies/queries.js';
import { createCall, updateCall, type CallAdminView, type CallConfig } from '../features/call-editor/api.js';
import { formFromConfig, newCallForm, type CallForm } from '../features/call-editor/call-form.js';
import { CallEditorForm } from '../features/call-editor/components/call-editor-form.js';
import { useCallAdmin, useCallAdminMutation } from '../features/call-editor/queries.js';
import { useOfficerAgency } from '../features/call-editor/use-officer-agency.js';
import type { CallSummary } from '../features/calls/api.js';
import { useCalls } from '../features/calls/queries.js';
import { QueryBoundary } from '../features/layout/components/page-states.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';

/**
 * The programmes an officer can choose: those of the calls they see, their own agency's first
 * (a call's programme belongs to the agency leading it).
 */
function programmesOf(calls: readonly CallSummary[], agency: string | null) {
  const byCode = new Map<string, { code: string; name: CallSummary['programme']['name']; isOwn: boolean }>();
  for (const call of calls) {
    const isOwn = call.sides.some((side) => side.role === 'lead' && agency !== null && side.agencies.includes(agency));
    const known = byCode.get(call.programme.code);
    byCode.set(call.programme.code, { ...call.programme, isOwn: isOwn || (known?.isOwn ?? false) });
  }
  const all = [...byCode.values()];
  const own = all.filter((programme) => programme.isOwn);
  return (own.length > 0 ? own : all).sort((a, b) => a.code.localeCompare(b.code));
}

/** `/calls/new` and `/calls/:code/edit`: the call editor. */
export function CallEditorPage() {
  const { code } = useParams();
  const { t, i18n } = useTranslation();
  useDocumentTitle(code ? t('call-editor:editTitle', { code }) : t('call-editor:newTitle'));
  const agencies = useAgencies();
  const calls = useCalls();
  const admin = useCallAdmin(code);
  const agency = useOfficerAgency();
  const navigate = useNavigate();
  const programmes = useMemo(() => programmesOf(calls.data ?? [], agency), [calls.data, agency]);
  const knownFields = useMemo(() => Object.keys(i18n.getResourceBundle('en', 'fields') ?? {}), [i18n]);
  const save = useCallAdminMutation((config: CallConfig) => {
    if (!code) return createCall(config);
    const { code: _code, ...changes } = config;
    return updateCall(code, changes);
  });
  const onSaved = (view: CallAdminView) => navigate(`/calls/${encodeURIComponent(view.code)}`);

  const editor = (initial: CallForm, list: AgencySummary[]) => (
    <CallEditorForm initial={initial} isExisting={Boolean(code)} agencies={list} programmes={programmes} knownFields={knownFields} onSave={(config) => save.mutateAsync(config)} onSaved={onSaved} />
  );

  return (
    <div className="page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/calls">{t('nav.calls')}</Link>
          </li>
          {code ? (
            <li>
              <Link to={`/calls/${encodeURIComponent(code)}`}>{code}</Link>
            </li>
          ) : null}
          <li aria-current="page">{code ? t('call-editor:editCrumb') : t('call-editor:newCrumb')}</li>
        </ol>
      </nav>
      <h1>{code ? t('call-editor:editTitle', { code }) : t('call-editor:newTitle')}</h1>
      <p className="muted">{t('call-editor:intro')}</p>
      <QueryBoundary query={agencies}>
        {(list) =>
          code ? (
            <QueryBoundary query={admin}>
              {(view) => editor(formFromConfig({ ...view.call }, new Map(list.map((item) => [item.code, item]))), list)}
            </QueryBoundary>
          ) : calls.isPending ? (
            <QueryBoundary query={calls}>{() => null}</QueryBoundary>
          ) : (
            editor(newCallForm(agency ?? '', programmes[0]?.code ?? ''), list)
          )
        }
      </QueryBoundary>
    </div>
  );
}
