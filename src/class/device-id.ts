import { randomId } from './client';
import { clientIdSchema } from './protocol';

/** Where a tab keeps the id it answers class questions under. */
export const DEVICE_ID_KEY = 'atlas.class.device';

/**
 * This tab's id for class answers, kept for the tab's life so a reload answers as the same
 * student. A stored value that is not a valid id (edited by hand, left by an older version, cut
 * short) is replaced, never sent: the hub would refuse it, and the student would wait at
 * "Joining the class…" for ever. Storage that cannot be used (a private window) gives an id for
 * this page only.
 */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null): string {
  try {
    const stored = storage?.getItem(DEVICE_ID_KEY) ?? null;
    if (stored !== null && clientIdSchema.safeParse(stored).success) return stored;
    const fresh = randomId();
    storage?.setItem(DEVICE_ID_KEY, fresh);
    return fresh;
  } catch {
    return randomId();
  }
}
