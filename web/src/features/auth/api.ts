import type { z } from 'zod';
import type { LoginBodySchema, SessionResponseSchema } from '../../../../src/contracts/api.schemas.js';
import { apiRequest, isApiError } from '../../api-client.js';
import type { Language } from '../../i18n.js';

export type SessionResponse = z.infer<typeof SessionResponseSchema>;
export type CurrentUser = SessionResponse['user'];
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** The current session, or null when nobody is signed in (401). */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    return await apiRequest<SessionResponse>('/api/auth/me');
  } catch (error) {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

/** Signs in; throws ApiError INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS or VALIDATION_FAILED. */
export function signIn(body: LoginBody): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/api/auth/login', { method: 'POST', body });
}

/** Ends the session on the server. */
export function signOut(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST' });
}

/** Saves the user's language, so that mail and the next sign-in use it too. */
export function updateLocale(locale: Language): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/api/auth/me', { method: 'PATCH', body: { locale } });
}
