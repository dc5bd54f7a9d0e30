import { describe, expect, it } from 'vitest';
import type { DraftView } from './api.js';
import { adoptNewRefs, emptyDirty, formFromView, hasChanges, saveBody } from './editor-form.js';

function view(editable: DraftView['editable']): DraftView {
  return {
    proposal: {
      ref: 'C-D0001', call: 'C', field: 'quantum', title: { en: 'Quantum' }, keywords: ['a'], durationMonths: 36, status: 'draft', exchanges: [],
      teams: [
        { role: 'lead', agency: 'JST', country: 'JP', pi: 'p1', members: [], budget: [], funding: [] },
        { role: 'partner', agency: 'ANR', country: 'FR', pi: 'C-D0001.PI1', members: ['p9'], budget: [], funding: [{ agency: 'ANR' }] },
      ],
    },
    people: [
      { ref: 'p1', name: { en: 'Haruka' }, email: null, orcid: null, phdYear: null, organisation: null, isEditable: false },
      { ref: 'C-D0001.PI1', name: { en: 'Partner PI' }, email: null, orcid: null, phdYear: null, organisation: null, isEditable: true },
      { ref: 'p9', name: { en: 'Known' }, email: null, orcid: null, phdYear: null, organisation: null, isEditable: false },
    ],
    version: 4, createdAt: '', updatedAt: '', withdrawnAt: null, receipt: null, editable, canSubmit: false, canWithdraw: false,
    call: { code: 'C', title: { en: 'C' }, status: 'open', fields: ['quantum'], durationMonths: null, sides: [] },
    eligibility: { eligible: true, failures: [] }, serverTime: '2026-05-01T00:00:00Z',
  };
}

describe('saveBody', () => {
  it('sends only changed parts the reader may edit, with the version they hold', () => {
    const partner = view({ common: false, teams: [1] });
    const form = formFromView(partner);
    form.title.en = 'Changed';
    const dirty = emptyDirty();
    dirty.common.add('title');
    dirty.teams.add(0);
    dirty.teams.add(1);
    const body = saveBody(form, dirty, partner);
    expect(body.version).toBe(4);
    expect(body.title).toBeUndefined();
    expect(body.teams?.map((team) => team.index)).toEqual([1]);
    expect(body.teams?.[0]?.pi?.ref).toBe('C-D0001.PI1');
    expect(body.teams?.[0]?.members?.[0]?.ref).toBe('p9');
  });

  it('splits keywords on commas in either script and reports whether anything changed', () => {
    const lead = view({ common: true, teams: [0] });
    const form = formFromView(lead);
    form.keywords = 'NV centre、量子, sensing';
    const dirty = emptyDirty();
    expect(hasChanges(saveBody(form, dirty, lead))).toBe(false);
    dirty.common.add('keywords');
    expect(saveBody(form, dirty, lead).keywords).toEqual(['NV centre', '量子', 'sensing']);
  });
});

describe('adoptNewRefs', () => {
  it('gives new members the refs the server assigned, by position', () => {
    const lead = view({ common: true, teams: [0] });
    const form = formFromView(lead);
    form.teams[0]!.members = [{ name: { en: 'New person' } }];
    const saved = view({ common: true, teams: [0] });
    saved.proposal.teams[0]!.members = ['C-D0001.PABC'];
    expect(adoptNewRefs(form, saved).teams[0]!.members[0]!.ref).toBe('C-D0001.PABC');
  });
});
