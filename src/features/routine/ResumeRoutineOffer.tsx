import { useSyncExternalStore } from 'react';
import { useAtlasActions } from '../../state/atlas-store';
import { ROUTINE_STORAGE_KEY } from './routine-storage-key';

/**
 * "Resume your routine" on the first screen when one is saved and not finished. Read after
 * hydration (the prerendered page knows nothing of this device), and only roughly: the
 * routine's own chunk checks the saved state fully and says so if it has to discard it.
 */
export function ResumeRoutineOffer() {
  // The server's (prerender's) answer is "no": hydration matches, then the device's answer shows.
  const saved = useSyncExternalStore(onStorage, hasUnfinishedRoutine, () => false);
  const { startRoutine } = useAtlasActions();
  if (!saved) return null;
  return (
    <section className="resume-routine" aria-label="Your routine" data-testid="resume-routine">
      <p>You have a self-massage routine in progress.</p>
      <button type="button" className="button" onClick={() => startRoutine()}>
        Resume your routine
      </button>
    </section>
  );
}

function onStorage(changed: () => void) {
  window.addEventListener('storage', changed);
  return () => window.removeEventListener('storage', changed);
}

function hasUnfinishedRoutine(): boolean {
  try {
    const text = window.localStorage.getItem(ROUTINE_STORAGE_KEY);
    if (text === null) return false;
    const saved: unknown = JSON.parse(text);
    const state: unknown =
      typeof saved === 'object' && saved !== null ? Reflect.get(saved, 'state') : undefined;
    const phase: unknown =
      typeof state === 'object' && state !== null ? Reflect.get(state, 'phase') : undefined;
    return phase !== 'done';
  } catch {
    return true; // unreadable: offer it, and the routine explains why it cannot be resumed
  }
}
