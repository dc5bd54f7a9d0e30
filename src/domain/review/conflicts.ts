/**
 * Conflicts of interest between an agency's reviewers and a call's proposals (the review issue):
 * `declared`, `team_member`, `institution` (both affiliated with one organisation at some time
 * within the window, not necessarily together) and `coauthor` (authors of one publication dated
 * within the window). Windows are per call; the defaults are 3 and 5 years.
 */
export type ConflictReason = 'declared' | 'team_member' | 'institution' | 'coauthor';

export type ConflictWindows = { institutionYears: number; coauthorYears: number };

export const DEFAULT_CONFLICT_WINDOWS: ConflictWindows = { institutionYears: 3, coauthorYears: 5 };

export type AffiliationSpan = { organisation: string; from: string; to: string | null };

export type ConflictInput = {
  /** The call's opening day (`YYYY-MM-DD`) in its lead agency's time zone. */
  openingDate: string;
  windows: ConflictWindows;
  /** Each proposal with every PI and member of every team. */
  proposals: ReadonlyArray<{ ref: string; people: readonly string[] }>;
  /** Each reviewer (person ref) with the proposals they declared a conflict with. */
  reviewers: ReadonlyArray<{ person: string; declared: readonly string[] }>;
  affiliations: ReadonlyMap<string, readonly AffiliationSpan[]>;
  publications: ReadonlyArray<{ year: number; authors: readonly string[] }>;
};

export type Conflict = { proposal: string; reviewer: string; reasons: ConflictReason[] };

/** `YYYY-MM-DD` minus whole years (29 February falls back to the 28th). */
function minusYears(date: string, years: number): string {
  const [year, month, day] = date.split('-');
  const shifted = `${String(Number(year) - years).padStart(4, '0')}-${month}-${day}`;
  return month === '02' && day === '29' && !isLeapYear(Number(year) - years) ? shifted.replace(/-29$/, '-28') : shifted;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Organisations a person was affiliated with at some time in [windowStart, openingDate]:
 * an affiliation that ended on the window's first day still counts; one that began after the
 * opening does not. Calendar dates compare as text in ISO form.
 */
function organisationsInWindow(spans: readonly AffiliationSpan[] | undefined, windowStart: string, openingDate: string): Set<string> {
  const organisations = new Set<string>();
  for (const span of spans ?? []) {
    const endsInOrAfterWindow = span.to === null || span.to >= windowStart;
    const beganByOpening = span.from <= openingDate;
    if (endsInOrAfterWindow && beganByOpening) organisations.add(span.organisation);
  }
  return organisations;
}

/**
 * Every conflicted (proposal, reviewer) pair once, with every reason that holds, ordered by
 * proposal then reviewer as given. Pure: the caller loads people, affiliations and publications.
 */
export function detectConflicts(input: ConflictInput): Conflict[] {
  const windowStart = minusYears(input.openingDate, input.windows.institutionYears);
  const openingYear = Number(input.openingDate.slice(0, 4));
  const firstCoauthorYear = openingYear - input.windows.coauthorYears + 1;

  const organisationsOf = new Map<string, Set<string>>();
  const organisations = (person: string): Set<string> => {
    let found = organisationsOf.get(person);
    if (!found) {
      found = organisationsInWindow(input.affiliations.get(person), windowStart, input.openingDate);
      organisationsOf.set(person, found);
    }
    return found;
  };

  const reviewerPeople = new Set(input.reviewers.map((reviewer) => reviewer.person));
  const coauthorsOf = new Map<string, Set<string>>();
  for (const publication of input.publications) {
    if (publication.year < firstCoauthorYear || publication.year > openingYear) continue;
    for (const author of publication.authors) {
      if (!reviewerPeople.has(author)) continue;
      let coauthors = coauthorsOf.get(author);
      if (!coauthors) coauthorsOf.set(author, (coauthors = new Set()));
      for (const other of publication.authors) if (other !== author) coauthors.add(other);
    }
  }

  const conflicts: Conflict[] = [];
  for (const proposal of input.proposals) {
    for (const reviewer of input.reviewers) {
      const reasons: ConflictReason[] = [];
      if (reviewer.declared.includes(proposal.ref)) reasons.push('declared');
      if (proposal.people.includes(reviewer.person)) reasons.push('team_member');
      const others = proposal.people.filter((person) => person !== reviewer.person);
      const reviewerOrganisations = organisations(reviewer.person);
      if (reviewerOrganisations.size > 0 && others.some((person) => [...organisations(person)].some((organisation) => reviewerOrganisations.has(organisation)))) {
        reasons.push('institution');
      }
      const coauthors = coauthorsOf.get(reviewer.person);
      if (coauthors && others.some((person) => coauthors.has(person))) reasons.push('coauthor');
      if (reasons.length > 0) conflicts.push({ proposal: proposal.ref, reviewer: reviewer.person, reasons });
    }
  }
  return conflicts;
}
