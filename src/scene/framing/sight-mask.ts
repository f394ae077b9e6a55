import { VIEW_DIRECTION_COUNT } from './view-directions';

/**
 * From which of the view directions a spot on the body can be seen: one bit per direction,
 * set where nothing of the body or the pose's props lies between the spot and the camera.
 */
export type SightMask = Uint8Array;

const BYTES = VIEW_DIRECTION_COUNT / 8;

export function emptySightMask(): SightMask {
  return new Uint8Array(BYTES);
}

export function canSee(mask: SightMask, direction: number): boolean {
  return ((mask[direction >> 3]! >> (direction & 7)) & 1) === 1;
}

export function markSeen(mask: SightMask, direction: number) {
  mask[direction >> 3]! |= 1 << (direction & 7);
}

export function seenCount(mask: SightMask): number {
  let count = 0;
  for (let i = 0; i < VIEW_DIRECTION_COUNT; i++) if (canSee(mask, i)) count++;
  return count;
}

/**
 * A line of sight as text for the placement file: the mask in base64 (44 characters), after a
 * `~` where it looks through a fold of skin over the point rather than seeing it clear.
 */
export function encodeSightMask(mask: SightMask, throughFold = false): string {
  return `${throughFold ? FOLD_MARK : ''}${btoa(String.fromCharCode(...mask))}`;
}

const FOLD_MARK = '~';

/** Whether an encoded line of sight looks through a fold of skin. */
export const looksThroughFold = (text: string) => text.startsWith(FOLD_MARK);

export function decodeSightMask(text: string): SightMask {
  const bytes = Uint8Array.from(atob(text.replace(FOLD_MARK, '')), (c) => c.charCodeAt(0));
  if (bytes.length !== BYTES)
    throw new Error(`a line-of-sight mask holds ${BYTES} bytes, not ${bytes.length}`);
  return bytes;
}
