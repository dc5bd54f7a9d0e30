import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './sign-in-path.js';

describe('signInPath', () => {
  it('returns to the page afterwards', () => {
    expect(signInPath('/calls/ASPIRE-2022-TRIAL/proposals?page=2')).toBe('/login?next=%2Fcalls%2FASPIRE-2022-TRIAL%2Fproposals%3Fpage%3D2');
    expect(signInPath('/')).toBe('/login');
    expect(signInPath('/login?next=%2Fcalls')).toBe('/login');
  });
});

describe('safeNextPath', () => {
  it('accepts paths on this site only', () => {
    expect(safeNextPath('/proposals?status=draft')).toBe('/proposals?status=draft');
    expect(safeNextPath(null)).toBe('/calls');
    expect(safeNextPath('//evil.example/x')).toBe('/calls');
    expect(safeNextPath('/\\evil.example')).toBe('/calls');
    expect(safeNextPath('https://evil.example')).toBe('/calls');
    expect(safeNextPath('/login')).toBe('/calls');
  });
});
