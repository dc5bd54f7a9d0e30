import { PDFDocument } from 'pdf-lib';

/**
 * What an uploaded document is, judged by its bytes alone: a file name or a declared type says
 * nothing (a PNG renamed `.pdf` must be refused), and reviewers must be able to open every file.
 */
export type PdfCheck = { isPdf: true; pages: number } | { isPdf: false; reason: PdfRejection };

/** `not_pdf`: no PDF header; `unreadable`: a header but no document a reader could open; `encrypted`: password-protected. */
export type PdfRejection = 'not_pdf' | 'unreadable' | 'encrypted';

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** True when the bytes start with the PDF header `%PDF-` (ISO 32000-1, 7.5.2). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return PDF_HEADER.every((byte, index) => bytes[index] === byte);
}

/**
 * Checks that `bytes` are a PDF that a reader can open: the header, then a full parse by
 * pdf-lib, which must find at least one page. Encrypted files are refused because reviewers
 * could not read them. Throws nothing: a bad file is a result, not an error.
 */
export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
  if (!hasPdfHeader(bytes)) return { isPdf: false, reason: 'not_pdf' };
  try {
    // updateMetadata: false, so the check only reads; throwOnInvalidObject makes a damaged body
    // fail here rather than later in a reader. Encryption is asked of the loaded document:
    // pdf-lib's ES5 build loses the class of its EncryptedPDFError, so `instanceof` cannot tell.
    const document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true, ignoreEncryption: true });
    if (document.isEncrypted) return { isPdf: false, reason: 'encrypted' };
    const pages = document.getPageCount();
    return pages > 0 ? { isPdf: true, pages } : { isPdf: false, reason: 'unreadable' };
  } catch {
    return { isPdf: false, reason: 'unreadable' };
  }
}
