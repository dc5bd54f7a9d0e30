import { z } from 'zod';
import type { DomainBundle } from '../domain/model.js';
import { CALL_STATUSES } from '../domain/calls/lifecycle.js';
import {
  BilingualTextSchema,
  CalendarDateSchema,
  CodeSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  FieldCodeSchema,
  InstantSchema,
  MoneySchema,
  MonthDaySchema,
  OrcidSchema,
  RorSchema,
  TimeZoneSchema,
} from './common.schemas.js';

/**
 * The interchange bundle, `kakehashi-bundle/1` (see INTERCHANGE.md). This file is the single
 * source of `docs/bundle.schema.json`. Objects are strict so that a misspelt field is reported
 * instead of silently dropped.
 */

export const AGENCY_KINDS = ['public_funder', 'research_organisation', 'private'] as const;
export const MODALITIES = ['single_agency', 'joint_call', 'co_funding', 'twinning', 'lead_agency'] as const;
export const SIDE_ROLES = ['lead', 'partner'] as const;
export const PROPOSAL_STATUSES = ['draft', 'submitted', 'withdrawn', 'ineligible'] as const;
export const DECISIONS = ['selected', 'rejected', 'waitlisted'] as const;
export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export const CONFLICT_REASONS = ['declared', 'team_member', 'institution', 'coauthor'] as const;

export const BundleAgencySchema = z
  .strictObject({
    code: CodeSchema.describe('Agency code, e.g. JST, NSF, ANR'),
    name: BilingualTextSchema,
    country: CountryCodeSchema,
    currency: CurrencyCodeSchema.describe('The currency in which this agency budgets'),
    timezone: TimeZoneSchema.describe('The agency\'s time zone: its deadlines and fiscal years are read in it'),
    fiscalYearStart: MonthDaySchema.describe('First day of the agency\'s fiscal year, MM-DD (JST 04-01)'),
    fiscalYearLabel: z
      .enum(['start', 'end'])
      .default('start')
      .describe('Which calendar year names a fiscal year: start (Japan) or end (US federal)'),
    kind: z.enum(AGENCY_KINDS).describe('public_funder, research_organisation or private'),
    ror: RorSchema.nullish(),
  })
  .describe('A funding agency (資金配分機関) or another funder');

export const BundleOrganisationSchema = z
  .strictObject({
    ref: CodeSchema,
    name: BilingualTextSchema,
    country: CountryCodeSchema,
    ror: RorSchema.nullish(),
  })
  .describe('A research organisation');

export const BundleAffiliationSchema = z.strictObject({
  organisation: CodeSchema.describe('ref of an organisation'),
  from: CalendarDateSchema,
  to: CalendarDateSchema.nullish().describe('Last day, or null while current'),
});

export const BundlePersonSchema = z
  .strictObject({
    ref: CodeSchema,
    name: BilingualTextSchema,
    email: z.email().nullish(),
    orcid: OrcidSchema.nullish(),
    affiliations: z.array(BundleAffiliationSchema).default([]),
    phdYear: z.number().int().min(1900).max(2200).nullish().describe('Year of the PhD; null or absent when none yet'),
  })
  .describe('A researcher, reviewer or officer');

export const BundleProgrammeSchema = z
  .strictObject({
    code: CodeSchema,
    agency: CodeSchema.describe('code of the agency that runs the programme'),
    name: BilingualTextSchema,
  })
  .describe('A funding programme (事業), e.g. ASPIRE, SICORP');

export const CallBudgetSchema = z.strictObject({
  total: MoneySchema.nullish().describe('The side\'s total budget for the call'),
  perProjectPerYearMax: MoneySchema.nullish().describe('Cap per project and fiscal year'),
});

export const CallSideSchema = z
  .strictObject({
    agency: CodeSchema.nullish().describe('The agency of this side (or use agencies for a list of accepted funders)'),
    agencies: z.array(CodeSchema).nullish().describe('Agencies accepted on this side when the side is not one agency'),
    role: z.enum(SIDE_ROLES),
    deadline: InstantSchema.nullish().describe('The side\'s deadline, an instant'),
    reviews: z.boolean().default(false).describe('Whether this side reviews with its own experts'),
    budget: CallBudgetSchema.nullish(),
  })
  .superRefine((side, ctx) => {
    if (!side.agency && !side.agencies?.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'Name the side\'s agency ("agency") or the agencies it accepts ("agencies")',
        params: { ja: 'この側の機関（"agency"）または受け入れる機関の一覧（"agencies"）を指定してください' },
      });
    }
  })
  .describe('One side of a call: an agency (or accepted agencies) with its deadline and budget');

export const CriterionSchema = z.strictObject({
  code: CodeSchema,
  name: BilingualTextSchema,
  weight: z.number().positive().default(1),
  scale: z.tuple([z.number().int(), z.number().int()]).describe('[min, max] of the score'),
});

export const RuleSchema = z
  .discriminatedUnion('rule', [
    z.strictObject({ rule: z.literal('partner_pi_funded_by'), agencies: z.array(CodeSchema).min(1) }),
    z.strictObject({ rule: z.literal('exchange_required'), minEarlyCareer: z.number().int().min(0).default(1) }),
    z.strictObject({ rule: z.literal('budget_within_cap') }),
    z.strictObject({ rule: z.literal('one_proposal_per_pi') }),
  ])
  .describe('An eligibility rule of the call');

export const BundleCallSchema = z
  .strictObject({
    code: CodeSchema,
    programme: CodeSchema.describe('code of the programme'),
    title: BilingualTextSchema,
    description: BilingualTextSchema.nullish(),
    modality: z.enum(MODALITIES),
    fields: z.array(FieldCodeSchema).min(1),
    opens: InstantSchema,
    sides: z.array(CallSideSchema).min(1),
    durationMonths: z
      .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
      .nullish(),
    criteria: z.array(CriterionSchema).default([]),
    reviewsPerProposal: z.number().int().positive().nullish(),
    coi: z
      .strictObject({
        institutionYears: z.number().int().min(0).default(3),
        coauthorYears: z.number().int().min(0).default(5),
      })
      .nullish(),
    rules: z.array(RuleSchema).default([]),
    status: z
      .enum(CALL_STATUSES)
      .default('open')
      .describe('Lifecycle: draft, open, closed, under_review, decided or archived; a call without it is open'),
  })
  .describe('A call for proposals (公募)');

export const TeamBudgetLineSchema = z.strictObject({
  fiscalYear: z.number().int().min(1900).max(2200).describe('Fiscal year of the team\'s agency'),
  amount: MoneySchema,
});

export const TeamFundingSchema = z.strictObject({
  agency: CodeSchema.describe('code of the funding agency'),
  grantId: z.string().max(200).nullish(),
});

export const BundleTeamSchema = z
  .strictObject({
    role: z.enum(SIDE_ROLES),
    agency: CodeSchema.nullish().describe('The agency of the call side this team applies to'),
    country: CountryCodeSchema,
    pi: CodeSchema.describe('ref of the team\'s principal investigator'),
    members: z.array(CodeSchema).default([]),
    budget: z.array(TeamBudgetLineSchema).default([]),
    funding: z.array(TeamFundingSchema).default([]),
  })
  .describe('One team of a proposal: the lead team or a partner team');

export const ExchangeSchema = z.strictObject({
  person: CodeSchema,
  from: CountryCodeSchema,
  to: CountryCodeSchema,
  months: z.number().int().positive().max(120),
  purpose: BilingualTextSchema.nullish(),
});

export const BundleProposalSchema = z
  .strictObject({
    ref: CodeSchema,
    call: CodeSchema,
    field: FieldCodeSchema,
    title: BilingualTextSchema,
    abstract: BilingualTextSchema.nullish(),
    keywords: z.array(z.string().min(1).max(200)).default([]),
    durationMonths: z.number().int().positive().nullish(),
    teams: z.array(BundleTeamSchema).min(1),
    exchanges: z.array(ExchangeSchema).default([]),
    status: z.enum(PROPOSAL_STATUSES).default('draft'),
    submittedAt: InstantSchema.nullish(),
    decision: z.enum(DECISIONS).nullish(),
  })
  .describe('A proposal (提案): one bi-national consortium applying to one call');

export const PublicationSchema = z.strictObject({
  doi: z.string().max(300).nullish(),
  year: z.number().int().min(1900).max(2200),
  title: z.string().min(1).max(2000),
  authors: z.array(CodeSchema).min(1).describe('refs of people'),
});

export const BundleReviewerSchema = z
  .strictObject({
    person: CodeSchema,
    agency: CodeSchema,
    fields: z.array(FieldCodeSchema).default([]),
    keywords: z.array(z.string().min(1).max(200)).default([]),
    minLoad: z.number().int().min(0).default(0),
    maxLoad: z.number().int().min(0).default(6),
    publications: z.array(PublicationSchema).default([]),
    conflicts: z
      .array(z.strictObject({ proposal: CodeSchema, reason: z.enum(CONFLICT_REASONS).default('declared') }))
      .default([]),
  })
  .describe('A reviewer in an agency\'s pool');

export const BundleReviewSchema = z
  .strictObject({
    proposal: CodeSchema,
    reviewer: CodeSchema.describe('ref of the reviewer\'s person'),
    agency: CodeSchema,
    scores: z.record(z.string(), z.number()),
    confidence: z.number().int().min(1).max(5).nullish(),
    comment: BilingualTextSchema.nullish(),
    status: z.enum(REVIEW_STATUSES).default('submitted'),
  })
  .describe('A review of a proposal by one reviewer');

export const BUNDLE_FORMAT = 'kakehashi-bundle/1';

export const BundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    agencies: z.array(BundleAgencySchema).default([]),
    organisations: z.array(BundleOrganisationSchema).default([]),
    people: z.array(BundlePersonSchema).default([]),
    programmes: z.array(BundleProgrammeSchema).default([]),
    calls: z.array(BundleCallSchema).default([]),
    proposals: z.array(BundleProposalSchema).default([]),
    reviewers: z.array(BundleReviewerSchema).default([]),
    reviews: z.array(BundleReviewSchema).default([]),
  })
  .describe('A Kakehashi interchange bundle');

export type Bundle = z.infer<typeof BundleSchema>;
export type BundleInput = z.input<typeof BundleSchema>;
export type BundleAgency = z.infer<typeof BundleAgencySchema>;
export type BundleOrganisation = z.infer<typeof BundleOrganisationSchema>;
export type BundlePerson = z.infer<typeof BundlePersonSchema>;
export type BundleProgramme = z.infer<typeof BundleProgrammeSchema>;
export type BundleCall = z.infer<typeof BundleCallSchema>;
export type BundleProposal = z.infer<typeof BundleProposalSchema>;
export type BundleTeam = z.infer<typeof BundleTeamSchema>;
export type BundleReviewer = z.infer<typeof BundleReviewerSchema>;
export type BundleReview = z.infer<typeof BundleReviewSchema>;
export type CallRule = z.infer<typeof RuleSchema>;

// The parsed bundle is the domain's own shape: this fails to compile if the two drift apart.
export const bundleIsDomainShaped = (bundle: Bundle): DomainBundle => bundle;
