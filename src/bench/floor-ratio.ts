import { median } from './stats';

export interface FloorRatio {
  atlasMs: number;
  floorMs: number;
  /** Atlas over floor, medians of the alternating cold loads: 1 means no overhead at all. */
  ratio: number;
}

/**
 * How much later than bare three.js the atlas draws its first body frame. The loads alternate
 * (atlas, floor, atlas, …), so the machine's load falls on both alike; a ratio of medians is
 * steadier on a shared machine than either time alone.
 */
export function floorRatio(atlasMs: readonly number[], floorMs: readonly number[]): FloorRatio {
  if (atlasMs.length !== floorMs.length) {
    throw new Error(
      `floor ratio: ${atlasMs.length} atlas loads against ${floorMs.length} floor loads`,
    );
  }
  const atlas = median(atlasMs);
  const floor = median(floorMs);
  return { atlasMs: atlas, floorMs: floor, ratio: floor > 0 ? atlas / floor : NaN };
}
