import { describe, expect, it } from 'vitest';
import { orderBilingual, pickBilingual } from './bilingual.js';

describe('orderBilingual', () => {
  const title = { en: 'Quantum networks', ja: '量子ネットワーク' };

  it('puts the reader language first and marks both', () => {
    expect(orderBilingual(title, 'ja')).toEqual({ primary: { text: '量子ネットワーク', lang: 'ja' }, other: { text: 'Quantum networks', lang: 'en' } });
    expect(orderBilingual(title, 'en')).toEqual({ primary: { text: 'Quantum networks', lang: 'en' }, other: { text: '量子ネットワーク', lang: 'ja' } });
  });

  it('falls back to the other language, marked as such', () => {
    expect(orderBilingual({ ja: '量子', en: null }, 'en')).toEqual({ primary: { text: '量子', lang: 'ja' }, other: null });
    expect(orderBilingual({ en: '  ', ja: '量子' }, 'en').primary).toEqual({ text: '量子', lang: 'ja' });
  });

  it('does not repeat identical text', () => {
    expect(orderBilingual({ en: 'ASPIRE', ja: 'ASPIRE' }, 'ja')).toEqual({ primary: { text: 'ASPIRE', lang: 'ja' }, other: null });
  });

  it('handles missing text', () => {
    expect(orderBilingual(null, 'en')).toEqual({ primary: null, other: null });
    expect(pickBilingual(undefined, 'ja')).toBe('');
    expect(pickBilingual(title, 'ja')).toBe('量子ネットワーク');
  });
});
