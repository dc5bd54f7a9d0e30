import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../i18n.js';

/** The reader's current language; components re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}
