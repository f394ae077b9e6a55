/**
 * How the atlas is being used: exploring (the default), presenting to a class, a quiz, or a
 * printable handout of the filtered points.
 */
export const MODES = ['explore', 'present', 'quiz', 'print'] as const;
export type Mode = (typeof MODES)[number];
