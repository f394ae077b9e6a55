/** Count the separate pieces a plane cuts out of a closed triangle mesh (for toe/finger tests). */
import type { V3 } from '../sdf/vec';

/**
 * Pieces of the cross-section of the mesh by the plane (point, normal), keeping only crossing
 * points for which `keep` is true. Segments are joined through the mesh edges they share.
 */
export function sectionPieces(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  point: V3,
  normal: V3,
  keep: (p: V3) => boolean,
): number {
  const side = (v: number): number =>
    (positions[v * 3]! - point[0]) * normal[0] +
    (positions[v * 3 + 1]! - point[1]) * normal[1] +
    (positions[v * 3 + 2]! - point[2]) * normal[2];
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const crossing = (a: number, b: number): { key: string; p: V3 } | null => {
    const sa = side(a),
      sb = side(b);
    if (sa < 0 === sb < 0) return null;
    const t = sa / (sa - sb);
    const p: V3 = [0, 1, 2].map(
      (i) => positions[a * 3 + i]! + t * (positions[b * 3 + i]! - positions[a * 3 + i]!),
    ) as V3;
    return { key: a < b ? `${a}_${b}` : `${b}_${a}`, p };
  };
  for (let t = 0; t < indices.length; t += 3) {
    const v = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const hits = [crossing(v[0]!, v[1]!), crossing(v[1]!, v[2]!), crossing(v[2]!, v[0]!)].filter(
      (h): h is { key: string; p: V3 } => h !== null,
    );
    if (hits.length !== 2 || !keep(hits[0]!.p) || !keep(hits[1]!.p)) continue;
    for (const h of hits) if (!parent.has(h.key)) parent.set(h.key, h.key);
    parent.set(find(hits[0]!.key), find(hits[1]!.key));
  }
  const roots = new Set<string>();
  for (const k of parent.keys()) roots.add(find(k));
  return roots.size;
}
