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
import { useDataset } from '../../state/dataset-context';
import { useAtlasStore } from '../../state/atlas-store';
import { MARKER_COLOURS, MARKER_DOT_RADIUS_M } from './marker-style';
import { useSceneStore } from '../scene-store';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';

const SELECTED_SCALE = 1.4;
const DOT_GEOMETRY = new SphereGeometry(MARKER_DOT_RADIUS_M, 16, 12);
const DOT_MATERIAL = new MeshBasicMaterial();

/** All 43 markers as one instanced mesh: one draw call, depth-tested so the body hides the far side. */
export function MarkerDots() {
  const markers = useSceneStore((state) => state.markers);
  const selected = useSelectedAfterPaint();
  const filters = useAtlasStore((state) => state.filters);
  // The quiz must not show its answers: only the revealed (selected) point keeps its dots.
  const quiz = useAtlasStore((state) => state.mode === 'quiz');
  const { points } = useDataset();
  const invalidate = useThree((state) => state.invalidate);
  const mesh = useRef<InstancedMesh>(null);
  const byNumber = useMemo(() => new Map(points.map((p) => [p.number, p])), [points]);

  useLayoutEffect(() => {
    const instances = mesh.current;
    if (instances === null) return;
    const matrix = new Matrix4();
    const identity = new Quaternion();
    markers.forEach((marker, i) => {
      const point = byNumber.get(marker.point);
      const scale = marker.point === selected ? SELECTED_SCALE : quiz ? 0 : 1;
      matrix.compose(new Vector3(...marker.position), identity, new Vector3(scale, scale, scale));
      instances.setMatrixAt(i, matrix);
      const colour =
        point === undefined || !matchesFilters(point, filters)
          ? MARKER_COLOURS.dimmed
          : point.selfMassage.inSelfMassageSentence
            ? MARKER_COLOURS.self
            : MARKER_COLOURS.other;
      instances.setColorAt(i, colour);
    });
    instances.count = markers.length;
    instances.instanceMatrix.needsUpdate = true;
    if (instances.instanceColor !== null) instances.instanceColor.needsUpdate = true;
    instances.computeBoundingSphere();
    invalidate();
  }, [markers, selected, filters, quiz, byNumber, invalidate]);

  return (
    <instancedMesh
      ref={mesh}
      args={[DOT_GEOMETRY, DOT_MATERIAL, 64]}
      count={0}
      frustumCulled={false}
    />
  );
}
