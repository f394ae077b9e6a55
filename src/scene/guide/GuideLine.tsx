import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { ColorRepresentation, Vector3 } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';

interface GuideLineProps {
  /** Pairs of ends, one pair a segment; fewer than two hides the line. */
  ends: Vector3[];
  color: ColorRepresentation;
  widthPx: number;
  renderOrder: number;
}

/**
 * A fat line in screen pixels whose material lives as long as the view. A line remade with each
 * point (as drei's `Line` is) disposes its material every time, and the next frame waits for
 * the shader program to be compiled again: on a phone or a software renderer the slowest part of
 * choosing a point. The geometry, cheap to upload, is new for each set of segments: three.js
 * fixes how many segments an instanced geometry draws on its first frame, so a refilled one
 * would cut a longer guide short.
 */
export function GuideLine({ ends, color, widthPx, renderOrder }: GuideLineProps) {
  const invalidate = useThree((state) => state.invalidate);
  // No depth writes: the point's dot, drawn after, is never hidden behind the line.
  const material = useMemo(
    () => new LineMaterial({ linewidth: widthPx, depthWrite: false }),
    [widthPx],
  );
  const line = useMemo(() => {
    const segments = new LineSegments2(undefined, material);
    segments.frustumCulled = false;
    return segments;
  }, [material]);
  const shown = ends.length >= 2;
  const geometry = useMemo(() => {
    const next = new LineSegmentsGeometry();
    if (shown) next.setPositions(ends.flatMap((end) => [end.x, end.y, end.z]));
    return next;
  }, [ends, shown]);

  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useLayoutEffect(() => {
    material.color.set(color);
    invalidate();
  }, [material, geometry, color, invalidate]);

  return <primitive object={line} geometry={geometry} visible={shown} renderOrder={renderOrder} />;
}
