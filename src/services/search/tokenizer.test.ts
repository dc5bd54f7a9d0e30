import { beforeAll, describe, expect, it } from 'vitest';
import { joinGroup, loadTokenizer, type TextTokenizer } from './tokenizer.js';

let tokenizer: TextTokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer();
}, 30_000);

describe('Japanese', () => {
  it('splits a compound noun into its parts and also keeps the compound', () => {
    expect(tokenizer.groups('量子コンピュータ')).toEqual([['量子', 'コンピュータ']]);
    expect(tokenizer.tokens('量子コンピュータ')).toEqual(['量子', 'コンピュータ', '量子コンピュータ']);
  });

  it('lets 量子 and 研究 be found inside 量子コンピュータ and 研究者', () => {
    expect(tokenizer.tokens('量子コンピュータ')).toEqual(expect.arrayContaining(tokenizer.tokens('量子')));
    expect(tokenizer.tokens('研究者')).toEqual(expect.arrayContaining(['研究', '研究者']));
    expect(tokenizer.tokens('研究')).toEqual(['研究']);
  });

  it('uses base forms of inflected verbs and adjectives', () => {
    expect(tokenizer.tokens('東京へ行った')).toEqual(['東京', '行く']);
    expect(tokenizer.tokens('美しかった')).toEqual(['美しい']);
    expect(tokenizer.tokens('量子コンピュータを用いた')).toContain('用いる');
  });

  it('drops particles, auxiliaries, symbols and light verbs', () => {
    expect(tokenizer.tokens('若手研究者の交流を伴う国際共同研究を行うことができる。')).toEqual([
      '若手',
      '研究',
      '者',
      '交流',
      '伴う',
      '国際',
      '共同',
      '行う',
      '若手研究者',
      '国際共同研究',
    ]);
  });

  it('keeps a prefix with the noun it belongs to, but not alone', () => {
    expect(tokenizer.groups('次世代半導体の高効率化')).toEqual([['次世代', '半導体'], ['高', '効率', '化']]);
  });

  it('treats katakana words with and without the final long-vowel mark alike', () => {
    expect(tokenizer.tokens('コンピューター')).toEqual(tokenizer.tokens('コンピュータ'));
  });
});

describe('English and mixed text', () => {
  it('lowercases words, drops stop words and removes plural endings', () => {
    expect(tokenizer.tokens('The Quantum Sensing of Battery Materials')).toEqual(['quantum', 'sensing', 'battery', 'material']);
    expect(tokenizer.tokens('batteries')).toEqual(tokenizer.tokens('battery'));
  });

  it('keeps hyphenated words and references together as one group', () => {
    expect(tokenizer.groups('early-career researchers')).toEqual([['early', 'career'], ['researcher']]);
    expect(tokenizer.groups('ASP22-038')).toEqual([['asp22', '038']]);
    expect(joinGroup(['asp22', '038'])).toBe('asp22038');
  });

  it('handles mixed Japanese and English, full-width letters and digits', () => {
    expect(tokenizer.tokens('Quantum sensing と量子もつれ')).toEqual(expect.arrayContaining(['quantum', 'sensing', '量子']));
    expect(tokenizer.tokens('ＡＩ技術と５Ｇ通信')).toEqual(['ai', '技術', '5g', '通信']);
  });

  it('gives nothing for text without words', () => {
    expect(tokenizer.tokens('— 。、！ the of')).toEqual([]);
  });
});
