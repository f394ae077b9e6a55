import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  Color,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
  type InstancedMesh,
} from 'three';
import { BODY_LANDMARKS } from '../../data/body-landmarks';

/**
 * Each tap spreads a faint patch this many finger-widths across the skin, so where many taps
 * land the patches pile up into a dark area: the class's answers read as one shape, not a
 * heap of dots.
 */
const PATCH_RADIUS_FINGER_WIDTHS = 1.5;
/** One patch alone is faint; a dozen over each other are nearly solid. */
const PATCH_OPACITY = 0.16;
const PATCH_SEGMENTS = 16;

/** A class's taps drawn as a density map under their dots (a projector at the reveal). */
export function TapDensity({ spots }: { spots: readonly (readonly [number, number, number])[] }) {
  const get = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const material = useMemo(() => {
    const colour = getComputedStyle(get().gl.domElement).getPropertyValue('--tap-density');
    return new MeshBasicMaterial({
      color: new Color(colour.trim() || '#000'),
      transparent: true,
      opacity: PATCH_OPACITY,
      // The patches shade each other and the skin, but hide neither the dots nor the markers.
      depthWrite: false,
    });
  }, [get]);
  const geometry = useMemo(
    () =>
      new SphereGeometry(
        PATCH_RADIUS_FINGER_WIDTHS * BODY_LANDMARKS.fingerWidthM,
        PATCH_SEGMENTS,
        PATCH_SEGMENTS,
      ),
    [],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  const mesh = useRef<InstancedMesh>(null);
  const drawn = JSON.stringify(spots);
  const shown = useMemo(() => JSON.parse(drawn) as [number, number, number][], [drawn]);
  useLayoutEffect(() => {
    const patches = mesh.current;
    if (patches !== null) {
      const matrix = new Matrix4();
      const one = new Vector3(1, 1, 1);
      const noTurn = new Quaternion();
      shown.forEach((spot, i) =>
        patches.setMatrixAt(i, matrix.compose(new Vector3(...spot), noTurn, one)),
      );
      patches.count = shown.length;
      patches.instanceMatrix.needsUpdate = true;
    }
    invalidate();
    // How many patches are drawn, on the canvas, for tests and tools that cannot see the scene.
    get().gl.domElement.dataset.tapDensity = String(shown.length);
  }, [shown, get, invalidate]);
  useEffect(
    () => () => {
      delete get().gl.domElement.dataset.tapDensity;
      invalidate();
    },
    [get, invalidate],
  );
  return (
    <instancedMesh
      key={shown.length}
      ref={mesh}
      name="tap-density"
      args={[geometry, material, Math.max(1, shown.length)]}
      count={0}
      frustumCulled={false}
      renderOrder={1}
    />
  );
}
