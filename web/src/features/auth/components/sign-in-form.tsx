import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api-client.js';
import { ErrorAlert } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import { useSignIn } from '../queries.js';

type FieldName = 'email' | 'password';
type FieldErrors = Partial<Record<FieldName, string>>;

/**
 * Email and password with visible labels. Missing values are caught before sending; the API's
 * errors are shown in the reader's language, announced, and focused; a field the API names gets
 * its message linked with aria-describedby.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const signIn = useSignIn();
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});

  const serverFieldErrors: FieldErrors = {};
  if (isApiError(signIn.error)) {
    for (const issue of signIn.error.issues) {
      const field = issue.path.split(/[.[]/)[0];
      if (field === 'email' || field === 'password') serverFieldErrors[field] ??= issue.message[language] || issue.message.en;
    }
  }
  const fieldErrors: FieldErrors = { ...serverFieldErrors, ...localErrors };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const errors: FieldErrors = {};
    if (!email) errors.email = t('signIn.error.emailRequired');
    if (!password) errors.password = t('signIn.error.passwordRequired');
    setLocalErrors(errors);
    if (errors.email) {
      emailRef.current?.focus();
      return;
    }
    if (errors.password) {
      passwordRef.current?.focus();
      return;
    }
    // On success the session changes and the sign-in page sends the user on.
    signIn.mutate({ email, password });
  }

  const emailErrorId = `${id}-email-error`;
  const passwordErrorId = `${id}-password-error`;
  const alertId = `${id}-alert`;
  const hasAlert = signIn.isError;

  return (
    <form className="form sign-in-form" noValidate onSubmit={handleSubmit} aria-describedby={hasAlert ? alertId : undefined}>
      {hasAlert ? <ErrorAlert error={signIn.error} isFocused id={alertId} /> : null}
      <div className="form-field">
        <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? emailErrorId : undefined}
        />
        {fieldErrors.email ? (
          <p className="field-error" id={emailErrorId}>
            {fieldErrors.email}
          </p>
        ) : null}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? passwordErrorId : undefined}
        />
        {fieldErrors.password ? (
          <p className="field-error" id={passwordErrorId}>
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={signIn.isPending}>
          {t('signIn.submit')}
        </button>
        {signIn.isPending ? (
          <span role="status" className="muted">
            {t('signIn.pending')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
