import { describe, expect, it } from 'vitest';
import {
  LABEL_GAP_PX,
  labelUnderAny,
  pinSide,
  uncrowdedLabels,
  type LabelBox,
  type PinSide,
} from './label-declutter';

const label = (key: string, x: number, y: number, priority: number, halfSize = 13): LabelBox => ({
  key,
  x,
  y,
  halfSize,
  priority,
});

describe('uncrowdedLabels', () => {
  it('shows every label when none overlap', () => {
    const labels = [label('1', 0, 0, 1), label('2', 40, 0, 2), label('3', 0, 40, 3)];
    expect([...uncrowdedLabels(labels)].sort()).toEqual(['1', '2', '3']);
  });

  it('lets the lower-priority label give way where two overlap', () => {
    const labels = [label('low', 10, 5, 9), label('high', 0, 0, 1)];
    expect([...uncrowdedLabels(labels)]).toEqual(['high']);
  });

  it('keeps the gap: touching boxes count as overlapping, one gap further apart does not', () => {
    const reach = 26 + LABEL_GAP_PX;
    expect(uncrowdedLabels([label('a', 0, 0, 1), label('b', reach - 0.5, 0, 2)]).has('b')).toBe(
      false,
    );
    expect(uncrowdedLabels([label('a', 0, 0, 1), label('b', reach, 0, 2)]).has('b')).toBe(true);
  });

  it('measures a larger (selected) label by its own size', () => {
    const labels = [label('pin', 0, 0, 0, 17), label('near', 31, 0, 1)];
    expect(uncrowdedLabels(labels).has('near')).toBe(false);
    expect(uncrowdedLabels([label('pin', 0, 0, 0, 17), label('near', 33, 0, 1)]).has('near')).toBe(
      true,
    );
  });

  it('checks a label only against the labels shown, not against those that gave way', () => {
    // b overlaps a and gives way; c overlaps only b, so it stays.
    const labels = [label('a', 0, 0, 1), label('b', 20, 0, 2), label('c', 40, 0, 3)];
    expect([...uncrowdedLabels(labels)].sort()).toEqual(['a', 'c']);
  });
});

describe('labelUnderAny', () => {
  const toolbar = { left: 100, right: 200, top: 0, bottom: 40 };

  it('counts a label whose centre is just outside the toolbar but whose edge is under it', () => {
    expect(labelUnderAny(label('edge', 95, 20, 1), [toolbar])).toBe(true);
    expect(labelUnderAny(label('below', 150, 50, 1), [toolbar])).toBe(true);
  });

  it('leaves a label clear of every area alone, even when it touches one', () => {
    expect(labelUnderAny(label('left', 87, 20, 1), [toolbar])).toBe(false);
    expect(labelUnderAny(label('under', 150, 53, 1), [toolbar])).toBe(false);
    expect(labelUnderAny(label('any', 150, 20, 1), [])).toBe(false);
  });
});

describe("the chosen point's pin", () => {
  const coveredAbove = (side: PinSide) => side === 'above';
  const coveredEverywhere = () => true;

  it('hangs below its point where a button or a note covers the place above and not below', () => {
    expect(pinSide(false, coveredAbove)).toBe('below');
    expect(pinSide(false)).toBe('above');
  });

  it('stays above where both places are covered, and below under the face whatever covers it', () => {
    expect(pinSide(false, coveredEverywhere)).toBe('above');
    expect(pinSide(true, coveredEverywhere)).toBe('below');
  });
});
