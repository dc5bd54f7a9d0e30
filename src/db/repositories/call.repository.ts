import type { BilingualText } from '../../domain/bilingual-text.js';
import type { Money } from '../../domain/money.js';
import type { Modality } from '../../domain/model.js';
import type { CallStatus } from '../../domain/calls/lifecycle.js';
import type { Executor } from '../database.js';

export type CallAccessRow = { id: number; code: string; modality: Modality; status: CallStatus; sideAgencies: string[] };

/** A call with the agencies of its sides (for access rules), or null when no call has the code. */
export async function findCallAccess(db: Executor, code: string): Promise<CallAccessRow | null> {
  const call = await db.selectFrom('calls').select(['id', 'code', 'modality', 'status']).where('code', '=', code).executeTakeFirst();
  if (!call) return null;
  const sides = await db
    .selectFrom('call_sides')
    .innerJoin('agencies', 'agencies.id', 'call_sides.agency_id')
    .select('agencies.code')
    .where('call_sides.call_id', '=', call.id)
    .orderBy('call_sides.position')
    .execute();
  return { ...call, sideAgencies: sides.map((side) => side.code) };
}

export type CallSideView = {
  role: 'lead' | 'partner';
  agencies: string[];
  deadline: string | null;
  timezone: string;
  reviews: boolean;
  budget: { total: Money | null; perProjectPerYearMax: Money | null } | null;
};

export type CallView = {
  code: string;
  programme: { code: string; name: BilingualText };
  title: BilingualText;
  modality: Modality;
  status: CallStatus;
  fields: string[];
  opens: string;
  sides: CallSideView[];
  proposalCount: number;
  selectedCount: number;
  description: BilingualText | null;
  durationMonths: { min: number; max: number } | null;
  criteria: Array<{ code: string; name: BilingualText; weight: number; scale: [number, number] }>;
  rules: Array<Record<string, unknown>>;
  reviewsPerProposal: number | null;
};

const bilingual = (en: string | null, ja: string | null): BilingualText => ({ en, ja });

/** Calls as officers and applicants read them, newest opening first; one call when `code` is given. */
export async function listCallViews(db: Executor, code: string | null = null): Promise<CallView[]> {
  let query = db
    .selectFrom('calls')
    .innerJoin('programmes', 'programmes.id', 'calls.programme_id')
    .selectAll('calls')
    .select(['programmes.code as programme_code', 'programmes.name_en as programme_name_en', 'programmes.name_ja as programme_name_ja'])
    .select((eb) => [
      eb.selectFrom('proposals').whereRef('proposals.call_id', '=', 'calls.id').select(eb.fn.countAll<number>().as('n')).as('proposal_count'),
      eb
        .selectFrom('proposals')
        .whereRef('proposals.call_id', '=', 'calls.id')
        .where('proposals.decision', '=', 'selected')
        .select(eb.fn.countAll<number>().as('n'))
        .as('selected_count'),
    ])
    .orderBy('calls.opens_at', 'desc')
    .orderBy('calls.code');
  if (code !== null) query = query.where('calls.code', '=', code);
  const calls = await query.execute();
  if (calls.length === 0) return [];
  const ids = calls.map((call) => call.id);
  const agencies = await db.selectFrom('agencies').select(['id', 'code', 'timezone']).execute();
  const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
  const sides = await db.selectFrom('call_sides').selectAll().where('call_id', 'in', ids).orderBy('position').execute();
  const criteria = await db.selectFrom('call_criteria').selectAll().where('call_id', 'in', ids).orderBy('position').execute();
  return calls.map((call) => {
    const callSides = sides.filter((side) => side.call_id === call.id);
    const leadZone = (() => {
      const lead = callSides.find((side) => side.role === 'lead');
      return lead?.agency_id ? agencyById.get(lead.agency_id)?.timezone : undefined;
    })();
    return {
      code: call.code,
      programme: { code: call.programme_code, name: bilingual(call.programme_name_en, call.programme_name_ja) },
      title: bilingual(call.title_en, call.title_ja),
      modality: call.modality,
      status: call.status,
      fields: call.fields,
      opens: call.opens_at.toISOString(),
      sides: callSides.map((side) => {
        const agencyIds = side.agency_id !== null ? [side.agency_id] : (side.accepted_agency_ids ?? []);
        const first = agencyById.get(agencyIds[0] ?? -1);
        return {
          role: side.role,
          agencies: agencyIds.map((id) => agencyById.get(id)?.code ?? `#${id}`),
          deadline: side.deadline_at?.toISOString() ?? null,
          timezone: (side.agency_id !== null ? first?.timezone : leadZone) ?? first?.timezone ?? 'UTC',
          reviews: side.is_reviewing,
          budget:
            side.budget_total_amount === null && side.cap_amount === null
              ? null
              : {
                  total: side.budget_total_amount !== null ? { amount: side.budget_total_amount, currency: side.budget_total_currency ?? '' } : null,
                  perProjectPerYearMax: side.cap_amount !== null ? { amount: side.cap_amount, currency: side.cap_currency ?? '' } : null,
                },
        };
      }),
      proposalCount: Number(call.proposal_count ?? 0),
      selectedCount: Number(call.selected_count ?? 0),
      description: call.description_en === null && call.description_ja === null ? null : bilingual(call.description_en, call.description_ja),
      durationMonths: call.duration_min_months !== null && call.duration_max_months !== null ? { min: call.duration_min_months, max: call.duration_max_months } : null,
      criteria: criteria
        .filter((criterion) => criterion.call_id === call.id)
        .map((criterion) => ({ code: criterion.code, name: bilingual(criterion.name_en, criterion.name_ja), weight: criterion.weight, scale: [criterion.scale_min, criterion.scale_max] as [number, number] })),
      rules: call.rules as Array<Record<string, unknown>>,
      reviewsPerProposal: call.reviews_per_proposal,
    };
  });
}

/** How many calls exist. */
export async function countCalls(db: Executor): Promise<number> {
  const row = await db.selectFrom('calls').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}
