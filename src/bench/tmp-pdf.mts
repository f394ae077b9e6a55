import { readFileSync } from 'node:fs';
import { openPdf, pdfPageTexts, savePdfPagePictures } from '../e2e/support/pdf-pages';
const pdf = await openPdf(new Uint8Array(readFileSync(process.argv[2]!)));
console.log('pages', pdf.numPages);
const texts = await pdfPageTexts(pdf);
texts.forEach((t, i) => console.log(i + 1, t.slice(0, 100)));
await savePdfPagePictures(pdf, process.argv[3]!, 1.3);
