import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { EmptyState, ErrorAlert, QueryBoundary } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import { useInvitations, useRevokeInvitation, useSendInvitation } from '../../invitations/queries.js';
import { useProposal } from '../../proposals/queries.js';

type Role = 'pi' | 'member';

/**
 * The invitations of a proposal with their status, a form to invite someone by email to a team
 * (as PI or member), and a revoke button per pending invitation. The server decides who may
 * invite whom; its refusal is shown as an announced error.
 */
export function InvitationsPanel({ proposalRef }: { proposalRef: string }) {
  const { t } = useTranslation('invitations');
  const language = useLanguage();
  const id = useId();
  const proposal = useProposal(proposalRef);
  const invitations = useInvitations(proposalRef);
  const send = useSendInvitation(proposalRef);
  const revoke = useRevokeInvitation(proposalRef);
  const emailRef = useRef<HTMLInputElement>(null);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const teams = proposal.data?.teams ?? [];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    setNotice(null);
    if (!email) {
      setEmailError(t('invitations:panel.emailRequired'));
      emailRef.current?.focus();
      return;
    }
    setEmailError(null);
    const body = {
      email,
      teamPosition: Number(data.get('team') ?? 0),
      role: (data.get('role') === 'pi' ? 'pi' : 'member') as Role,
      language: data.get('language') === 'ja' ? ('ja' as const) : ('en' as const),
    };
    send.mutate(body, {
      onSuccess: (invitation) => {
        setNotice(t('invitations:panel.sent', { email: invitation.email }));
        form.reset();
      },
    });
  }

  const emailErrorId = `${id}-email-error`;
  return (
    <section aria-labelledby={`${id}-title`} className="invitations-panel">
      <h2 id={`${id}-title`}>{t('invitations:panel.title')}</h2>
      <p>{t('invitations:panel.intro')}</p>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {revoke.isError ? <ErrorAlert error={revoke.error} isFocused /> : null}
      <QueryBoundary query={invitations}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState>{t('invitations:panel.empty')}</EmptyState>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('invitations:panel.email')}</th>
                  <th scope="col">{t('invitations:panel.team')}</th>
                  <th scope="col">{t('invitations:panel.role')}</th>
                  <th scope="col">{t('invitations:panel.status')}</th>
                  <th scope="col">{t('invitations:panel.expires')}</th>
                  <th scope="col">{t('invitations:panel.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((invitation) => {
                  const team = teams[invitation.teamPosition];
                  return (
                    <tr key={invitation.id}>
                      <td>{invitation.email}</td>
                      <td>{team ? t('invitations:panel.teamOption', { number: invitation.teamPosition + 1, side: t(`invitations:side.${team.role}`), country: team.country }) : invitation.teamPosition + 1}</td>
                      <td>{t(`invitations:role.${invitation.role}`)}</td>
                      <td>
                        <span className={`status status-${invitation.status}`}>{t(`invitations:status.${invitation.status}`)}</span>
                      </td>
                      <td>
                        <LocalInstant iso={invitation.expiresAt} />
                      </td>
                      <td>
                        {invitation.status === 'pending' ? (
                          <button
                            type="button"
                            className="button-secondary"
                            aria-label={t('invitations:panel.revokeLabel', { email: invitation.email })}
                            disabled={revoke.isPending}
                            onClick={() => revoke.mutate(invitation.id, { onSuccess: () => setNotice(t('invitations:panel.revoked', { email: invitation.email })) })}
                          >
                            {t('invitations:panel.revoke')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </QueryBoundary>
      <form className="form" noValidate onSubmit={handleSubmit}>
        {send.isError ? <ErrorAlert error={send.error} isFocused /> : null}
        <div className="form-field">
          <label htmlFor={`${id}-email`}>{t('invitations:panel.email')}</label>
          <input
            ref={emailRef}
            id={`${id}-email`}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            required
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? emailErrorId : undefined}
          />
          {emailError ? (
            <p className="field-error" id={emailErrorId}>
              {emailError}
            </p>
          ) : null}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-team`}>{t('invitations:panel.team')}</label>
          {/* Keyed by the number of teams: the proposal may load after the first render, and the
              default (the first partner team) must be chosen once the teams are known. */}
          <select key={teams.length} id={`${id}-team`} name="team" defaultValue={teams.findIndex((team) => team.role === 'partner') >= 0 ? String(teams.findIndex((team) => team.role === 'partner')) : '0'}>
            {teams.map((team, index) => (
              <option key={index} value={index}>
                {t('invitations:panel.teamOption', { number: index + 1, side: t(`invitations:side.${team.role}`), country: team.country })}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-role`}>{t('invitations:panel.role')}</label>
          <select id={`${id}-role`} name="role" defaultValue="pi">
            <option value="pi">{t('invitations:role.pi')}</option>
            <option value="member">{t('invitations:role.member')}</option>
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-language`}>{t('invitations:panel.language')}</label>
          <select id={`${id}-language`} name="language" defaultValue={language}>
            <option value="en">{t('invitations:languageName.en')}</option>
            <option value="ja">{t('invitations:languageName.ja')}</option>
          </select>
        </div>
        <button type="submit" disabled={send.isPending}>
          {send.isPending ? t('invitations:panel.sending') : t('invitations:panel.send')}
        </button>
      </form>
    </section>
  );
}
