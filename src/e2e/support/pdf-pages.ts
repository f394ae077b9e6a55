import { writeFileSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a PDF that Chromium printed with pdf.js (Mozilla's PDF reader), so the handout test
 * needs nothing beyond `npm ci` and the browser: no poppler or other system tool.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
}

/** The text of each page in drawing order, whitespace folded to single spaces. */
export async function pdfPageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
      .join('');
    texts.push(text.replace(/\s+/g, ' '));
  }
  return texts;
}

/** Draws each page to `${prefix}-N.png` at the given scale, for a person to look at. */
export async function savePdfPagePictures(
  pdf: PDFDocumentProxy,
  prefix: string,
  scale: number,
): Promise<void> {
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale });
    const factory = pdf.canvasFactory as {
      create(width: number, height: number): { canvas: { toBuffer(type: string): Buffer } };
    };
    const { canvas } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    writeFileSync(`${prefix}-${number}.png`, canvas.toBuffer('image/png'));
  }
}
