import { z } from 'zod';
import { DOCUMENT_KINDS } from '../domain/proposals/document-rules.js';

/** Shapes of the document endpoints. Uploads are multipart/form-data: fields then one file. */

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS).describe('What the document is: proposal_form, cv, letter, budget or other');

export const DocumentParamsSchema = z.object({
  ref: z.string().min(1).max(64).describe('Proposal ref'),
  id: z.coerce.number().int().positive().describe('Document id'),
});

/** The text fields of an upload, as multipart sends them (strings). */
export const UploadFieldsSchema = z.object({
  kind: DocumentKindSchema,
  teamPosition: z
    .union([z.literal(''), z.literal('common'), z.string().regex(/^\d{1,2}$/)])
    .optional()
    .transform((value) => (value === undefined || value === '' || value === 'common' ? null : Number(value)))
    .describe('Index of the team whose part the document belongs to; empty or "common" for the common part'),
});

export const DocumentSchema = z.object({
  id: z.number().int().describe('Document id'),
  teamPosition: z.number().int().nullable().describe('Team index, or null for the common part'),
  kind: z.string().describe('Document kind'),
  filename: z.string().describe('File name as uploaded (cleaned)'),
  sha256: z.string().describe('SHA-256 of the bytes (hex)'),
  sizeBytes: z.number().int().describe('Size in bytes'),
  pages: z.number().int().describe('Number of pages'),
  uploadedAt: z.string().describe('When it was uploaded (ISO 8601, UTC)'),
});
export type DocumentResponse = z.infer<typeof DocumentSchema>;

export const DocumentListResponseSchema = z.object({
  items: z.array(DocumentSchema).describe('In upload order'),
  maxMb: z.number().int().describe('Largest file accepted, in megabytes (MAX_DOCUMENT_MB)'),
});
export type DocumentListResponse = z.infer<typeof DocumentListResponseSchema>;
