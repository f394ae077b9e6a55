import encodeQR from 'qr';

/**
 * A QR code of `text` for a terminal, drawn with ANSI background colours so it scans in any
 * font and on a dark or light theme. The browser draws its SVG with the same library.
 */
export function terminalQr(text: string): string {
  return encodeQR(text, 'term', { ecc: 'medium', border: 2 });
}
