import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { isUpright } from './upright';

const STANDING = new Vector3(0, 1, 0);
/** Lying on the back, head toward -Z. */
const LYING = new Vector3(0, 0, -1);
const from = (x: number, y: number, z: number) => new Vector3(x, y, z).normalize();

describe('a view the right way up', () => {
  it('standing: any side at eye level, but not from straight above or below', () => {
    expect(isUpright(from(0, 0.2, 1), STANDING)).toBe(true);
    expect(isUpright(from(-1, -0.5, 0), STANDING)).toBe(true);
    expect(isUpright(from(0, 1, 0.1), STANDING)).toBe(false);
    expect(isUpright(from(0.1, -1, 0), STANDING)).toBe(false);
  });

  it('lying: from the feet end or the side and above, never from beyond the head', () => {
    // The camera above and past the feet (+Z), looking toward the head: head at the top.
    expect(isUpright(from(0, 1, 1), LYING)).toBe(true);
    // From the side: the body runs across the screen.
    expect(isUpright(from(1, 0.6, 0), LYING)).toBe(true);
    // Above and past the head, looking toward the feet: the feet would be at the top.
    expect(isUpright(from(0, 1, -1), LYING)).toBe(false);
  });
});
