/**
 * Some browsers read a download's address after the click has returned (Firefox, Safari): the
 * address is kept this long before it is let go.
 */
const KEEP_ADDRESS_MS = 60_000;

/** Hands the browser a file to save, made on this device; nothing goes over the network. */
export function downloadFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_ADDRESS_MS);
}
