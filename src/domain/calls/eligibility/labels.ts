import { pickText } from '../../bilingual-text.js';
import { formatMoney, type Money } from '../../money.js';
import type { EligibilityPerson, LocalisedValue } from './types.js';

/** A person as messages name them: name and ref in each language (`Haruka Tanabe (p1)`, `田辺 遥（p1）`). */
export function personLabel(people: ReadonlyMap<string, EligibilityPerson>, ref: string): LocalisedValue {
  const person = people.get(ref);
  const en = person ? pickText(person.name, 'en') : '';
  const ja = person ? pickText(person.name, 'ja') : '';
  return { en: en ? `${en} (${ref})` : ref, ja: ja ? `${ja}（${ref}）` : ref };
}

/** An amount written for each language through Intl (`€162,500.00`, `€162,500.00` / `￥15,000,000`). */
export function moneyLabel(money: Money): LocalisedValue {
  try {
    return { en: formatMoney(money, 'en'), ja: formatMoney(money, 'ja') };
  } catch {
    // A stored currency the runtime does not know still has to be named in the message.
    const plain = `${money.amount} ${money.currency}`;
    return { en: plain, ja: plain };
  }
}

/**
 * An instant read in a zone for each language, to the second and naming the zone: a deadline
 * missed by one second must show that second.
 */
export function instantLabel(instant: Date, timezone: string): LocalisedValue {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone: timezone,
      timeZoneName: 'short',
    }).format(instant);
  return { en: format('en'), ja: format('ja') };
}
