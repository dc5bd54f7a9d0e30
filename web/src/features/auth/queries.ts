import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api-client.js';
import { chooseLanguage, type Language } from '../../i18n.js';
import { fetchSession, signIn, signOut, updateLocale, type LoginBody, type SessionResponse } from './api.js';

export const sessionQueryKey = ['session'] as const;

/** The signed-in user and their CSRF token (null when signed out), fetched once per visit. */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: async () => {
      const session = await fetchSession();
      setCsrfToken(session?.csrfToken ?? null);
      return session;
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Signs in and stores the new session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => signIn(body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Data fetched while signed out (or as someone else) must not be shown to this user.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, session);
    },
  });
}

/** Signs out and forgets every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => signOut(),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, null);
    },
  });
}

/**
 * Switches the UI language, remembers it in this browser and, when someone is signed in, saves
 * it on their account. A failure to save is not shown: the page is already in the chosen language.
 */
export function useChooseLanguage() {
  const queryClient = useQueryClient();
  return async (language: Language): Promise<void> => {
    await chooseLanguage(language);
    const session = queryClient.getQueryData<SessionResponse | null>(sessionQueryKey);
    if (!session || session.user.locale === language) return;
    try {
      const updated = await updateLocale(language);
      queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, updated);
    } catch {
      // Kept locally; the account keeps its previous language until the next successful change.
    }
  };
}

/** Saves the language on the account without changing the UI (used to align the two). */
export async function saveAccountLanguage(language: Language): Promise<SessionResponse | null> {
  try {
    return await updateLocale(language);
  } catch {
    return null;
  }
}
