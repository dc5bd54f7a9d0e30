import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { isApiError } from '../../../api-client.js';
import { errorText } from '../../formatting/error-text.js';
import { useLanguage } from '../../language/use-language.js';
import { signInPath } from '../sign-in-path.js';

/** A polite "Loading…" status. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('state.loading')}
    </p>
  );
}

/**
 * An error in the reader's language, announced (role=alert). With `isFocused` focus moves to it,
 * so a keyboard or screen-reader user lands on what went wrong. Lists every validation issue.
 */
export function ErrorAlert({ error, onRetry, isFocused = false, id }: { error: unknown; onRetry?: () => void; isFocused?: boolean; id?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isFocused) ref.current?.focus();
  }, [isFocused, error]);
  const issues = isApiError(error) ? error.issues : [];
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} id={id}>
      <p className="alert-title">{t('state.errorTitle')}</p>
      <p>{errorText(t, error, language)}</p>
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              <code>{issue.path}</code>
              <span className="issue-message">{issue.message[language] || issue.message.en}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Plain text for an empty list. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/**
 * Renders a query's data, or its loading and error states. A 401 sends the reader to sign in and
 * back here afterwards.
 */
export function QueryBoundary<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const location = useLocation();
  if (query.isError) {
    if (isApiError(query.error) && query.error.code === 'UNAUTHENTICATED') {
      return <Navigate to={signInPath(location.pathname + location.search)} replace />;
    }
    // Trying again can help only when the server or the network failed, not with a 4xx.
    const canRetry = !isApiError(query.error) || query.error.status === 0 || query.error.status >= 500;
    return <ErrorAlert error={query.error} onRetry={canRetry ? () => void query.refetch() : undefined} />;
  }
  if (query.isPending) return <LoadingState />;
  return <>{children(query.data)}</>;
}
