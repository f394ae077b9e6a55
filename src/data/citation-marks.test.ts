import { describe, expect, it } from 'vitest';
import { citationMarks, pointCitations } from './citation-marks';
import { pointByNumber } from './dataset';
import { DATASET } from './full-dataset';

const cite = (first: number, last = first) => ({
  file: '000_6b51c40c321a4cb5.txt' as const,
  section: 'Acupressure technique',
  lines: [first, last] as [number, number],
});

describe('numbered source marks', () => {
  it('give a repeated citation the number it got first, in order of first use', () => {
    const marks = citationMarks([cite(190), cite(200), cite(190), cite(45, 53)]);
    expect(marks.list).toEqual([cite(190), cite(200), cite(45, 53)]);
    expect(marks.numberOf(cite(190))).toBe(1);
    expect(marks.numberOf(cite(45, 53))).toBe(3);
    expect(marks.numberOf(cite(46))).toBeUndefined();
  });

  it('keep every citation of a point while folding its repeats', () => {
    for (const point of DATASET.points) {
      const all = pointCitations(point, DATASET);
      const marks = citationMarks(all);
      for (const citation of all) expect(marks.numberOf(citation)).toBeGreaterThan(0);
      expect(marks.list.length).toBeLessThanOrEqual(all.length);
    }
    // Point 16 cites line 190 for its caution, time, place, posture and pair: one mark for all.
    const point16 = pointByNumber(DATASET, 16)!;
    const all = pointCitations(point16, DATASET);
    expect(citationMarks(all).list.length).toBeLessThan(all.length);
  });
});
