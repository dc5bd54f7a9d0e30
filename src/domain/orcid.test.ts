import { describe, expect, it } from 'vitest';
import { isValidOrcid, orcidCheckCharacter } from './orcid.js';

describe('ORCID', () => {
  it('accepts iDs with a correct ISO 7064 MOD 11-2 check character', () => {
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
    expect(orcidCheckCharacter('000000021694233')).toBe('X');
  });

  it('rejects a wrong check digit, a typo and a wrong shape', () => {
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
    expect(isValidOrcid('0000-0002-1852-0097')).toBe(false);
    expect(isValidOrcid('0000000218250097')).toBe(false);
    expect(isValidOrcid('https://orcid.org/0000-0002-1825-0097')).toBe(false);
  });
});
