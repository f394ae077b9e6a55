import { useSyncExternalStore } from 'react';
import { ROUTINE_STORAGE_KEY } from './routine-storage-key';

/** A routine older than this is not offered: the routine's own check discards it as stale. */
const OFFER_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Whether this device holds a routine begun and not finished, read roughly and without the
 * routine's code (it loads only when the routine opens, and checks the saved state fully).
 * The prerendered page's answer is "no": hydration matches, then the device's answer shows.
 */
export function useRoutineInProgress(): boolean {
  return useSyncExternalStore(onStorage, routineInProgress, () => false);
}

function onStorage(changed: () => void) {
  window.addEventListener('storage', changed);
  return () => window.removeEventListener('storage', changed);
}

function routineInProgress(): boolean {
  try {
    const text = window.localStorage.getItem(ROUTINE_STORAGE_KEY);
    if (text === null) return false;
    const saved: unknown = JSON.parse(text);
    const state = field(saved, 'state');
    const phase = field(field(state, 'routine'), 'phase');
    const savedAt = field(state, 'savedAt');
    return (
      phase === 'points' && typeof savedAt === 'number' && Date.now() - savedAt < OFFER_MAX_AGE_MS
    );
  } catch {
    return false; // unreadable: the routine sets it aside and says so when it opens
  }
}

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
