import { describe, expect, it } from 'vitest';
import type { Proposal, Team } from '../model.js';
import { canChangeDocuments, cleanFilename } from './document-rules.js';

const team = (role: Team['role'], pi: string, members: string[] = []): Team => ({ role, country: 'JP', pi, members, budget: [], funding: [] });
const proposal: Pick<Proposal, 'teams'> = { teams: [team('lead', 'lead-pi', ['lead-member']), team('partner', 'partner-pi', ['partner-member'])] };

describe('who may change documents', () => {
  it('gives the common part to the lead PI and each team part to that team', () => {
    expect(canChangeDocuments('lead-pi', proposal, null)).toBe(true);
    expect(canChangeDocuments('lead-pi', proposal, 0)).toBe(true);
    expect(canChangeDocuments('lead-pi', proposal, 1)).toBe(false);
    expect(canChangeDocuments('partner-pi', proposal, 1)).toBe(true);
    expect(canChangeDocuments('partner-member', proposal, 1)).toBe(true);
    expect(canChangeDocuments('partner-pi', proposal, null)).toBe(false);
    expect(canChangeDocuments('partner-pi', proposal, 0)).toBe(false);
    expect(canChangeDocuments('stranger', proposal, 1)).toBe(false);
    expect(canChangeDocuments(null, proposal, null)).toBe(false);
  });
});

describe('file names', () => {
  it('keeps the last path segment without control characters or quotes', () => {
    expect(cleanFilename('C:\\Users\\claire\\CV "2026".pdf')).toBe('CV 2026.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('研究計画書\n.pdf')).toBe('研究計画書.pdf');
    expect(cleanFilename('  ')).toBe('document.pdf');
    expect(cleanFilename('dir/..')).toBe('document.pdf');
  });

  it('cuts a long name to 150 characters and keeps its extension', () => {
    const cut = cleanFilename(`${'a'.repeat(300)}.pdf`);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith('.pdf')).toBe(true);
  });
});
