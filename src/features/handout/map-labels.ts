/** A point marked on one of the map's pictures, in the picture's pixels. */
export interface MapSpot {
  point: number;
  x: number;
  y: number;
}

/** Where a point's number goes: the centre of its round label, clear of the other labels and dots. */
export interface MapLabel extends MapSpot {
  labelX: number;
  labelY: number;
}

/**
 * The round number label's radius and the largest marked dot's (a close view's 6 mm dot), in
 * the picture's pixels.
 */
export const MAP_LABEL_RADIUS_PX = 19;
const DOT_RADIUS_PX = 10;
/** Labels and dots keep this much apart. */
const GAP_PX = 2;
/** Ways round a dot to try, starting up and to the right (where a reader looks first). */
const DIRECTIONS = 12;
/** Distances out from the dot to try, in label radii. */
const REACHES = [1.7, 2.6, 3.6, 4.8] as const;

/**
 * Places each number near its dot, nearest first, never over another number, a dot or the
 * picture's edge where any place allows; where none does, the place that overlaps least.
 */
export function placeMapLabels(
  spots: readonly MapSpot[],
  size: { width: number; height: number },
  radius = MAP_LABEL_RADIUS_PX,
): MapLabel[] {
  const placed: MapLabel[] = [];
  const ordered = [...spots].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const spot of ordered) {
    let best: { x: number; y: number; overlap: number } | null = null;
    for (const reach of REACHES) {
      for (let i = 0; i < DIRECTIONS; i++) {
        const angle = -Math.PI / 4 + (i * 2 * Math.PI) / DIRECTIONS;
        const x = spot.x + Math.cos(angle) * reach * radius;
        const y = spot.y + Math.sin(angle) * reach * radius;
        const overlap = overlapAt(x, y, radius, size, placed, spots);
        if (best === null || overlap < best.overlap) best = { x, y, overlap };
        if (overlap === 0) break;
      }
      if (best !== null && best.overlap === 0) break;
    }
    placed.push({ ...spot, labelX: best!.x, labelY: best!.y });
  }
  return spots.map((spot) => placed.find((label) => label.point === spot.point)!);
}

function overlapAt(
  x: number,
  y: number,
  radius: number,
  size: { width: number; height: number },
  placed: readonly MapLabel[],
  spots: readonly MapSpot[],
): number {
  let overlap = 0;
  const outside =
    Math.max(0, radius - x) +
    Math.max(0, x + radius - size.width) +
    Math.max(0, radius - y) +
    Math.max(0, y + radius - size.height);
  overlap += outside * 4;
  for (const label of placed)
    overlap += Math.max(0, 2 * radius + GAP_PX - Math.hypot(label.labelX - x, label.labelY - y));
  for (const dot of spots)
    overlap += Math.max(0, radius + DOT_RADIUS_PX + GAP_PX - Math.hypot(dot.x - x, dot.y - y));
  return overlap;
}
