import { describe, expect, it } from 'vitest';
import { countryName } from './countries.js';

describe('countryName', () => {
  it('names countries in the reader language', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('DE', 'ja')).toBe('ドイツ');
    expect(countryName('gb', 'en')).toBe('United Kingdom');
  });

  it('returns the code when it is not a region, and empty for nothing', () => {
    expect(countryName('ZZ1', 'en')).toBe('ZZ1');
    expect(countryName(null, 'en')).toBe('');
  });
});
