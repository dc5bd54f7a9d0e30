import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { i18n, readStoredLanguage } from '../../i18n.js';
import type { SessionResponse } from './api.js';
import { saveAccountLanguage, sessionQueryKey, useSession } from './queries.js';

/**
 * Aligns the UI language with the account once per signed-in user. A language chosen in this
 * browser wins and is saved on the account; without one, the account's language is used.
 */
export function useSessionLanguage(): void {
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const alignedUser = useRef<string | null>(null);
  const user = session?.user;

  useEffect(() => {
    if (!user) {
      alignedUser.current = null;
      return;
    }
    if (alignedUser.current === user.id) return;
    alignedUser.current = user.id;
    const stored = readStoredLanguage();
    if (!stored) {
      if (i18n.resolvedLanguage !== user.locale) void i18n.changeLanguage(user.locale);
      return;
    }
    if (stored !== user.locale) {
      void saveAccountLanguage(stored).then((updated) => {
        if (updated) queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, updated);
      });
    }
  }, [user, queryClient]);
}
