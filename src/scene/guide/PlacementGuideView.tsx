import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { InstancedMesh, Matrix4, MeshBasicMaterial, SphereGeometry, Vector3 } from 'three';
import type { SurfacePoint } from '../../data/surface-query';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';
import { DRAW_ORDER, GUIDE_LANDMARK_RADIUS_M, GUIDE_TICK_RADIUS_M } from '../markers/marker-look';
import { useMarkersOnShow } from '../markers/markers-on-show';
import { useMarkerLook } from '../markers/use-marker-look';
import { GuideLine } from './GuideLine';

/** Guide marks float this far off the skin so they never flicker into it. */
const LIFT_M = 0.0015;
const LINE_WIDTH_PX = 3;
/** Room for the longest guide: two landmarks and a tick per finger-width. */
const MAX_GUIDE_DOTS = 32;

const LANDMARK_GEOMETRY = new SphereGeometry(GUIDE_LANDMARK_RADIUS_M, 16, 12);
const TICK_GEOMETRY = new SphereGeometry(GUIDE_TICK_RADIUS_M, 12, 8);

const lifted = (p: SurfacePoint) =>
  new Vector3(...p.position).addScaledVector(new Vector3(...p.normal), LIFT_M);

/**
 * "How to find it", drawn on the body from the same rule that places the point: the landmark,
 * a tick at every finger-width, and the line to the point. Four draw calls.
 */
export function PlacementGuideView() {
  const selected = useSelectedAfterPaint();
  const markers = useMarkersOnShow(selected);
  const { guide: colours } = useMarkerLook();
  const invalidate = useThree((state) => state.invalidate);
  const landmarkDots = useRef<InstancedMesh>(null);
  const tickDots = useRef<InstancedMesh>(null);
  const materials = useMemo(
    () => ({
      // No depth writes: the point's dot, drawn after, is never hidden behind a guide mark.
      landmark: new MeshBasicMaterial({ color: colours.landmark, depthWrite: false }),
      tick: new MeshBasicMaterial({ color: colours.tick, depthWrite: false }),
    }),
    [colours],
  );

  const guides = useMemo(
    () => markers.filter((m) => m.point === selected).map((m) => m.guide),
    [markers, selected],
  );
  const segments = useMemo(
    () =>
      guides.flatMap((guide) =>
        guide.path.slice(1).flatMap((to, i) => [lifted(guide.path[i]!), lifted(to)]),
      ),
    [guides],
  );

  useLayoutEffect(() => {
    fill(
      landmarkDots.current,
      guides.flatMap((g) => g.landmarks),
    );
    fill(
      tickDots.current,
      guides.flatMap((g) => g.ticks),
    );
    invalidate();
  }, [guides, invalidate]);

  return (
    <group>
      <instancedMesh
        ref={landmarkDots}
        args={[LANDMARK_GEOMETRY, materials.landmark, MAX_GUIDE_DOTS]}
        count={0}
        frustumCulled={false}
        renderOrder={DRAW_ORDER.landmark}
      />
      <instancedMesh
        ref={tickDots}
        args={[TICK_GEOMETRY, materials.tick, MAX_GUIDE_DOTS]}
        count={0}
        frustumCulled={false}
        renderOrder={DRAW_ORDER.tick}
      />
      <GuideLine
        ends={segments}
        color={colours.line}
        widthPx={LINE_WIDTH_PX}
        renderOrder={DRAW_ORDER.line}
      />
    </group>
  );
}

function fill(mesh: InstancedMesh | null, points: SurfacePoint[]) {
  if (mesh === null) return;
  const matrix = new Matrix4();
  const shown = points.slice(0, MAX_GUIDE_DOTS);
  shown.forEach((point, i) => mesh.setMatrixAt(i, matrix.makeTranslation(lifted(point))));
  mesh.count = shown.length;
  mesh.instanceMatrix.needsUpdate = true;
}
