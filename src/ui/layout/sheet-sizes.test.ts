import { describe, expect, it } from 'vitest';
import {
  coveredBySheet,
  nearestSheetSize,
  nextSheetSize,
  SHEET_FULL_GAP_PX,
  SHEET_HALF_SHARE,
  sheetHeights,
} from './sheet-sizes';

describe('bottom sheet sizes', () => {
  const available = 700;
  const peek = 120;
  const heights = sheetHeights(available, peek);

  it('grows from the header to half and nearly all of the area', () => {
    expect(heights.peek).toBe(peek);
    expect(heights.half).toBe(available * SHEET_HALF_SHARE);
    expect(heights.full).toBe(available - SHEET_FULL_GAP_PX);
  });

  it('never makes a size smaller than the header, even on a low screen', () => {
    const low = sheetHeights(150, peek);
    expect(low.half).toBeGreaterThanOrEqual(low.peek);
    expect(low.full).toBeGreaterThanOrEqual(low.half);
  });

  it('snaps a released drag to the nearest size', () => {
    expect(nearestSheetSize(heights, peek + 10)).toBe('peek');
    expect(nearestSheetSize(heights, heights.half - 30)).toBe('half');
    expect(nearestSheetSize(heights, available)).toBe('full');
  });

  it('steps up on a tap and wraps from full to the header', () => {
    expect(nextSheetSize('peek')).toBe('half');
    expect(nextSheetSize('half')).toBe('full');
    expect(nextSheetSize('full')).toBe('peek');
  });

  it('frames the body over the visible part, as at half once the sheet is full', () => {
    expect(coveredBySheet(heights, 'peek')).toBe(heights.peek);
    expect(coveredBySheet(heights, 'full')).toBe(heights.half);
  });
});
