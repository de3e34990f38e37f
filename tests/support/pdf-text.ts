import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, joined per page, read with Mozilla's pdf.js. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  // The embedded fonts map some characters to look-alikes: Kangxi radicals (⽀ for 支), which NFKC
  // maps back, and the hyphenation point ‧ for the katakana middle dot ・.
  return { pages: document.numPages, text: pages.join('\n').normalize('NFKC').replaceAll('\u2027', '・') };
}
