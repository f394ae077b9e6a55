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
 * A fat line in screen pixels, built once and refilled when its segments change. Its material
 * lives as long as the view: a line that is remade with each point (as drei's `Line` is) disposes
 * its material every time, and the next frame waits for the shader program to be compiled again,
 * which on a phone or a software renderer is the slowest part of choosing a point.
 */
export function GuideLine({ ends, color, widthPx, renderOrder }: GuideLineProps) {
  const invalidate = useThree((state) => state.invalidate);
  const line = useMemo(() => {
    // No depth writes: the point's dot, drawn after, is never hidden behind the line.
    const material = new LineMaterial({ linewidth: widthPx, depthWrite: false });
    const segments = new LineSegments2(new LineSegmentsGeometry(), material);
    segments.frustumCulled = false;
    return segments;
  }, [widthPx]);

  useEffect(
    () => () => {
      line.geometry.dispose();
      line.material.dispose();
    },
    [line],
  );

  const shown = ends.length >= 2;
  useLayoutEffect(() => {
    line.material.color.set(color);
    if (shown) line.geometry.setPositions(ends.flatMap((end) => [end.x, end.y, end.z]));
    invalidate();
  }, [line, ends, shown, color, invalidate]);

  return <primitive object={line} visible={shown} renderOrder={renderOrder} />;
}
