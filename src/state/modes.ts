/**
 * How the atlas is being used: exploring (the default), presenting to a class, a quiz, a
 * printable handout of the filtered points, or a timed self-massage routine at home.
 */
export const MODES = ['explore', 'present', 'quiz', 'print', 'routine'] as const;
export type Mode = (typeof MODES)[number];
