import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import {
  canSee,
  decodeSightMask,
  emptySightMask,
  encodeSightMask,
  markSeen,
  seenCount,
} from './sight-mask';
import { VIEW_DIRECTION_COUNT, VIEW_DIRECTIONS } from './view-directions';

describe('a line-of-sight mask', () => {
  it('keeps each direction apart and survives the trip through the placement file', () => {
    const mask = emptySightMask();
    for (const direction of [0, 7, 8, 200, VIEW_DIRECTION_COUNT - 1]) markSeen(mask, direction);
    const back = decodeSightMask(encodeSightMask(mask));
    expect(seenCount(back)).toBe(5);
    expect(canSee(back, 7)).toBe(true);
    expect(canSee(back, 6)).toBe(false);
    expect(canSee(back, VIEW_DIRECTION_COUNT - 1)).toBe(true);
  });

  it('refuses text of the wrong length', () => {
    expect(() => decodeSightMask(btoa('short'))).toThrow(/32 bytes/);
  });
});

describe('the view directions', () => {
  it('are unit vectors spread over the whole sphere, none far from any other', () => {
    expect(VIEW_DIRECTIONS).toHaveLength(VIEW_DIRECTION_COUNT);
    for (const direction of VIEW_DIRECTIONS) expect(direction.length()).toBeCloseTo(1, 6);
    // Any direction in space has a listed one within 10°.
    for (const probe of [
      [1, 0, 0],
      [0, -1, 0],
      [0.3, 0.4, -0.86],
      [-0.7, 0.1, 0.7],
    ] as const) {
      const wanted = new Vector3(...probe).normalize();
      const nearest = VIEW_DIRECTIONS.reduce((best, next) =>
        next.dot(wanted) > best.dot(wanted) ? next : best,
      );
      expect(nearest.angleTo(wanted)).toBeLessThan((10 * Math.PI) / 180);
    }
  });
});
