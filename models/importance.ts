/** Where the simplifier should keep detail: the face first, then hands and feet. */
import { LEVEL } from './proportions';
import type { Skeleton } from './skeleton';

export const IMPORTANCE = { face: 4, ears: 1.2, hands: 1, feet: 1, body: 0.12 } as const;

export function importance(s: Skeleton): (p: ArrayLike<number>) => number {
  const w = s.wrist;
  return (p) => {
    const x = Math.abs(p[0]!),
      y = p[1]!,
      z = p[2]!;
    if (y > LEVEL.chin - 0.01 && z > -0.01 && x < 0.07) return IMPORTANCE.face;
    if (y > LEVEL.chin && x >= 0.06) return IMPORTANCE.ears;
    if (Math.hypot(x - w[0], y - w[1], z - w[2]) < 0.2 && y < w[1] + 0.01) return IMPORTANCE.hands;
    if (y < LEVEL.ankle + 0.03) return IMPORTANCE.feet;
    return IMPORTANCE.body;
  };
}
