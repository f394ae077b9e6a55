import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as z from 'zod/mini';
import {
  checkedMerge,
  deviceStorage,
  outdated,
  removeStored,
  setAsideKey,
} from '../../../lib/device-storage';
import type { Rating } from '../routine-engine';
import { ROUTINE_STORAGE_KEY } from '../routine-storage-key';
import { diaryEntrySchema, NOTE_MAX_LENGTH, type DiaryEntry } from './diary-entry';

export const DIARY_STORAGE_KEY = 'acupressure-atlas.diary';
/** Raised whenever the saved shape changes; `migrate` then carries older entries over. */
export const DIARY_VERSION = 1;

const savedDiarySchema = z.strictObject({ entries: z.array(diaryEntrySchema) });
type SavedDiary = z.infer<typeof savedDiarySchema>;

interface DiaryStore extends SavedDiary {
  /** Why the diary on this device could not be used (it is kept aside), until dismissed. */
  notice: string | null;
  actions: {
    /** Adds the entry, or replaces the one with its id. */
    save: (entry: DiaryEntry) => void;
    /** The person's own words on an entry: discomfort after, and a note. */
    annotate: (id: string, change: { after?: Rating; note?: string }) => void;
    remove: (id: string) => void;
    clear: () => void;
    dismissNotice: () => void;
  };
}

const asideNotice = (reason: string) =>
  `Your diary on this device could not be used: ${reason}. It is kept aside under ` +
  `"${setAsideKey(DIARY_STORAGE_KEY)}" in this browser's storage, and a new diary starts here.`;

/**
 * The private diary: every finished or stopped routine, on this device only (nothing is sent).
 * Saved with zustand's `persist` in `localStorage` and checked with zod when read: a corrupt or
 * unknown store is set aside with a notice, never a crash and never silently dropped.
 */
export const useDiaryStore = create<DiaryStore>()(
  persist(
    (set) => ({
      entries: [],
      notice: null,
      actions: {
        save: (entry) =>
          set(({ entries }) => ({
            entries: [...entries.filter((e) => e.id !== entry.id), entry].sort(
              (a, b) => a.endedAt - b.endedAt,
            ),
          })),
        annotate: (id, change) =>
          set(({ entries }) => ({
            entries: entries.map((entry) =>
              entry.id === id
                ? {
                    ...entry,
                    ...(change.after !== undefined && { after: change.after }),
                    ...(change.note !== undefined && {
                      note: change.note.slice(0, NOTE_MAX_LENGTH),
                    }),
                  }
                : entry,
            ),
          })),
        remove: (id) => set(({ entries }) => ({ entries: entries.filter((e) => e.id !== id) })),
        // All means all: the copies set aside from a damaged diary or routine go too.
        clear: () => {
          removeStored(setAsideKey(DIARY_STORAGE_KEY));
          removeStored(setAsideKey(ROUTINE_STORAGE_KEY));
          set({ entries: [], notice: null });
        },
        dismissNotice: () => set({ notice: null }),
      },
    }),
    {
      name: DIARY_STORAGE_KEY,
      version: DIARY_VERSION,
      storage: deviceStorage<SavedDiary>(DIARY_VERSION),
      partialize: ({ entries }) => ({ entries }),
      // No older shape exists yet: anything saved under another version is set aside.
      migrate: (_persisted, version) => outdated<SavedDiary>(version),
      merge: checkedMerge<SavedDiary, DiaryStore>(DIARY_STORAGE_KEY, savedDiarySchema, asideNotice),
    },
  ),
);

export const useDiaryActions = () => useDiaryStore((state) => state.actions);

// Another tab of the atlas saved the diary: read it again, so this tab's next save keeps that
// entry instead of writing its older list over it (a phone keeps old tabs for days).
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener('storage', (event) => {
    if (event.key === DIARY_STORAGE_KEY) void useDiaryStore.persist.rehydrate();
  });
}
