import { z } from 'zod';
import { BilingualTextSchema, CodeSchema } from './common.schemas.js';
import { DECISIONS, MODALITIES, PROPOSAL_STATUSES, SIDE_ROLES } from './bundle.schemas.js';
import { ROLES } from '../domain/access/actor.js';
import { CALL_STATUSES } from '../domain/calls/lifecycle.js';

/**
 * Shapes of the HTTP API. Responses are described as they are sent (JSON), so dates are ISO
 * strings and money is `{amount, currency}`. The web UI imports these as types only.
 */

export const LocalisedMessageSchema = z.object({ en: z.string(), ja: z.string() }).describe('A message in both languages');

export const ValidationIssueSchema = z.object({
  path: z.string().describe('JSON path of the offending field, e.g. proposals[3].teams[1].country'),
  message: LocalisedMessageSchema,
});

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code, e.g. VALIDATION_FAILED, FORBIDDEN'),
      message: LocalisedMessageSchema,
      details: z
        .object({
          issues: z.array(ValidationIssueSchema).optional(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        })
        .optional(),
    }),
  })
  .describe('Every error the API returns');

export const HealthResponseSchema = z.object({ status: z.literal('ok') });

export { ROLES, type Role } from '../domain/access/actor.js';

export const LoginBodySchema = z.object({
  email: z.email().max(320).describe('The sign-in email address'),
  password: z.string().min(1).max(1000),
});

export const RoleGrantSchema = z.object({
  role: z.enum(ROLES),
  agency: z.string().nullable().describe('Agency code the role is scoped to, if any'),
});

export const CurrentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: BilingualTextSchema,
  locale: z.enum(['en', 'ja']),
  person: z.string().nullable().describe('ref of the user\'s person record, if linked'),
  roles: z.array(RoleGrantSchema),
});

export const SessionResponseSchema = z.object({
  user: CurrentUserSchema,
  csrfToken: z.string().describe('Send as the x-csrf-token header on every request that changes state'),
});

export const UpdateLocaleBodySchema = z.object({ locale: z.enum(['en', 'ja']) });

const MoneyOutSchema = z.object({ amount: z.number().int(), currency: z.string() });

export const AgencySummarySchema = z.object({
  code: z.string(),
  name: BilingualTextSchema,
  country: z.string(),
  currency: z.string(),
  timezone: z.string(),
  fiscalYearStart: z.string(),
  kind: z.string(),
});

export const CallSideOutSchema = z.object({
  role: z.enum(SIDE_ROLES),
  agencies: z.array(z.string()).describe('Agency codes of the side'),
  deadline: z.string().nullable().describe('ISO instant, shown in the side\'s time zone'),
  timezone: z.string().describe('Time zone in which to read the deadline'),
  reviews: z.boolean(),
  budget: z.object({ total: MoneyOutSchema.nullable(), perProjectPerYearMax: MoneyOutSchema.nullable() }).nullable(),
});

export const CallSummarySchema = z.object({
  code: z.string(),
  programme: z.object({ code: z.string(), name: BilingualTextSchema }),
  title: BilingualTextSchema,
  modality: z.enum(MODALITIES),
  status: z.enum(CALL_STATUSES).describe('Lifecycle status: draft calls are seen only by their agencies\' staff'),
  fields: z.array(z.string()),
  opens: z.string(),
  sides: z.array(CallSideOutSchema),
  proposalCount: z.number().int(),
});

export const CallListResponseSchema = z.object({ items: z.array(CallSummarySchema) });

export const CallDetailSchema = CallSummarySchema.extend({
  description: BilingualTextSchema.nullable(),
  durationMonths: z.object({ min: z.number(), max: z.number() }).nullable(),
  criteria: z.array(z.object({ code: z.string(), name: BilingualTextSchema, weight: z.number(), scale: z.tuple([z.number(), z.number()]) })),
  rules: z.array(z.record(z.string(), z.unknown())),
  reviewsPerProposal: z.number().nullable(),
  selectedCount: z.number().int(),
});

export const PROPOSAL_SORTS = ['ref', 'title', 'field', 'status', 'decision', 'submittedAt', 'partnerCountry', 'partnerAgency'] as const;

export const ProposalListQuerySchema = z.object({
  call: CodeSchema.optional(),
  q: z.string().max(200).optional().describe('Words in either language, found in the reference, title, keywords or abstract (Japanese by morphemes, English by words)'),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  decision: z.enum([...DECISIONS, 'none']).optional(),
  field: z.string().max(64).optional(),
  partnerCountry: z.string().length(2).optional(),
  partnerAgency: z.string().max(64).optional(),
  sort: z.enum(PROPOSAL_SORTS).optional().describe('Without it, results of q come most relevant first, other lists by reference'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ProposalListQuery = z.infer<typeof ProposalListQuerySchema>;

export const PersonOutSchema = z.object({ ref: z.string(), name: BilingualTextSchema, orcid: z.string().nullable() });

export const ProposalListItemSchema = z.object({
  ref: z.string(),
  call: z.string(),
  title: BilingualTextSchema,
  field: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  decision: z.enum(DECISIONS).nullable(),
  submittedAt: z.string().nullable(),
  leadPi: PersonOutSchema.nullable(),
  partnerCountry: z.string().nullable(),
  partnerAgency: z.string().nullable(),
});

export const ProposalListResponseSchema = z.object({
  items: z.array(ProposalListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ProposalDetailSchema = z.object({
  ref: z.string(),
  call: z.object({ code: z.string(), title: BilingualTextSchema }),
  field: z.string(),
  title: BilingualTextSchema,
  abstract: BilingualTextSchema.nullable(),
  keywords: z.array(z.string()),
  durationMonths: z.number().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  submittedAt: z.string().nullable(),
  decision: z.enum(DECISIONS).nullable(),
  teams: z.array(
    z.object({
      role: z.enum(SIDE_ROLES),
      agency: z.string().nullable(),
      country: z.string(),
      pi: PersonOutSchema,
      members: z.array(PersonOutSchema),
      budget: z.array(z.object({ fiscalYear: z.number().int(), amount: MoneyOutSchema })),
      funding: z.array(z.object({ agency: z.string(), grantId: z.string().nullable() })),
    }),
  ),
  exchanges: z.array(z.object({ person: PersonOutSchema, from: z.string(), to: z.string(), months: z.number(), purpose: BilingualTextSchema.nullable() })),
});

export const REPORT_DIMENSIONS = ['partner-country', 'partner-agency', 'field', 'status', 'decision'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const ProposalReportQuerySchema = z.object({
  by: z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(REPORT_DIMENSIONS)).min(1).max(3))
    .describe('Comma-separated dimensions: partner-country, partner-agency, field, status, decision'),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  lang: z.enum(['en', 'ja']).default('en').describe('Language of the labels in CSV and XLSX'),
});

export const ProposalReportSchema = z
  .object({
    call: z.string(),
    by: z.array(z.enum(REPORT_DIMENSIONS)),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
    total: z.object({ proposals: z.number().int(), selected: z.number().int() }),
  })
  .describe('Counts of proposals and selected proposals grouped by the dimensions');
export type ProposalReport = z.infer<typeof ProposalReportSchema>;

export const ReportLabelsSchema = z
  .record(z.string(), z.record(z.string(), BilingualTextSchema))
  .describe('Display names by dimension and value (agency names, country names, field names)');

export const ProposalReportResponseSchema = ProposalReportSchema.extend({ labels: ReportLabelsSchema });
