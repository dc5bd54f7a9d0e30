import { z } from 'zod';
import { CalendarDateSchema, CodeSchema, FieldCodeSchema, OrcidSchema } from './common.schemas.js';

/**
 * Reviewer pools over HTTP: `/api/agencies/:agency/reviewers[/:personRef]` (the agency's officers)
 * and `/api/me/reviewer-profile`, `/api/me/conflicts` (a reviewer's own entry).
 */

const NameSchema = z.object({ en: z.string().nullable(), ja: z.string().nullable() }).describe('A person\'s name in English and Japanese (either may be missing)');

export const PersonSummarySchema = z
  .object({ person: z.string().describe('The person\'s ref'), name: NameSchema, orcid: z.string().nullable().describe('ORCID iD, if known') })
  .describe('A person, as pools and publications name them');

export const AffiliationOutSchema = z
  .object({
    organisation: z.string().describe('ref of the organisation'),
    name: NameSchema.describe('The organisation\'s name'),
    from: z.string().describe('First day (YYYY-MM-DD)'),
    to: z.string().nullable().describe('Last day, or null while current'),
  })
  .describe('An affiliation of the person (current when `to` is null); counts for the institution conflict rule');

export const PublicationOutSchema = z
  .object({
    doi: z.string().nullable(),
    year: z.number().int(),
    title: z.string(),
    authors: z.array(PersonSummarySchema).describe('Every author, as a person in the platform'),
  })
  .describe('A publication of the reviewer; its co-authors count for the co-author conflict rule');

export const DeclarationOutSchema = z
  .object({
    proposal: z.string().describe('Proposal ref'),
    call: z.string().describe('Code of the proposal\'s call'),
    note: z.string().nullable().describe('Why, in the declarer\'s words (null for conflicts imported from a bundle)'),
    declaredBy: z.string().nullable().describe('Who declared it (actor label); null when imported from a bundle'),
    declaredAt: z.string().nullable().describe('When (ISO 8601); null when imported'),
  })
  .describe('A conflict the reviewer or an officer declared');

export const ReviewerSchema = z
  .object({
    person: z.string().describe('The reviewer\'s person ref'),
    name: NameSchema,
    orcid: z.string().nullable(),
    agency: z.string().describe('Code of the agency whose pool this is'),
    affiliations: z.array(AffiliationOutSchema).describe('Current and past affiliations, in order'),
    fields: z.array(z.string()).describe('Research field codes'),
    keywords: z.array(z.string()).describe('Keywords in English or Japanese'),
    minLoad: z.number().int().describe('Fewest proposals the assignment gives them'),
    maxLoad: z.number().int().describe('Most proposals the assignment gives them'),
    publications: z.array(PublicationOutSchema),
    conflicts: z.array(DeclarationOutSchema).describe('Declared conflicts'),
    reviewCount: z.number().int().describe('Reviews (draft or submitted) they hold in this pool; a reviewer with reviews cannot be removed'),
  })
  .describe('A reviewer in an agency\'s pool');

export const ReviewerPoolSchema = z
  .object({ agency: z.string(), reviewers: z.array(ReviewerSchema).describe('Ordered by person ref') })
  .describe('An agency\'s reviewer pool');

export const PoolQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Only reviewers whose name, ref, ORCID, field or keyword contains this text (case-insensitive)'),
});

const KeywordsSchema = z.array(z.string().trim().min(1).max(200)).max(100).describe('Keywords in English or Japanese');
const FieldsSchema = z.array(FieldCodeSchema).max(50);
const LoadSchema = z.number().int().min(0).max(1000);

export const PublicationInSchema = z
  .strictObject({
    doi: z.string().trim().max(300).nullish().describe('DOI, e.g. 10.1234/abcd'),
    year: z.number().int().min(1900).max(2200),
    title: z.string().trim().min(1).max(2000),
    authors: z.array(z.string().trim().min(1).max(64)).min(1).max(200).describe('Each author as a person ref or an ORCID iD of a person in the platform'),
  })
  .describe('A publication to record');

export const AffiliationInSchema = z
  .strictObject({
    organisation: CodeSchema.describe('ref of an organisation in the platform'),
    from: CalendarDateSchema,
    to: CalendarDateSchema.nullish().describe('Last day, or null/absent while current'),
  })
  .describe('An affiliation of the person');

export const AddReviewerBodySchema = z
  .strictObject({
    person: CodeSchema.optional().describe('ref of a person already in the platform'),
    orcid: OrcidSchema.optional().describe('ORCID iD: finds the person who has it, or, with `name`, creates a new person'),
    name: z.strictObject({ en: z.string().trim().max(300).nullish(), ja: z.string().trim().max(300).nullish() }).optional().describe('Name of a new person (with `orcid`)'),
    fields: FieldsSchema.default([]),
    keywords: KeywordsSchema.default([]),
    minLoad: LoadSchema.default(0),
    maxLoad: LoadSchema.default(6),
  })
  .describe('Add a reviewer to the pool: give `person`, or `orcid` of a known person, or `orcid` and `name` of a new one');

export const UpdateReviewerBodySchema = z
  .strictObject({
    fields: FieldsSchema.optional(),
    keywords: KeywordsSchema.optional(),
    minLoad: LoadSchema.optional(),
    maxLoad: LoadSchema.optional(),
    publications: z.array(PublicationInSchema).max(500).optional().describe('The whole list: publications left out are removed, new ones added'),
    affiliations: z.array(AffiliationInSchema).max(50).optional().describe('The person\'s whole list of affiliations (they count in every pool)'),
  })
  .describe('Change a reviewer; only the attributes given change');

/**
 * A reviewer's own edit. Loads are left out on purpose: they are the agency's workload decision,
 * which the assignment depends on, so only officers set them.
 */
export const UpdateOwnProfileBodySchema = z
  .strictObject({
    agency: CodeSchema.optional().describe('Which pool entry to change; needed only when the person is in several pools'),
    fields: FieldsSchema.optional(),
    keywords: KeywordsSchema.optional(),
    publications: z.array(PublicationInSchema).max(500).optional(),
    affiliations: z.array(AffiliationInSchema).max(50).optional(),
  })
  .describe('A reviewer\'s change to their own profile (not their loads, which officers set)');

export const OwnProfileSchema = z
  .object({
    person: z.string(),
    name: NameSchema,
    orcid: z.string().nullable(),
    pools: z.array(ReviewerSchema).describe('The person\'s entry in each agency pool they belong to'),
  })
  .describe('The signed-in reviewer\'s own profile');

export const DeclarableProposalSchema = z
  .object({
    ref: z.string(),
    call: z.string(),
    title: NameSchema.describe('Title in English and Japanese'),
    pis: z.array(NameSchema).describe('Names of the teams\' PIs'),
  })
  .describe('A proposal a reviewer may declare a conflict with (no abstract, no documents)');

export const OwnConflictsSchema = z
  .object({
    pools: z.array(
      z.object({
        agency: z.string(),
        proposals: z.array(DeclarableProposalSchema).describe('Submitted proposals of calls under review that this agency reviews, except those the reviewer conflicts with'),
        declared: z.array(DeclarationOutSchema.extend({ withdrawable: z.boolean().describe('True when the reviewer declared it themself and so may withdraw it') })),
      }),
    ),
  })
  .describe('What a reviewer may declare a conflict with, and what they declared');

export const DeclareOwnConflictBodySchema = z
  .strictObject({
    proposal: CodeSchema.describe('Proposal ref'),
    agency: CodeSchema.optional().describe('The pool to declare in; needed only when the person is in several'),
    reason: z.string().trim().min(1).max(2000).describe('Why, in the reviewer\'s words'),
  })
  .describe('A reviewer declares a conflict with a proposal');

export type ReviewerOut = z.infer<typeof ReviewerSchema>;
export type ReviewerPoolOut = z.infer<typeof ReviewerPoolSchema>;
export type AddReviewerBody = z.infer<typeof AddReviewerBodySchema>;
export type UpdateReviewerBody = z.infer<typeof UpdateReviewerBodySchema>;
export type UpdateOwnProfileBody = z.infer<typeof UpdateOwnProfileBodySchema>;
export type OwnProfileOut = z.infer<typeof OwnProfileSchema>;
export const WithdrawOwnConflictParamsSchema = z.strictObject({ proposal: CodeSchema.describe('Proposal ref') });
export const WithdrawOwnConflictQuerySchema = z.strictObject({
  agency: CodeSchema.optional().describe('The pool the declaration is in; needed only when the person is in several'),
});

export type OwnConflictsOut = z.infer<typeof OwnConflictsSchema>;
export type DeclareOwnConflictBody = z.infer<typeof DeclareOwnConflictBodySchema>;
export type PublicationIn = z.infer<typeof PublicationInSchema>;
export type AffiliationIn = z.infer<typeof AffiliationInSchema>;
