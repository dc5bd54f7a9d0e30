import { z } from 'zod';
import { LocalisedMessageSchema } from './api.schemas.js';
import { CodeSchema, CountryCodeSchema, FieldCodeSchema, MoneySchema, OrcidSchema, RorSchema } from './common.schemas.js';

/**
 * The proposal editor's API: start a proposal in a call, read and autosave its draft (only the
 * parts the editor may change, with the version they edited), its version history, submission
 * with a receipt, and withdrawal.
 */

/** Text being written: either language may still be empty while drafting. */
export const DraftTextSchema = z
  .strictObject({
    en: z.string().max(20000).nullish().describe('English text'),
    ja: z.string().max(20000).nullish().describe('Japanese text'),
  })
  .describe('Text in English and/or Japanese, as far as written');

export const DraftOrganisationSchema = z
  .strictObject({
    name: DraftTextSchema,
    country: CountryCodeSchema,
    ror: RorSchema.nullish().describe('ROR identifier of the organisation, e.g. https://ror.org/057zh3y96'),
  })
  .describe('The organisation a person works at');

export const DraftPersonInputSchema = z
  .strictObject({
    ref: CodeSchema.nullish().describe('Ref of a person already known; leave out to add a new person'),
    name: DraftTextSchema,
    email: z.email().max(320).nullish().describe('Mail address'),
    orcid: OrcidSchema.nullish(),
    phdYear: z.int().min(1900).max(2100).nullish().describe('Year of the PhD; leave out if none yet'),
    organisation: DraftOrganisationSchema.nullish(),
  })
  .describe('A team member: an existing person by ref, or a new one with their details');

export const BudgetLineSchema = z
  .strictObject({
    fiscalYear: z.int().min(1990).max(2100).describe("Fiscal year of the team's agency"),
    amount: MoneySchema.describe("Amount in the agency's currency, integer minor units"),
  })
  .describe('Budget of one fiscal year');

export const FundingInputSchema = z
  .strictObject({ agency: CodeSchema.describe('Agency code that funds the team'), grantId: z.string().max(100).nullish().describe('Grant id at that agency') })
  .describe('Funding the team holds');

export const ExchangeInputSchema = z
  .strictObject({
    person: CodeSchema.describe('Ref of a PI or member of one of the teams'),
    from: CountryCodeSchema.describe('Country the person leaves'),
    to: CountryCodeSchema.describe('Country the person goes to'),
    months: z.int().min(1).max(120),
    purpose: DraftTextSchema.nullish(),
  })
  .describe('One planned exchange of a researcher');

export const TeamPatchSchema = z
  .strictObject({
    index: z.int().min(0).max(50).describe('Position of the team in the proposal'),
    country: CountryCodeSchema.optional(),
    pi: DraftPersonInputSchema.optional().describe("Details of the team's PI (the PI stays the same person)"),
    members: z.array(DraftPersonInputSchema).max(50).optional(),
    budget: z.array(BudgetLineSchema).max(20).optional(),
    funding: z.array(FundingInputSchema).max(10).optional(),
  })
  .describe("Changes to one team's part");

export const SaveDraftBodySchema = z
  .strictObject({
    version: z.int().min(0).describe('The version the editor started from; a stale one is refused with CONFLICT'),
    title: DraftTextSchema.optional(),
    abstract: DraftTextSchema.nullable().optional(),
    keywords: z.array(z.string().min(1).max(100)).max(30).optional(),
    field: FieldCodeSchema.optional(),
    durationMonths: z.int().min(1).max(120).nullable().optional(),
    exchanges: z.array(ExchangeInputSchema).max(50).optional(),
    teams: z.array(TeamPatchSchema).max(20).optional(),
  })
  .describe('The parts of the draft to change; parts left out stay as they are');

export const StartProposalBodySchema = z
  .strictObject({ title: DraftTextSchema })
  .describe('The working title of the new proposal');

export const VersionBodySchema = z.strictObject({ version: z.int().min(0).describe('The version the lead PI reviewed') });

const MoneyOutSchema = z.object({ amount: z.number(), currency: z.string() });
const TextOutSchema = z.object({ en: z.string().nullish(), ja: z.string().nullish() });

export const ProposalContentSchema = z
  .object({
    ref: z.string(),
    call: z.string(),
    field: z.string(),
    title: TextOutSchema,
    abstract: TextOutSchema.nullish(),
    keywords: z.array(z.string()),
    durationMonths: z.number().nullish(),
    teams: z.array(
      z.object({
        role: z.enum(['lead', 'partner']),
        agency: z.string().nullish(),
        country: z.string(),
        pi: z.string(),
        members: z.array(z.string()),
        budget: z.array(z.object({ fiscalYear: z.number(), amount: MoneyOutSchema })),
        funding: z.array(z.object({ agency: z.string(), grantId: z.string().nullish() })),
      }),
    ),
    exchanges: z.array(z.object({ person: z.string(), from: z.string(), to: z.string(), months: z.number(), purpose: TextOutSchema.nullish() })),
    status: z.enum(['draft', 'submitted', 'withdrawn', 'ineligible']),
    submittedAt: z.string().nullish(),
    decision: z.enum(['selected', 'rejected', 'waitlisted']).nullish(),
  })
  .describe('The proposal in bundle shape (people and agencies by ref and code)');

export const DraftPersonOutSchema = z.object({
  ref: z.string(),
  name: TextOutSchema,
  email: z.string().nullable(),
  orcid: z.string().nullable(),
  phdYear: z.number().nullable(),
  organisation: z.object({ ref: z.string(), name: TextOutSchema, country: z.string(), ror: z.string().nullable() }).nullable(),
  isEditable: z.boolean().describe('True for people this proposal introduced, whose details its editors keep'),
});

export const EligibilityOutSchema = z.object({
  eligible: z.boolean(),
  failures: z.array(z.object({ rule: z.string(), message: LocalisedMessageSchema })),
});

export const DraftSideOutSchema = z.object({
  role: z.enum(['lead', 'partner']),
  agency: z.string().nullable(),
  acceptedAgencies: z.array(z.string()),
  currency: z.string().nullable(),
  timezone: z.string(),
  deadline: z.string().nullable(),
  cap: MoneyOutSchema.nullable(),
});

export const ReceiptSchema = z.object({
  proposalRef: z.string(),
  submittedAt: z.string().describe('Server time of the submission (UTC)'),
  contentHash: z.string().describe('SHA-256 (hex) of the canonical JSON of the submitted content and its documents'),
});

export const DraftViewSchema = z
  .object({
    proposal: ProposalContentSchema,
    people: z.array(DraftPersonOutSchema),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    withdrawnAt: z.string().nullable(),
    receipt: ReceiptSchema.nullable(),
    editable: z.object({ common: z.boolean(), teams: z.array(z.number()) }),
    canSubmit: z.boolean().describe('True for the lead PI of a draft while every deadline is ahead'),
    canWithdraw: z.boolean(),
    call: z.object({
      code: z.string(),
      title: TextOutSchema,
      status: z.string(),
      fields: z.array(z.string()),
      durationMonths: z.object({ min: z.number(), max: z.number() }).nullable(),
      sides: z.array(DraftSideOutSchema),
    }),
    eligibility: EligibilityOutSchema,
    serverTime: z.string().describe('The server clock when the view was made'),
  })
  .describe('A proposal as its editor shows it');

export const StartProposalResponseSchema = z.object({ ref: z.string(), version: z.number() });

export const VersionSummarySchema = z.object({
  version: z.number(),
  kind: z.enum(['started', 'saved', 'submitted', 'withdrawn']),
  savedAt: z.string(),
  savedBy: z.object({ email: z.string(), name: TextOutSchema }).nullable(),
});

export const VersionListSchema = z.object({ items: z.array(VersionSummarySchema) });

export const VersionDetailSchema = VersionSummarySchema.extend({ content: ProposalContentSchema });

export const ProposalRefParamsSchema = z.object({ ref: z.string().min(1).max(64) });
export const VersionParamsSchema = ProposalRefParamsSchema.extend({ n: z.coerce.number().int().min(0) });
export const CallCodeParamsSchema = z.object({ code: z.string().min(1).max(64) });

export type SaveDraftBody = z.infer<typeof SaveDraftBodySchema>;
export type DraftPersonInput = z.infer<typeof DraftPersonInputSchema>;
export type DraftView = z.infer<typeof DraftViewSchema>;
export type VersionSummary = z.infer<typeof VersionSummarySchema>;
export type VersionDetail = z.infer<typeof VersionDetailSchema>;
export type Receipt = z.infer<typeof ReceiptSchema>;
export type StartProposalResponse = z.infer<typeof StartProposalResponseSchema>;
