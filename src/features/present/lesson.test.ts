import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubWindowStorage } from '../../lib/testing/memory-storage';
import { setAsideKey } from '../../lib/device-storage';
import { lessonPointsText, readLessonPoints } from './lesson';

/** The atlas's 24 points as the reading needs them: 23 is on the midline, the rest pairs. */
const POINTS = Array.from({ length: 24 }, (_, i) => ({
  number: i + 1,
  symmetry: i + 1 === 23 ? ('midline' as const) : ('pair' as const),
}));

describe('the points typed for a lesson', () => {
  it('keeps the teacher’s order, whatever separates the numbers', () => {
    expect(readLessonPoints('8, 3 17;24', POINTS)).toEqual({
      ok: true,
      points: [8, 3, 17, 24],
      sides: {},
    });
  });

  it('reads the side a pair is shown on, in words or a letter, and types it back', () => {
    const reading = readLessonPoints('8, 3 left, 17R; 24 r, 5', POINTS);
    expect(reading).toEqual({
      ok: true,
      points: [8, 3, 17, 24, 5],
      sides: { 3: 'left', 17: 'right', 24: 'right' },
    });
    if (reading.ok)
      expect(lessonPointsText(reading.points, reading.sides)).toBe(
        '8, 3 left, 17 right, 24 right, 5',
      );
  });

  it.each([
    ['', 'Name at least one point'],
    ['8, 25', '"25" is no point: they are 1 to 24.'],
    ['8, x', '"x" is no point'],
    ['3, 8, 3', 'Point 3 is named twice'],
    ['0', '"0" is no point'],
    ['23 left', 'Point 23 is on the midline'],
    ['left 8', '"left" is no point'],
    ['8 left right', '"right" is no point'],
  ])('names what is wrong with %j', (typed, problem) => {
    const reading = readLessonPoints(typed, POINTS);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toContain(problem);
  });
});

async function loadLessons() {
  vi.resetModules();
  return (await import('./lesson-store')).useLessonStore;
}

describe('lessons saved on the device', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('survive a reload; one of the same name is replaced; one can be removed', async () => {
    stubWindowStorage({});
    let lessons = await loadLessons();
    lessons.getState().actions.save({ name: 'Feet', points: [3, 8] });
    lessons.getState().actions.save({ name: 'Belly', points: [15, 23] });
    lessons.getState().actions.save({ name: 'Feet', points: [8, 3, 17] });
    lessons = await loadLessons();
    expect(lessons.getState().lessons).toEqual([
      { name: 'Belly', points: [15, 23] },
      { name: 'Feet', points: [8, 3, 17] },
    ]);
    lessons.getState().actions.remove('Belly');
    expect((await loadLessons()).getState().lessons.map((lesson) => lesson.name)).toEqual(['Feet']);
  });

  it('sets a damaged store aside with a notice, and starts empty', async () => {
    const damaged = JSON.stringify({ state: { lessons: [{ name: '', points: [] }] }, version: 1 });
    const items = stubWindowStorage({ 'acupressure-atlas.lessons': damaged });
    const lessons = await loadLessons();
    expect(lessons.getState().lessons).toEqual([]);
    expect(lessons.getState().notice).toContain('could not be used');
    expect(items.get(setAsideKey('acupressure-atlas.lessons'))).toBe(damaged);
  });
});
