import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { matchesFilters } from '../../data/filters';
import { useDatasetSummary } from '../../state/dataset-context';
import { useAtlasStore } from '../../state/atlas-store';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';
import { DRAW_ORDER, MARKER_DOT_RADIUS_M, SELECTED_DOT_SCALE } from './marker-look';
import { useMarkerLook } from './use-marker-look';
import { useMarkersOnShow } from './markers-on-show';

const DOT_GEOMETRY = new SphereGeometry(MARKER_DOT_RADIUS_M, 16, 12);
const DOT_MATERIAL = new MeshBasicMaterial();

/** Every marker on show as one instanced mesh: one draw call, depth-tested so the body hides the far side. */
export function MarkerDots() {
  const selected = useSelectedAfterPaint();
  const markers = useMarkersOnShow(selected);
  const filters = useAtlasStore((state) => state.filters);
  const { colours } = useMarkerLook();
  const { points } = useDatasetSummary();
  const invalidate = useThree((state) => state.invalidate);
  const byNumber = useMemo(() => new Map(points.map((p) => [p.number, p])), [points]);
  const mesh = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const dots = mesh.current;
    if (dots === null) return;
    const matrix = new Matrix4();
    const identity = new Quaternion();
    markers.forEach((marker, i) => {
      const point = byNumber.get(marker.point);
      const scale = marker.point === selected ? SELECTED_DOT_SCALE : 1;
      matrix.compose(new Vector3(...marker.position), identity, new Vector3(scale, scale, scale));
      dots.setMatrixAt(i, matrix);
      const colour =
        point === undefined || !matchesFilters(point, filters)
          ? colours.dropped
          : point.selfMassage.inSelfMassageSentence
            ? colours.self
            : colours.other;
      dots.setColorAt(i, colour);
    });
    dots.count = markers.length;
    dots.instanceMatrix.needsUpdate = true;
    if (dots.instanceColor !== null) dots.instanceColor.needsUpdate = true;
    invalidate();
  }, [markers, selected, filters, colours, byNumber, invalidate]);

  // Sized for exactly the markers on show: a set of another size gets a new mesh (the key).
  const capacity = Math.max(markers.length, 1);
  return (
    <instancedMesh
      key={capacity}
      ref={mesh}
      args={[DOT_GEOMETRY, DOT_MATERIAL, capacity]}
      count={0}
      frustumCulled={false}
      renderOrder={DRAW_ORDER.marker}
    />
  );
}
