import type { TFunction } from 'i18next';
import { isApiError } from '../../api-client.js';
import type { Language } from '../../i18n.js';
import { errorCodeLabel } from './labels.js';

/** What went wrong, in the reader's language: the server's own message when it sent one. */
export function errorText(t: TFunction, error: unknown, language: Language): string {
  if (!isApiError(error)) return errorCodeLabel(t, 'UNKNOWN');
  const message = error.serverMessage;
  const own = message?.[language]?.trim();
  if (own) return own;
  return errorCodeLabel(t, error.code);
}
