import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as z from 'zod/mini';
import { checkedMerge, deviceStorage, outdated, setAsideKey } from '../../lib/device-storage';
import { lessonSchema, type Lesson } from './lesson';

export const LESSONS_STORAGE_KEY = 'acupressure-atlas.lessons';
/** Raised whenever the saved shape changes; `migrate` then carries older lessons over. */
export const LESSONS_VERSION = 1;

const savedLessonsSchema = z.strictObject({ lessons: z.array(lessonSchema) });
type SavedLessons = z.infer<typeof savedLessonsSchema>;

interface LessonStore extends SavedLessons {
  /** Why the lessons on this device could not be used (they are kept aside), until dismissed. */
  notice: string | null;
  actions: {
    /** Saves the lesson, in place of one of the same name. */
    save: (lesson: Lesson) => void;
    remove: (name: string) => void;
    dismissNotice: () => void;
  };
}

/**
 * A teacher's lessons, saved on this device for tomorrow's class (nothing is sent; a lesson is
 * shared as its link). zustand's `persist` in `localStorage`, checked with zod when read: a
 * damaged store is set aside with a notice, never a crash.
 */
export const useLessonStore = create<LessonStore>()(
  persist(
    (set) => ({
      lessons: [],
      notice: null,
      actions: {
        save: (lesson) =>
          set(({ lessons }) => ({
            lessons: [...lessons.filter((saved) => saved.name !== lesson.name), lesson],
          })),
        remove: (name) =>
          set(({ lessons }) => ({ lessons: lessons.filter((saved) => saved.name !== name) })),
        dismissNotice: () => set({ notice: null }),
      },
    }),
    {
      name: LESSONS_STORAGE_KEY,
      version: LESSONS_VERSION,
      storage: deviceStorage<SavedLessons>(LESSONS_VERSION),
      partialize: ({ lessons }) => ({ lessons }),
      // No older shape exists yet: anything saved under another version is set aside.
      migrate: (_persisted, version) => outdated<SavedLessons>(version),
      merge: checkedMerge<SavedLessons, LessonStore>(
        LESSONS_STORAGE_KEY,
        savedLessonsSchema,
        (reason) =>
          `The lessons saved on this device could not be used: ${reason}. They are kept ` +
          `aside under "${setAsideKey(LESSONS_STORAGE_KEY)}" in this browser's storage.`,
      ),
    },
  ),
);

export const useLessonActions = () => useLessonStore((state) => state.actions);
