/** What an applicant or officer narrows the calls list by. */
export type CallFilter = {
  status?: string | undefined;
  field?: string | undefined;
  /** Any side's agency, or an agency a side accepts as funder. */
  agency?: string | undefined;
  /** The country of an agency on a partner side. */
  partnerCountry?: string | undefined;
  /** Some side's deadline lies in [deadlineFrom, deadlineTo]. */
  deadlineFrom?: Date | undefined;
  deadlineTo?: Date | undefined;
};

export type FilterableCall = {
  status: string;
  fields: readonly string[];
  sides: ReadonlyArray<{ role: 'lead' | 'partner'; agencies: readonly string[]; deadline: string | null }>;
};

/** Whether a call passes every condition of the filter (an absent condition passes). */
export function matchesCallFilter(call: FilterableCall, filter: CallFilter, countryOf: (agency: string) => string | undefined): boolean {
  if (filter.status && call.status !== filter.status) return false;
  if (filter.field && !call.fields.includes(filter.field)) return false;
  if (filter.agency && !call.sides.some((side) => side.agencies.includes(filter.agency as string))) return false;
  if (filter.partnerCountry) {
    const isPartnerCountry = call.sides.some((side) => side.role === 'partner' && side.agencies.some((agency) => countryOf(agency) === filter.partnerCountry));
    if (!isPartnerCountry) return false;
  }
  if (filter.deadlineFrom || filter.deadlineTo) {
    const from = filter.deadlineFrom?.getTime() ?? Number.NEGATIVE_INFINITY;
    const to = filter.deadlineTo?.getTime() ?? Number.POSITIVE_INFINITY;
    const isInWindow = call.sides.some((side) => {
      if (!side.deadline) return false;
      const deadline = new Date(side.deadline).getTime();
      return deadline >= from && deadline <= to;
    });
    if (!isInWindow) return false;
  }
  return true;
}
