import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../i18n.js';
import { useChooseLanguage } from '../../auth/queries.js';
import { useLanguage } from '../use-language.js';

/** A labelled select that switches the UI language (and saves it on the account when signed in). */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useLanguage();
  const chooseLanguage = useChooseLanguage();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) void chooseLanguage(next);
        }}
      >
        <option value="en" lang="en">
          {t('language.option.en')}
        </option>
        <option value="ja" lang="ja">
          {t('language.option.ja')}
        </option>
      </select>
    </div>
  );
}
