import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/app-error.js';
import { systemActor, type Actor } from '../../domain/access/actor.js';
import { insertUser } from '../../db/repositories/user.repository.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { importBundle } from '../bundle/import-bundle.js';
import { deleteDocument } from './delete-document.js';
import { listDocuments } from './list-documents.js';
import { readDocument } from './read-document.js';
import { uploadDocument } from './upload-document.js';

const database = useTestDatabase();
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, '../../../test/fixtures', name)));

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function user(email: string, personRef: string | null, roles: Array<{ role: 'applicant' | 'programme_officer'; agency: string | null }>): Promise<Actor> {
  const userId = await insertUser(database.ctx.db, { email, passwordHash: 'x', displayName: { en: 'U', ja: null }, locale: 'en', personRef, roles });
  return { kind: 'user', userId, email, personRef, roles };
}

async function setUp() {
  const prefix = uniquePrefix();
  await importBundle(database.ctx, systemActor('test'), makeJointCallBundle(prefix));
  const lower = prefix.toLowerCase();
  return {
    ref: `${prefix}-P2`,
    submittedRef: `${prefix}-P1`,
    leadPi: await user(`lead.${lower}@example.org`, `${prefix}-p4`, [{ role: 'applicant', agency: null }]),
    partnerPi: await user(`partner.${lower}@example.org`, `${prefix}-p5`, [{ role: 'applicant', agency: null }]),
    submittedLeadPi: await user(`p1.${lower}@example.org`, `${prefix}-p1`, [{ role: 'applicant', agency: null }]),
    officer: await user(`po.${lower}@example.org`, null, [{ role: 'programme_officer', agency: `${prefix}-ANR` }]),
    stranger: await user(`stranger.${lower}@example.org`, `${prefix}-p3`, [{ role: 'applicant', agency: null }]),
  };
}

describe('documents of a proposal', () => {
  it('stores a real PDF once by its SHA-256, counts its pages and serves it to those with access only', async () => {
    const { ref, leadPi, partnerPi, officer, stranger } = await setUp();
    const bytes = fixture('proposal-form.pdf');
    const uploaded = await uploadDocument(database.ctx, leadPi, { proposalRef: ref, teamPosition: null, kind: 'proposal_form', filename: 'C:\\docs\\form.pdf', content: bytes, maxMb: 10 });
    expect(uploaded).toMatchObject({ teamPosition: null, kind: 'proposal_form', filename: 'form.pdf', pages: 3, sizeBytes: bytes.byteLength });
    expect(uploaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The same bytes uploaded again (as another team's file) are stored once.
    const again = await uploadDocument(database.ctx, partnerPi, { proposalRef: ref, teamPosition: 1, kind: 'letter', filename: 'copy.pdf', content: bytes, maxMb: 10 });
    expect(again.sha256).toBe(uploaded.sha256);
    const blobs = await database.ctx.db.selectFrom('document_blobs').select('sha256').where('sha256', '=', uploaded.sha256).execute();
    expect(blobs).toHaveLength(1);

    expect((await listDocuments(database.ctx, officer, ref)).map((document) => document.filename)).toEqual(['form.pdf', 'copy.pdf']);
    const file = await readDocument(database.ctx, partnerPi, { proposalRef: ref, documentId: uploaded.id });
    expect(Buffer.from(file.content).equals(Buffer.from(bytes))).toBe(true);

    expect((await errorOf(listDocuments(database.ctx, stranger, ref))).code).toBe('NOT_FOUND');
    expect((await errorOf(readDocument(database.ctx, stranger, { proposalRef: ref, documentId: uploaded.id }))).code).toBe('NOT_FOUND');
    expect((await errorOf(readDocument(database.ctx, null, { proposalRef: ref, documentId: uploaded.id }))).code).toBe('UNAUTHENTICATED');
  });

  it('refuses files by content, not by name, and files over the size limit', async () => {
    const { ref, leadPi } = await setUp();
    for (const name of ['fake-image.pdf', 'fake-text.pdf', 'truncated.pdf', 'encrypted.pdf']) {
      const error = await errorOf(uploadDocument(database.ctx, leadPi, { proposalRef: ref, teamPosition: 0, kind: 'cv', filename: name, content: fixture(name), maxMb: 10 }));
      expect(error.code, name).toBe('DOCUMENT_NOT_PDF');
      expect(error.params.filename).toBe(name);
    }
    // A real PDF one byte over a 1 MB limit (padding after %%EOF keeps it a valid PDF).
    const padded = new Uint8Array(1024 * 1024 + 1);
    const real = fixture('cv.pdf');
    padded.set(real);
    padded.fill(0x20, real.byteLength);
    const tooLarge = await errorOf(uploadDocument(database.ctx, leadPi, { proposalRef: ref, teamPosition: 0, kind: 'cv', filename: 'big.pdf', content: padded, maxMb: 1 }));
    expect(tooLarge.code).toBe('DOCUMENT_TOO_LARGE');
    expect(tooLarge.params).toEqual({ maxMb: 1 });
    const exact = await uploadDocument(database.ctx, leadPi, { proposalRef: ref, teamPosition: 0, kind: 'cv', filename: 'exact.pdf', content: padded.subarray(0, 1024 * 1024), maxMb: 1 });
    expect(exact.sizeBytes).toBe(1024 * 1024);
    expect(await listDocuments(database.ctx, leadPi, ref)).toHaveLength(1);
  });

  it('lets only the editors of a part upload or delete, and only before submission', async () => {
    const { ref, submittedRef, leadPi, partnerPi, officer, submittedLeadPi } = await setUp();
    const cv = fixture('cv.pdf');
    expect((await errorOf(uploadDocument(database.ctx, partnerPi, { proposalRef: ref, teamPosition: 0, kind: 'cv', filename: 'cv.pdf', content: cv, maxMb: 10 }))).code).toBe('FORBIDDEN');
    expect((await errorOf(uploadDocument(database.ctx, partnerPi, { proposalRef: ref, teamPosition: null, kind: 'cv', filename: 'cv.pdf', content: cv, maxMb: 10 }))).code).toBe('FORBIDDEN');
    expect((await errorOf(uploadDocument(database.ctx, officer, { proposalRef: ref, teamPosition: 1, kind: 'cv', filename: 'cv.pdf', content: cv, maxMb: 10 }))).code).toBe('FORBIDDEN');
    expect((await errorOf(uploadDocument(database.ctx, leadPi, { proposalRef: ref, teamPosition: 7, kind: 'cv', filename: 'cv.pdf', content: cv, maxMb: 10 }))).code).toBe('VALIDATION_FAILED');
    expect((await errorOf(uploadDocument(database.ctx, submittedLeadPi, { proposalRef: submittedRef, teamPosition: 0, kind: 'cv', filename: 'cv.pdf', content: cv, maxMb: 10 }))).code).toBe('PROPOSAL_NOT_DRAFT');

    const partnerCv = await uploadDocument(database.ctx, partnerPi, { proposalRef: ref, teamPosition: 1, kind: 'cv', filename: 'cv.pdf', content: cv, maxMb: 10 });
    expect((await errorOf(deleteDocument(database.ctx, leadPi, { proposalRef: ref, documentId: partnerCv.id }))).code).toBe('FORBIDDEN');
    await deleteDocument(database.ctx, partnerPi, { proposalRef: ref, documentId: partnerCv.id });
    expect(await listDocuments(database.ctx, partnerPi, ref)).toEqual([]);
    expect((await errorOf(readDocument(database.ctx, partnerPi, { proposalRef: ref, documentId: partnerCv.id }))).code).toBe('NOT_FOUND');
    const audit = await database.ctx.db.selectFrom('audit_log').select('action').where('subject', '=', ref).execute();
    expect(audit.map((entry) => entry.action)).toEqual(['document.uploaded', 'document.deleted']);
  });
});
