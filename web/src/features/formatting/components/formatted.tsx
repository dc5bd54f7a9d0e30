import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../language/use-language.js';
import { countryName } from '../countries.js';
import { formatMoney, type MoneyValue } from '../money.js';
import { formatDateInZone, formatInstantInZone, readerTimeZone } from '../time.js';

/** An instant as read in `timeZone` (an agency's zone), naming the zone: "Nov 30, 2022, 12:00 PM GMT+9 (Asia/Tokyo)". */
export function InstantInZone({ iso, timeZone }: { iso: string; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = formatInstantInZone(iso, timeZone, language);
  if (!text) return <span>{iso}</span>;
  return <time dateTime={iso}>{t('time.inZone', { time: text, zone: timeZone })}</time>;
}

/** A date as read in `timeZone`. */
export function DateInZone({ iso, timeZone }: { iso: string; timeZone: string }) {
  const language = useLanguage();
  const text = formatDateInZone(iso, timeZone, language);
  return <time dateTime={iso}>{text ?? iso}</time>;
}

/** Money from its exact minor-unit amount, in the reader's locale. */
export function MoneyText({ money }: { money: MoneyValue }) {
  const language = useLanguage();
  return <span className="money">{formatMoney(money, language)}</span>;
}

/** A whole number in the reader's locale. */
export function CountText({ value }: { value: number }) {
  const language = useLanguage();
  return <>{new Intl.NumberFormat(language).format(value)}</>;
}

/** A country's name in the reader's language. */
export function CountryText({ code }: { code: string | null }) {
  const language = useLanguage();
  if (!code) return null;
  return <span title={code}>{countryName(code, language)}</span>;
}

/** An instant that belongs to no agency (a submission time), in the reader's own zone, named. */
export function LocalInstant({ iso }: { iso: string }) {
  const language = useLanguage();
  const text = formatInstantInZone(iso, readerTimeZone(), language);
  return <time dateTime={iso}>{text ?? iso}</time>;
}
