import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode, suggestCountryCode } from './country.js';

describe('countries', () => {
  it('accepts assigned ISO 3166-1 alpha-2 codes only', () => {
    expect(isCountryCode('GB')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('jp')).toBe(false);
  });

  it('suggests what the user meant', () => {
    expect(suggestCountryCode('UK')).toBe('GB');
    expect(suggestCountryCode('USA')).toBe('US');
    expect(suggestCountryCode('DEU')).toBe('DE');
    expect(suggestCountryCode('jp')).toBe('JP');
    expect(suggestCountryCode('France')).toBe('FR');
    expect(suggestCountryCode('ZZ')).toBeUndefined();
  });

  it('names countries in both languages', () => {
    expect(countryName('JP', 'en')).toBe('Japan');
    expect(countryName('JP', 'ja')).toBe('日本');
  });
});
