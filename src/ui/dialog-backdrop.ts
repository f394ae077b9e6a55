import type { MouseEvent } from 'react';

/**
 * Closes a modal `<dialog>` on a tap outside its box: the backdrop's clicks reach the dialog
 * element itself, as do clicks on its own padding, so the point is checked against its box.
 */
export function closeOnBackdrop(event: MouseEvent<HTMLDialogElement>): void {
  const dialog = event.currentTarget;
  if (event.target !== dialog) return;
  const box = dialog.getBoundingClientRect();
  const inside =
    event.clientX >= box.left &&
    event.clientX <= box.right &&
    event.clientY >= box.top &&
    event.clientY <= box.bottom;
  if (!inside) dialog.close();
}
