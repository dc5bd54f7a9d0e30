import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../language/use-language.js';
import { orderBilingual, type BilingualValue } from '../bilingual.js';

/** User content in the reader's language (else the other one), marked with its `lang`. */
export function LocalText({ value }: { value: BilingualValue | null | undefined }) {
  const language = useLanguage();
  const { primary } = orderBilingual(value, language);
  if (!primary) return null;
  return <span lang={primary.lang}>{primary.text}</span>;
}

/**
 * The same content in the other language, when it exists, marked with `lang` and introduced by the
 * language's name so that sighted readers see the switch too.
 */
export function OtherLanguageText({ value, className }: { value: BilingualValue | null | undefined; className?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { other } = orderBilingual(value, language);
  if (!other) return null;
  return (
    <p className={className ? `other-language ${className}` : 'other-language'}>
      <span className="language-tag">{other.lang === 'en' ? t('language.name.en') : t('language.name.ja')}</span>
      <span lang={other.lang}>{other.text}</span>
    </p>
  );
}

/** Long user text (an abstract): the reader's language first, the other language after it. */
export function BilingualParagraphs({ value }: { value: BilingualValue | null | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { primary, other } = orderBilingual(value, language);
  if (!primary) return null;
  return (
    <div className="bilingual-text">
      <p lang={primary.lang} className="prewrap">
        {primary.text}
      </p>
      {other ? (
        <div className="other-language">
          <p className="language-tag">{other.lang === 'en' ? t('language.name.en') : t('language.name.ja')}</p>
          <p lang={other.lang} className="prewrap">
            {other.text}
          </p>
        </div>
      ) : null}
    </div>
  );
}
