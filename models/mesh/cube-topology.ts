/**
 * Per-configuration topology of a grid cell for manifold surface nets.
 *
 * Plain surface nets puts one vertex in every cell, which makes non-manifold edges where two
 * sheets pass through one cell. Here each cell gets one vertex per loop of the surface around the
 * cell's boundary (the patches marching cubes would make), so the dual mesh stays manifold.
 * Ambiguous faces (diagonal corners inside) are resolved by separating the inside corners; the rule
 * depends on the face alone, so both cells sharing a face agree.
 *
 * Corner c = x + 2y + 4z. Edge id = axis * 4 + lb + 2 * lc, where (b, c) are the two other axes
 * in cyclic order and lb, lc the edge's local coordinates along them.
 */

export const otherAxes = (axis: number): [number, number] => [(axis + 1) % 3, (axis + 2) % 3];

export function edgeCorners(edge: number): [number, number] {
  const axis = Math.floor(edge / 4);
  const lb = edge & 1;
  const lc = (edge >> 1) & 1;
  const [b, c] = otherAxes(axis);
  const base = (lb << b) | (lc << c);
  return [base, base | (1 << axis)];
}

function edgeBetween(c0: number, c1: number): number {
  const diff = c0 ^ c1;
  const axis = diff === 1 ? 0 : diff === 2 ? 1 : 2;
  const [b, c] = otherAxes(axis);
  return axis * 4 + ((c0 >> b) & 1) + 2 * ((c0 >> c) & 1);
}

/** EDGE_COMPONENT[config * 12 + edge] = patch index of a crossing edge, or -1. */
export const EDGE_COMPONENT = new Int8Array(256 * 12).fill(-1);
export const COMPONENT_COUNT = new Uint8Array(256);

(function build() {
  for (let config = 0; config < 256; config++) {
    const inside = (c: number): boolean => ((config >> c) & 1) === 1;
    const parent = Array.from({ length: 12 }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const unite = (a: number, b: number): void => {
      parent[find(a)] = find(b);
    };
    const crosses = (e: number): boolean => {
      const [a, b] = edgeCorners(e);
      return inside(a) !== inside(b);
    };
    for (let axis = 0; axis < 3; axis++) {
      const [b, c] = otherAxes(axis);
      for (let side = 0; side < 2; side++) {
        const s = side << axis;
        const ring = [s, s | (1 << b), s | (1 << b) | (1 << c), s | (1 << c)];
        const edges = ring.map((c0, i) => edgeBetween(c0, ring[(i + 1) % 4]!));
        const crossing = edges.filter(crosses);
        if (crossing.length === 2) unite(crossing[0]!, crossing[1]!);
        else if (crossing.length === 4) {
          // Separate the inside corners: pair the two edges meeting at each inside corner.
          ring.forEach((corner, i) => {
            if (inside(corner)) unite(edges[i]!, edges[(i + 3) % 4]!);
          });
        }
      }
    }
    const ids = new Map<number, number>();
    for (let e = 0; e < 12; e++) {
      if (!crosses(e)) continue;
      const r = find(e);
      if (!ids.has(r)) ids.set(r, ids.size);
      EDGE_COMPONENT[config * 12 + e] = ids.get(r)!;
    }
    COMPONENT_COUNT[config] = ids.size;
  }
})();
