import { describe, expect, it } from 'vitest';
import { stemEnglish } from './english-stem.js';

describe('stemEnglish', () => {
  it.each([
    ['materials', 'material'],
    ['networks', 'network'],
    ['batteries', 'battery'],
    ['studies', 'study'],
    ['approaches', 'approach'],
    ['boxes', 'box'],
    ['classes', 'class'],
    ['meshes', 'mesh'],
    ['ties', 'tie'],
  ])('turns the plural %s into %s', (plural, singular) => {
    expect(stemEnglish(plural)).toBe(singular);
  });

  it.each(['quantum', 'sensing', 'class', 'status', 'analysis', 'campus', 'series', 'species', 'physics', 'gas'])('keeps %s as it is', (word) => {
    expect(stemEnglish(word)).toBe(word);
  });

  it('makes singular and plural meet', () => {
    expect(stemEnglish('battery')).toBe(stemEnglish('batteries'));
    expect(stemEnglish('network')).toBe(stemEnglish('networks'));
  });
});
