import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../api-client.js';
import { useSession } from '../features/auth/queries.js';
import { LocalText } from '../features/formatting/components/bilingual-text.js';
import { LocalInstant } from '../features/formatting/components/formatted.js';
import { useAcceptInvitation, useInvitationPreview } from '../features/invitations/queries.js';
import { ErrorAlert, LoadingState, QueryBoundary } from '../features/layout/components/page-states.js';
import { signInPath } from '../features/layout/sign-in-path.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';
import { useLanguage } from '../features/language/use-language.js';

const MIN_PASSWORD_LENGTH = 10;

/**
 * `/invitations/:token`: what the link invites to, then accept it — as the signed-in user, or by
 * creating an account for the invited address in the same step (the server then signs it in).
 * An address that already has an account is sent to sign in first and come back.
 */
export function InvitationPage() {
  const { t } = useTranslation('invitations');
  useDocumentTitle(t('invitations:page.title'));
  const { token = '' } = useParams();
  const id = useId();
  const language = useLanguage();
  const session = useSession();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);

  if (session.isPending) return <LoadingState />;

  function handleCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    if (password.length < MIN_PASSWORD_LENGTH) {
      setPasswordError(t('invitations:page.passwordTooShort'));
      passwordRef.current?.focus();
      return;
    }
    setPasswordError(null);
    const nameEn = String(data.get('nameEn') ?? '').trim();
    const nameJa = String(data.get('nameJa') ?? '').trim();
    accept.mutate({ account: { password, displayName: { en: nameEn || null, ja: nameJa || null }, locale: language } });
  }

  const serverPasswordError = isApiError(accept.error) ? accept.error.issues.find((issue) => issue.path === 'password' || issue.path.startsWith('account.password')) : undefined;
  const shownPasswordError = passwordError ?? (serverPasswordError ? serverPasswordError.message[language] || serverPasswordError.message.en : null);
  const passwordErrorId = `${id}-password-error`;

  return (
    <div className="page page-narrow">
      <h1>{t('invitations:page.title')}</h1>
      <QueryBoundary query={preview}>
        {(invitation) => (
          <>
            <p>{t('invitations:page.invitedTo')}</p>
            <dl className="details">
              <dt>{t('invitations:page.team')}</dt>
              <dd>{t('invitations:panel.teamOption', { number: invitation.team.position + 1, side: t(`invitations:side.${invitation.team.role}`), country: invitation.team.country })}</dd>
              <dt>{t('invitations:page.call')}</dt>
              <dd>
                <LocalText value={invitation.call.title} />
              </dd>
              <dt>{t('invitations:panel.role')}</dt>
              <dd>{t(`invitations:role.${invitation.role}`)}</dd>
              <dt>{t('invitations:page.email')}</dt>
              <dd>{invitation.email}</dd>
              <dt>{t('invitations:page.expires')}</dt>
              <dd>
                <LocalInstant iso={invitation.expiresAt} />
              </dd>
            </dl>
            <h2>
              <LocalText value={invitation.proposal.title} />
            </h2>
            {accept.isSuccess ? (
              <div className="alert" role="status">
                <p>{t('invitations:page.done')}</p>
                <ul className="inline-list">
                  <li>
                    <Link to={`/proposals/${encodeURIComponent(accept.data.proposal)}/edit`}>{t('invitations:page.editProposal')}</Link>
                  </li>
                  <li>
                    <Link to={`/proposals/${encodeURIComponent(accept.data.proposal)}`}>{t('invitations:page.openProposal')}</Link>
                  </li>
                </ul>
              </div>
            ) : invitation.status !== 'pending' ? (
              <p className="alert alert-error" role="alert">
                {t(`invitations:page.status.${invitation.status}`)}
              </p>
            ) : session.data ? (
              <>
                <p>{t('invitations:page.signedInAs', { email: session.data.user.email })}</p>
                {accept.isError ? <ErrorAlert error={accept.error} isFocused /> : null}
                <button type="button" disabled={accept.isPending} onClick={() => accept.mutate({})}>
                  {accept.isPending ? t('invitations:page.accepting') : t('invitations:page.accept')}
                </button>
              </>
            ) : invitation.hasAccount ? (
              <p>
                {t('invitations:page.signInFirst', { email: invitation.email })} <Link to={signInPath(`/invitations/${token}`)}>{t('invitations:page.signIn')}</Link>
              </p>
            ) : (
              <form className="form" noValidate onSubmit={handleCreate}>
                {accept.isError && !serverPasswordError ? <ErrorAlert error={accept.error} isFocused /> : null}
                <div className="form-field">
                  <label htmlFor={`${id}-name-en`}>{t('invitations:page.nameEn')}</label>
                  <input id={`${id}-name-en`} name="nameEn" autoComplete="name" lang="en" />
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-name-ja`}>{t('invitations:page.nameJa')}</label>
                  <input id={`${id}-name-ja`} name="nameJa" lang="ja" />
                </div>
                <div className="form-field">
                  <label htmlFor={`${id}-password`}>{t('invitations:page.password')}</label>
                  <input
                    ref={passwordRef}
                    id={`${id}-password`}
                    name="password"
                    type="password"
                    autoComplete="new-password"
                    minLength={MIN_PASSWORD_LENGTH}
                    required
                    aria-invalid={shownPasswordError ? true : undefined}
                    aria-describedby={shownPasswordError ? passwordErrorId : undefined}
                  />
                  {shownPasswordError ? (
                    <p className="field-error" id={passwordErrorId} role="alert">
                      {shownPasswordError}
                    </p>
                  ) : null}
                </div>
                <button type="submit" disabled={accept.isPending}>
                  {accept.isPending ? t('invitations:page.accepting') : t('invitations:page.createAccount')}
                </button>
              </form>
            )}
          </>
        )}
      </QueryBoundary>
    </div>
  );
}
