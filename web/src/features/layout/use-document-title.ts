import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab's title to the page name and the product name, in the reader's language. */
export function useDocumentTitle(page: string | null | undefined): void {
  const { t } = useTranslation();
  const title = page ? t('app.documentTitle', { page }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
