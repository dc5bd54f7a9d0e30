import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPdf, hasPdfHeader } from './pdf-check.js';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, '../../../test/fixtures', name)));

describe('PDF check by content', () => {
  it('accepts real PDFs and counts their pages', async () => {
    expect(await checkPdf(fixture('proposal-form.pdf'))).toEqual({ isPdf: true, pages: 3 });
    expect(await checkPdf(fixture('cv.pdf'))).toEqual({ isPdf: true, pages: 1 });
  });

  it('refuses an image and a text file renamed .pdf', async () => {
    expect(await checkPdf(fixture('fake-image.pdf'))).toEqual({ isPdf: false, reason: 'not_pdf' });
    expect(await checkPdf(fixture('fake-text.pdf'))).toEqual({ isPdf: false, reason: 'not_pdf' });
  });

  it('refuses a file with a PDF header but no readable document', async () => {
    expect(await checkPdf(fixture('truncated.pdf'))).toEqual({ isPdf: false, reason: 'unreadable' });
    expect(await checkPdf(new TextEncoder().encode('%PDF-1.7\nnothing else'))).toEqual({ isPdf: false, reason: 'unreadable' });
  });

  it('refuses a password-protected PDF that reviewers could not open', async () => {
    expect(await checkPdf(fixture('encrypted.pdf'))).toEqual({ isPdf: false, reason: 'encrypted' });
  });

  it('looks at the first five bytes only for the header, whatever follows', () => {
    expect(hasPdfHeader(new TextEncoder().encode('%PDF-'))).toBe(true);
    expect(hasPdfHeader(new TextEncoder().encode('%PDF'))).toBe(false);
    expect(hasPdfHeader(new TextEncoder().encode(' %PDF-1.7'))).toBe(false);
    expect(hasPdfHeader(new Uint8Array())).toBe(false);
  });
});
