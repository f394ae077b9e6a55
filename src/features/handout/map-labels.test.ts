import { describe, expect, it } from 'vitest';
import { MAP_LABEL_RADIUS_PX, placeMapLabels, type MapSpot } from './map-labels';

const SIZE = { width: 480, height: 480 };
const r = MAP_LABEL_RADIUS_PX;

describe('numbers placed on the map', () => {
  it('keeps crowded numbers apart, off every dot, inside the picture and near their dots', () => {
    // Five points within two label widths of one another, as on the inner side of a foot.
    const spots: MapSpot[] = [
      { point: 7, x: 200, y: 200 },
      { point: 17, x: 215, y: 230 },
      { point: 20, x: 190, y: 235 },
      { point: 21, x: 240, y: 240 },
      { point: 24, x: 260, y: 250 },
    ];
    const labels = placeMapLabels(spots, SIZE);
    expect(labels.map((label) => label.point)).toEqual(spots.map((spot) => spot.point));
    for (const [i, a] of labels.entries()) {
      expect(a.labelX).toBeGreaterThanOrEqual(r);
      expect(a.labelY).toBeGreaterThanOrEqual(r);
      expect(Math.hypot(a.labelX - a.x, a.labelY - a.y)).toBeLessThan(6 * r);
      for (const b of labels.slice(i + 1))
        expect(Math.hypot(a.labelX - b.labelX, a.labelY - b.labelY)).toBeGreaterThanOrEqual(2 * r);
      for (const dot of spots)
        expect(Math.hypot(a.labelX - dot.x, a.labelY - dot.y)).toBeGreaterThan(r);
    }
  });

  it('turns a number inward at the picture’s edge', () => {
    const [label] = placeMapLabels([{ point: 1, x: SIZE.width - 4, y: 4 }], SIZE);
    expect(label!.labelX).toBeLessThanOrEqual(SIZE.width - r);
    expect(label!.labelY).toBeGreaterThanOrEqual(r);
  });
});
