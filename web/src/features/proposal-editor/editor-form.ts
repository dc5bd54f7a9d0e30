import type { DraftPerson, DraftView, PersonInput, SaveDraftBody, TeamChanges } from './api.js';

/**
 * The editor's working copy of a draft and the request body that saves it: only the parts the
 * reader may edit and has changed are sent, so a partner PI's autosave never touches the lead
 * side's parts (the server would refuse it anyway).
 */
export type TeamForm = { country: string; pi: PersonInput | null; members: PersonInput[]; budget: NonNullable<TeamChanges['budget']>; funding: NonNullable<TeamChanges['funding']> };

export type EditorForm = {
  title: { en: string; ja: string };
  abstract: { en: string; ja: string };
  keywords: string;
  field: string;
  durationMonths: string;
  exchanges: NonNullable<SaveDraftBody['exchanges']>;
  teams: TeamForm[];
};

export type DirtyParts = { common: Set<keyof Omit<EditorForm, 'teams'>>; teams: Set<number> };

export function emptyDirty(): DirtyParts {
  return { common: new Set(), teams: new Set() };
}

function personInput(person: DraftPerson | undefined, ref: string): PersonInput {
  if (!person) return { ref, name: {} };
  return {
    ref: person.ref,
    name: { en: person.name.en ?? '', ja: person.name.ja ?? '' },
    email: person.email,
    orcid: person.orcid,
    phdYear: person.phdYear,
    organisation: person.organisation ? { name: { en: person.organisation.name.en ?? '', ja: person.organisation.name.ja ?? '' }, country: person.organisation.country, ror: person.organisation.ror } : null,
  };
}

/** The working copy of a draft as the server sent it. */
export function formFromView(view: DraftView): EditorForm {
  const people = new Map(view.people.map((person) => [person.ref, person]));
  const { proposal } = view;
  return {
    title: { en: proposal.title.en ?? '', ja: proposal.title.ja ?? '' },
    abstract: { en: proposal.abstract?.en ?? '', ja: proposal.abstract?.ja ?? '' },
    keywords: proposal.keywords.join(', '),
    field: proposal.field,
    durationMonths: proposal.durationMonths == null ? '' : String(proposal.durationMonths),
    exchanges: proposal.exchanges.map((exchange) => ({ ...exchange, purpose: exchange.purpose ? { en: exchange.purpose.en ?? '', ja: exchange.purpose.ja ?? '' } : null })),
    teams: proposal.teams.map((team) => ({
      country: team.country,
      pi: people.get(team.pi)?.isEditable ? personInput(people.get(team.pi), team.pi) : null,
      members: team.members.map((ref) => personInput(people.get(ref), ref)),
      budget: team.budget,
      funding: team.funding.map((funding) => ({ agency: funding.agency, grantId: funding.grantId ?? '' })),
    })),
  };
}

function cleanPerson(person: PersonInput): PersonInput {
  const organisation = person.organisation && (person.organisation.name.en?.trim() || person.organisation.name.ja?.trim()) ? { ...person.organisation, ror: person.organisation.ror?.trim() || null } : null;
  return {
    ...(person.ref ? { ref: person.ref } : {}),
    name: person.name,
    email: person.email?.trim() || null,
    orcid: person.orcid?.trim() || null,
    phdYear: person.phdYear ?? null,
    organisation,
  };
}

/** The save request for the changed, editable parts of `form`. */
export function saveBody(form: EditorForm, dirty: DirtyParts, view: DraftView): SaveDraftBody {
  const body: SaveDraftBody = { version: view.version };
  if (view.editable.common) {
    if (dirty.common.has('title')) body.title = form.title;
    if (dirty.common.has('abstract')) body.abstract = form.abstract;
    if (dirty.common.has('keywords')) body.keywords = form.keywords.split(/[,、，]/).map((keyword) => keyword.trim()).filter(Boolean);
    if (dirty.common.has('field')) body.field = form.field;
    if (dirty.common.has('durationMonths')) body.durationMonths = form.durationMonths.trim() ? Number(form.durationMonths) : null;
    if (dirty.common.has('exchanges')) body.exchanges = form.exchanges;
  }
  const teams = [...dirty.teams].filter((index) => view.editable.teams.includes(index));
  if (teams.length > 0) {
    body.teams = teams.flatMap((index) => {
      const team = form.teams[index];
      if (!team) return [];
      return [{ index, country: team.country, ...(team.pi ? { pi: cleanPerson(team.pi) } : {}), members: team.members.map(cleanPerson), budget: team.budget, funding: team.funding.map((funding) => ({ agency: funding.agency, grantId: funding.grantId?.trim() || null })) }];
    });
  }
  return body;
}

/** True when the body carries any change. */
export function hasChanges(body: SaveDraftBody): boolean {
  return Object.keys(body).some((key) => key !== 'version');
}

/**
 * After a save: new people got refs from the server. Copies them into the working copy by
 * position, so the next autosave updates those people instead of adding them again.
 */
export function adoptNewRefs(form: EditorForm, view: DraftView): EditorForm {
  return {
    ...form,
    teams: form.teams.map((team, index) => {
      const saved = view.proposal.teams[index];
      if (!saved) return team;
      return { ...team, members: team.members.map((member, position) => (member.ref ? member : { ...member, ref: saved.members[position] ?? null })) };
    }),
  };
}
