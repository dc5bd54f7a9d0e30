import { useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import '../call-editor.css';
import { useAgencyMap } from '../../agencies/queries.js';
import { pickBilingual } from '../../formatting/bilingual.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import { approveCall, copyCall, extendDeadline, publishCall, transitionCall, type CallAdminView, type CallStatus } from '../api.js';
import { localToInstant } from '../call-form.js';
import { useCallAdmin, useCallAdminMutation } from '../queries.js';

/** The label of a call's lifecycle status. */
export function callStatusLabel(t: TFunction, status: CallStatus): string {
  switch (status) {
    case 'draft':
      return t('call-admin:status.draft');
    case 'open':
      return t('call-admin:status.open');
    case 'closed':
      return t('call-admin:status.closed');
    case 'under_review':
      return t('call-admin:status.under_review');
    case 'decided':
      return t('call-admin:status.decided');
    case 'archived':
      return t('call-admin:status.archived');
  }
}

/** A call's status as a badge. */
export function CallStatusBadge({ status }: { status: CallStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-call-${status}`}>{callStatusLabel(t, status)}</span>;
}

function transitionLabel(t: TFunction, to: CallStatus): string {
  switch (to) {
    case 'open':
      return t('call-editor:admin.publish');
    case 'closed':
      return t('call-editor:admin.to.closed');
    case 'under_review':
      return t('call-editor:admin.to.under_review');
    case 'decided':
      return t('call-editor:admin.to.decided');
    case 'archived':
      return t('call-editor:admin.to.archived');
    case 'draft':
      return t('call-admin:status.draft');
  }
}

/**
 * The officer's controls on a call's page: status, approvals per agency (who and when), and
 * the actions the server says the user may take, each with the server's reasons when the call
 * cannot move yet. Shows nothing to readers who may not manage the call.
 */
export function CallAdminPanel({ code }: { code: string }) {
  const admin = useCallAdmin(code);
  if (!admin.data) return null;
  return <AdminControls view={admin.data} />;
}

function AdminControls({ view }: { view: CallAdminView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const agencies = useAgencyMap();
  const approve = useCallAdminMutation((agency: string) => approveCall(view.code, agency));
  const publish = useCallAdminMutation(() => publishCall(view.code));
  const transition = useCallAdminMutation((to: CallStatus) => transitionCall(view.code, to));
  const failed = [approve, publish, transition].find((mutation) => mutation.isError);
  const codePath = encodeURIComponent(view.code);
  const { allowed } = view;
  const reasons = (to: CallStatus) => view.refusals[to] ?? [];
  const nextStatuses = allowed.transitions.filter((to) => to !== 'open');

  return (
    <section aria-labelledby="call-admin" className="call-admin">
      <h2 id="call-admin">{t('call-editor:admin.heading')}</h2>
      <p>
        {t('call-editor:admin.status')} <CallStatusBadge status={view.status} />
        {view.publishedAt ? (
          <span className="muted">
            {' '}
            {t('call-editor:admin.publishedAt')} <LocalInstant iso={view.publishedAt} />
          </span>
        ) : null}
      </p>
      {failed ? <ErrorAlert error={failed.error} isFocused /> : null}

      <div className="table-scroll" role="region" aria-labelledby="call-approvals" tabIndex={0}>
        <table className="data-table">
          <caption id="call-approvals">{t('call-editor:admin.approvals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('call-editor:admin.agency')}</th>
              <th scope="col">{t('call-editor:admin.approvedBy')}</th>
              <th scope="col">{t('call-editor:admin.approvedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {view.requiredApprovals.map((agency) => {
              const approval = view.approvals.find((item) => item.agency === agency);
              const name = approval?.approvedBy ? pickBilingual(approval.approvedBy.displayName, language) || approval.approvedBy.email : null;
              return (
                <tr key={agency}>
                  <th scope="row" className="row-heading">
                    {agency}
                  </th>
                  <td>{approval ? (name ?? t('call-editor:admin.someone')) : t('call-editor:admin.waiting')}</td>
                  <td>{approval ? <LocalInstant iso={approval.approvedAt} /> : t('common.notSet')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <ul className="page-actions">
        {allowed.edit ? (
          <li>
            <Link className="button-secondary" to={`/calls/${codePath}/edit`}>
              {t('call-editor:admin.edit')}
            </Link>
          </li>
        ) : null}
        {allowed.approveFor.map((agency) => (
          <li key={agency}>
            <button type="button" className="button-primary" disabled={approve.isPending} onClick={() => approve.mutate(agency)}>
              {t('call-editor:admin.approveFor', { agency })}
            </button>
          </li>
        ))}
        {view.status === 'draft' && allowed.publish ? (
          <li>
            <button type="button" className="button-primary" disabled={publish.isPending || reasons('open').length > 0} aria-describedby={reasons('open').length ? 'refusals-open' : undefined} onClick={() => publish.mutate(undefined)}>
              {t('call-editor:admin.publish')}
            </button>
          </li>
        ) : null}
        {nextStatuses.map((to) => (
          <li key={to}>
            <button type="button" className="button-secondary" disabled={transition.isPending || reasons(to).length > 0} aria-describedby={reasons(to).length ? `refusals-${to}` : undefined} onClick={() => transition.mutate(to)}>
              {transitionLabel(t, to)}
            </button>
          </li>
        ))}
      </ul>
      {[...(view.status === 'draft' && allowed.publish ? (['open'] as const) : []), ...nextStatuses]
        .filter((to) => reasons(to).length > 0)
        .map((to) => (
          <div key={to} id={`refusals-${to}`} className="refusals">
            <p>{t('call-editor:admin.cannotYet', { action: transitionLabel(t, to) })}</p>
            <ul className="bullet-list">
              {reasons(to).map((reason) => (
                <li key={reason.reason}>{reason.message[language] || reason.message.en}</li>
              ))}
            </ul>
          </div>
        ))}

      {allowed.extendDeadline.length > 0 ? (
        <ExtendDeadlineForm view={view} zoneOf={(position) => agencies.get(view.call.sides[position]?.agency ?? '')?.timezone ?? 'UTC'} />
      ) : null}
      {view.deadlineChanges.length > 0 ? (
        <>
          <h3>{t('call-editor:admin.extensions')}</h3>
          <ul className="bullet-list">
            {view.deadlineChanges.map((change, index) => (
              <li key={index}>
                {t('call-editor:admin.extensionLine', { agency: change.agency ?? String(change.side + 1), by: change.changedBy, reason: change.reason })} <LocalInstant iso={change.newDeadline} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {allowed.copy ? <CopyCallForm code={view.code} /> : null}
    </section>
  );
}

function ExtendDeadlineForm({ view, zoneOf }: { view: CallAdminView; zoneOf: (position: number) => string }) {
  const { t } = useTranslation();
  const id = useId();
  const positions = view.allowed.extendDeadline;
  const [side, setSide] = useState<number>(positions[0] ?? 0);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const [localProblem, setLocalProblem] = useState(false);
  const extend = useCallAdminMutation((body: { side: number; deadline: string; reason: string }) => extendDeadline(view.code, body));
  const zone = zoneOf(side);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const deadline = localToInstant(date, time, zone);
    setLocalProblem(deadline === null);
    if (deadline) extend.mutate({ side, deadline, reason });
  };
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('call-editor:admin.extendHeading')}</h3>
      {extend.isError ? <ErrorAlert error={extend.error} isFocused /> : null}
      {extend.isSuccess ? <p role="status">{t('call-editor:admin.extended')}</p> : null}
      <div className="form-field">
        <label htmlFor={`${id}-side`}>{t('call-editor:admin.extendSide')}</label>
        <select id={`${id}-side`} value={side} onChange={(event) => setSide(Number(event.target.value))}>
          {positions.map((position) => (
            <option key={position} value={position}>
              {view.call.sides[position]?.agency ?? String(position + 1)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-date`}>{t('call-editor:admin.extendDate', { zone })}</label>
          <input id={`${id}-date`} type="date" value={date} aria-invalid={localProblem || undefined} aria-describedby={localProblem ? `${id}-problem` : undefined} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-time`}>{t('call-editor:admin.extendTime', { zone })}</label>
          <input id={`${id}-time`} type="time" step={1} value={time} aria-invalid={localProblem || undefined} aria-describedby={localProblem ? `${id}-problem` : undefined} onChange={(event) => setTime(event.target.value)} />
        </div>
      </div>
      {localProblem ? (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {t('call-editor:issue.dateTime')}
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor={`${id}-reason`}>{t('call-editor:admin.extendReason')}</label>
        <textarea id={`${id}-reason`} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={extend.isPending}>
          {t('call-editor:admin.extendSubmit')}
        </button>
      </div>
    </form>
  );
}

function CopyCallForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [newCode, setNewCode] = useState('');
  const [shiftYears, setShiftYears] = useState('1');
  const copy = useCallAdminMutation((body: { code: string; shiftYears: number | null }) => copyCall(code, body));
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const years = /^\s*-?\d+\s*$/.test(shiftYears) ? Number(shiftYears) : null;
    copy.mutate({ code: newCode.trim(), shiftYears: years }, { onSuccess: (view) => navigate(`/calls/${encodeURIComponent(view.code)}/edit`) });
  };
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('call-editor:admin.copyHeading')}</h3>
      {copy.isError ? <ErrorAlert error={copy.error} isFocused /> : null}
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-code`}>{t('call-editor:admin.copyCode')}</label>
          <input id={`${id}-code`} value={newCode} autoComplete="off" onChange={(event) => setNewCode(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-shift`}>{t('call-editor:admin.copyShift')}</label>
          <input id={`${id}-shift`} inputMode="numeric" value={shiftYears} aria-describedby={`${id}-shift-hint`} onChange={(event) => setShiftYears(event.target.value)} />
          <p className="hint" id={`${id}-shift-hint`}>
            {t('call-editor:admin.copyShiftHint')}
          </p>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={copy.isPending}>
          {t('call-editor:admin.copySubmit')}
        </button>
      </div>
    </form>
  );
}
