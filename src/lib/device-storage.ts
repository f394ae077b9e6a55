import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type * as z from 'zod/mini';

/**
 * The device's own storage (`localStorage`) for zustand's `persist`, made safe for a phone:
 * blocked storage (private mode, a policy) and full storage never throw. Text that is not JSON
 * is set aside and handed to the store's `merge` as an unreadable marker, and a `migrate` with
 * no older shape to carry over hands on an outdated marker, so one place, the store's `merge`,
 * checks what was read (with zod) and says why it could not be used (`storedProblem`).
 */
export function deviceStorage<S>(version: number): PersistStorage<S, void> {
  return {
    getItem(name) {
      const text = readText(name);
      if (text === null) return null;
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed)
          return parsed as StorageValue<S>;
      } catch {
        // Falls through to the marker below.
      }
      const unreadable: Unreadable = { unreadable: true };
      return { state: unreadable as S, version };
    },
    setItem(name, value) {
      writeText(name, JSON.stringify(value));
    },
    removeItem: removeStored,
  };
}

interface Unreadable {
  unreadable: true;
}
interface Outdated {
  outdatedVersion: number;
}

/** For a store's `migrate` while it has no older shape to carry over: its `merge` sets it aside. */
export function outdated<S>(version: number): S {
  const marker: Outdated = { outdatedVersion: version };
  return marker as S;
}

/** Why what `persist` read cannot be used, for the markers above; null for anything else. */
export function storedProblem(persisted: unknown): string | null {
  if (typeof persisted !== 'object' || persisted === null) return null;
  if ('unreadable' in persisted) return 'it could not be read (it is not valid JSON)';
  if ('outdatedVersion' in persisted) return 'it was saved by another version of the atlas';
  return null;
}

/**
 * A `merge` for zustand's `persist`: what was read, checked with `schema`, becomes the store's
 * saved part; anything else (unreadable, outdated, not fitting) is set aside under `name` and
 * the store gets a `notice` saying why, never a crash and never a silent loss.
 */
export function checkedMerge<Saved extends object, State extends { notice: string | null }>(
  name: string,
  schema: z.ZodMiniType<Saved>,
  noticeFor: (reason: string) => string,
): (persisted: unknown, current: State) => State {
  return (persisted, current) => {
    if (persisted === undefined) return current; // nothing saved yet
    const parsed = schema.safeParse(persisted);
    if (parsed.success) return { ...current, ...parsed.data };
    setAside(name);
    const path = parsed.error.issues[0]?.path.join('.') || 'the top';
    const reason = storedProblem(persisted) ?? `its contents do not fit (at ${path})`;
    return { ...current, notice: noticeFor(reason) };
  };
}

/** Removes what is stored under `name`, if anything (blocked storage holds nothing). */
export function removeStored(name: string): void {
  try {
    window.localStorage.removeItem(name);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

/** Where a store's unreadable or unfitting text is kept, so a bad update never loses it. */
export const setAsideKey = (name: string) => `${name}.set-aside`;

/** Copies what is stored under `name` to its set-aside key (the last one set aside wins). */
export function setAside(name: string): void {
  const text = readText(name);
  if (text !== null) writeText(setAsideKey(name), text);
}

function readText(name: string): string | null {
  try {
    return window.localStorage.getItem(name);
  } catch {
    return null; // storage blocked: the feature runs, unsaved
  }
}

function writeText(name: string, text: string): void {
  try {
    window.localStorage.setItem(name, text);
  } catch {
    // Full or blocked storage: the feature still runs, it just cannot survive a reload.
  }
}
