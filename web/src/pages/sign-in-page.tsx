import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { SignInForm } from '../features/auth/components/sign-in-form.js';
import { useSession } from '../features/auth/queries.js';
import { LoadingState } from '../features/layout/components/page-states.js';
import { safeNextPath } from '../features/layout/sign-in-path.js';
import { useDocumentTitle } from '../features/layout/use-document-title.js';

/** `/login`: the sign-in form; a signed-in user goes on to `next` (or the calls). */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const session = useSession();
  const [params] = useSearchParams();

  if (session.data) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  if (session.isPending) return <LoadingState />;
  return (
    <div className="page page-narrow">
      <h1>{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.intro')}</p>
      <SignInForm />
    </div>
  );
}
