/**
 * Writes the PDF fixtures of the document tests into test/fixtures/ (the output is committed;
 * run again only to change them: `npx tsx scripts/make-fixture-pdfs.ts`). Real PDFs made with
 * pdf-lib, plus files that only pretend to be PDFs, so the upload check is tested on content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const directory = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');

async function makePdf(title: string, pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  // Fixed dates so that running the script again writes the same bytes.
  const fixedDate = new Date('2026-01-01T00:00:00Z');
  document.setTitle(title);
  document.setCreationDate(fixedDate);
  document.setModificationDate(fixedDate);
  document.setProducer('kakehashi fixtures');
  document.setCreator('scripts/make-fixture-pdfs.ts');
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) {
    const sheet = document.addPage([595, 842]);
    sheet.drawText(`${title}, page ${page} of ${pages}`, { x: 72, y: 770, size: 14, font });
  }
  // Classic cross-reference table (no object streams), so the trailer is plain text below.
  return document.save({ useObjectStreams: false });
}

function write(name: string, bytes: Uint8Array | string): void {
  fs.writeFileSync(path.join(directory, name), bytes);
  console.log(`wrote test/fixtures/${name}`);
}

fs.mkdirSync(directory, { recursive: true });
write('proposal-form.pdf', await makePdf('Proposal form', 3));
write('cv.pdf', await makePdf('Curriculum vitae', 1));

// A PDF whose trailer names an /Encrypt dictionary: readers would ask for a password.
const plain = Buffer.from(await makePdf('Protected letter', 1)).toString('latin1');
write('encrypted.pdf', Buffer.from(plain.replace('trailer\n<<', 'trailer\n<<\n/Encrypt 1 0 R'), 'latin1'));

// The first kilobyte of a real PDF: the header is right, the document is not there.
write('truncated.pdf', Buffer.from(plain.slice(0, 1024), 'latin1'));

// A 1×1 PNG renamed .pdf, and plain text renamed .pdf: the name must not fool the check.
write('fake-image.pdf', Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
write('fake-text.pdf', 'This is a text file with a .pdf name.\n');
