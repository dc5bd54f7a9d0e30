import { z } from 'zod';
import { isCountryCode, suggestCountryCode } from '../domain/country.js';
import { isCurrencyCode } from '../domain/money.js';
import { isValidOrcid } from '../domain/orcid.js';
import { isCalendarDate, isInstantWithOffset, isMonthDay, isTimeZone } from '../domain/time.js';

/**
 * Schemas shared by the bundle, the API and the CLI. Custom checks attach their Japanese text in
 * `params.ja` so that every problem can be shown in both languages (see `render-issues.ts`).
 */
type RefinementContext = { addIssue: (issue: { code: 'custom'; message: string; params: { ja: string } }) => void };

export function addBilingualIssue(ctx: RefinementContext, en: string, ja: string): void {
  ctx.addIssue({ code: 'custom', message: en, params: { ja } });
}

export const CodeSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'Use letters, digits and _ . : - only, starting with a letter or digit')
  .describe('A code or ref, unique within its list; letters, digits and _ . : -');

export const BilingualTextSchema = z
  .strictObject({
    en: z.string().max(20000).nullish().describe('English text'),
    ja: z.string().max(20000).nullish().describe('Japanese text'),
  })
  .superRefine((text, ctx) => {
    if (!text.en?.trim() && !text.ja?.trim()) {
      addBilingualIssue(ctx, 'Give the text in English ("en") or Japanese ("ja"), or both', '英語（"en"）か日本語（"ja"）、またはその両方で入力してください');
    }
  })
  .describe('Text users read, in English and/or Japanese (at least one)');

export const CountryCodeSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (isCountryCode(value)) return;
    const suggestion = suggestCountryCode(value);
    const hintEn = suggestion ? `; did you mean "${suggestion}"?` : '';
    const hintJa = suggestion ? `。"${suggestion}" ではありませんか？` : '';
    addBilingualIssue(
      ctx,
      `"${value}" is not an ISO 3166-1 alpha-2 code${hintEn}`,
      `"${value}" は ISO 3166-1 alpha-2 の国コードではありません${hintJa}`,
    );
  })
  .describe('ISO 3166-1 alpha-2 country code, e.g. JP, US, GB');

export const CurrencyCodeSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isCurrencyCode(value)) {
      addBilingualIssue(ctx, `"${value}" is not an ISO 4217 currency code (e.g. JPY, USD, EUR)`, `"${value}" は ISO 4217 の通貨コード（JPY、USD、EUR など）ではありません`);
    }
  })
  .describe('ISO 4217 currency code, e.g. JPY, EUR');

export const MoneySchema = z
  .strictObject({
    amount: z
      .number()
      .refine(Number.isSafeInteger, {
        message: 'The amount must be a whole number in the currency\'s minor unit (¥26,000,000 is 26000000; €1,250.50 is 125050)',
        params: { ja: '金額は通貨の最小単位の整数で指定してください（2,600万円は 26000000、1,250.50ユーロは 125050）' },
      })
      .describe('Integer amount in the currency\'s minor unit'),
    currency: CurrencyCodeSchema,
  })
  .describe('An exact amount of money');

export const InstantSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isInstantWithOffset(value)) {
      addBilingualIssue(ctx, `"${value}" is not an ISO 8601 date-time with an offset (e.g. 2022-11-30T12:00:00+09:00)`, `"${value}" はオフセット付きの ISO 8601 日時（例: 2022-11-30T12:00:00+09:00）ではありません`);
    }
  })
  .describe('An instant: ISO 8601 date-time with offset');

export const CalendarDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value)) {
      addBilingualIssue(ctx, `"${value}" is not a date written YYYY-MM-DD`, `"${value}" は YYYY-MM-DD 形式の日付ではありません`);
    }
  })
  .describe('A calendar date, YYYY-MM-DD');

export const TimeZoneSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isTimeZone(value)) {
      addBilingualIssue(ctx, `"${value}" is not an IANA time zone (e.g. Asia/Tokyo, Europe/Paris)`, `"${value}" は IANA のタイムゾーン（例: Asia/Tokyo、Europe/Paris）ではありません`);
    }
  })
  .describe('IANA time zone name');

export const MonthDaySchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isMonthDay(value)) {
      addBilingualIssue(ctx, `"${value}" is not a month and day written MM-DD (e.g. 04-01)`, `"${value}" は MM-DD 形式の月日（例: 04-01）ではありません`);
    }
  })
  .describe('Month and day, MM-DD');

export const OrcidSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isValidOrcid(value)) {
      addBilingualIssue(
        ctx,
        `"${value}" is not a valid ORCID iD (16 digits as 0000-0000-0000-000X with a correct check digit)`,
        `"${value}" は有効な ORCID iD（0000-0000-0000-000X 形式、検査数字が正しいもの）ではありません`,
      );
    }
  })
  .describe('ORCID iD, e.g. 0000-0002-1825-0097 (checksum validated)');

const ROR_PATTERN = /^https:\/\/ror\.org\/0[a-hj-km-np-tv-z0-9]{6}\d{2}$/;

export const RorSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!ROR_PATTERN.test(value)) {
      addBilingualIssue(ctx, `"${value}" is not a ROR ID: write https://ror.org/ followed by its 9 characters`, `"${value}" は ROR ID ではありません。https://ror.org/ に続く9文字で指定してください`);
    }
  })
  .describe('ROR identifier URL');

export const FieldCodeSchema = CodeSchema.describe('A research field code, e.g. quantum, ai_info');
