import { describe, expect, it } from 'vitest';
import { classResultCsv, classResultFileName, type QuestionForCsv } from './class-result-csv';

const question = (over: Partial<QuestionForCsv> = {}): QuestionForCsv => ({
  point: 8,
  name: 'Between the heel tendon and the outer ankle',
  savedAt: new Date('2026-12-07T09:30:00Z'),
  fingerWidthM: 0.018,
  zoneRadiusM: 0.011,
  result: {
    taps: [
      { position: [0, 0, 0], distanceFingerWidths: 0.4, within: true },
      { position: [0, 0, 0], distanceFingerWidths: 2.25, within: false },
    ],
    within: 1,
    share: 0.5,
    medianFingerWidths: 1.325,
  },
  ...over,
});

describe("a class question's results as CSV", () => {
  it('has a header and one row a tap, with distances in finger-widths and cm', () => {
    const lines = classResultCsv(question()).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFsaved_at,point,point_name,tap,distance_finger_widths,distance_cm,zone_radius_cm,inside_zone',
    );
    expect(lines[1]).toBe(
      '2026-12-07T09:30:00.000Z,8,Between the heel tendon and the outer ankle,1,0.40,0.7,1.1,yes',
    );
    expect(lines[2]).toBe(
      '2026-12-07T09:30:00.000Z,8,Between the heel tendon and the outer ankle,2,2.25,4.0,1.1,no',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('quotes a name with a comma or quote, and keeps a spreadsheet from reading a formula', () => {
    const quoted = classResultCsv(question({ name: 'Heel, "outer" side' })).split('\r\n')[1];
    expect(quoted).toContain(',"Heel, ""outer"" side",');
    const formula = classResultCsv(question({ name: '=HYPERLINK("x")' })).split('\r\n')[1];
    expect(formula).toContain(`,"'=HYPERLINK(""x"")",`);
    const tabbed = classResultCsv(question({ name: '\t=1+1' })).split('\r\n')[1];
    expect(tabbed).toContain(`,'\t=1+1,`);
  });

  it('still has its header when nobody answered', () => {
    const empty = question({
      result: { taps: [], within: 0, share: null, medianFingerWidths: null },
    });
    expect(classResultCsv(empty).split('\r\n')).toHaveLength(2);
  });

  it('is saved under the point and the time', () => {
    expect(classResultFileName(question())).toBe('class-quiz-point-8-2026-12-07T09-30.csv');
  });
});
