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

/** A tap dot's radius in finger-widths: seen on a phone, yet a class's dots mostly stay apart. */
const TAP_DOT_RADIUS_FINGER_WIDTHS = 0.6;
/** Sphere segments: round enough at projector size, cheap in software WebGL. */
const DOT_SEGMENTS = 12;

export type TapTone = 'within' | 'outside' | 'own';

export interface TapDot {
  position: readonly [number, number, number];
  tone: TapTone;
  /** This device's own answer among a class's: drawn larger. */
  own?: boolean;
}

/** How much larger one's own dot is than the others. */
const OWN_DOT_SCALE = 1.7;

const TONE_TOKENS: Record<TapTone, string> = {
  within: '--tap-within',
  outside: '--tap-outside',
  own: '--tap-own',
};

/**
 * Taps on the body drawn as dots in the scene (a quiz answer beside the true point, a class's
 * answers around it). Each sits on the skin where the tap landed, half of it above the surface.
 * One instanced mesh for them all: a class of 300 is one draw call, not 300.
 */
export function TapDots({ dots }: { dots: readonly TapDot[] }) {
  const canvas = useThree((state) => state.gl.domElement);
  const get = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const colours = useMemo(() => {
    const style = getComputedStyle(canvas);
    const colour = (tone: TapTone) =>
      new Color(style.getPropertyValue(TONE_TOKENS[tone]).trim() || '#000');
    return { within: colour('within'), outside: colour('outside'), own: colour('own') };
  }, [canvas]);
  const radius = TAP_DOT_RADIUS_FINGER_WIDTHS * BODY_LANDMARKS.fingerWidthM;
  const geometry = useMemo(() => new SphereGeometry(radius, DOT_SEGMENTS, DOT_SEGMENTS), [radius]);
  // Room grows in powers of two, so a class's answers coming in rarely make a new mesh.
  const capacity = 2 ** Math.ceil(Math.log2(Math.max(MIN_CAPACITY, dots.length)));
  // Drawn with the see-through things, after them: a class's density map never veils a dot.
  const material = useMemo(() => new MeshBasicMaterial({ transparent: true }), []);
  // Made here, not by the mesh: the mesh leaves them when it goes, so they go with it.
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  // Each dot's colour from the start: a colour added to a drawn mesh would compile its shader
  // again at the reveal, a stall in software WebGL.
  const instanceColours = useMemo(() => new Float32Array(capacity * 3), [capacity]);
  const mesh = useRef<InstancedMesh>(null);
  // A frame only when the dots change, not whenever the part holding them renders again: the
  // same taps in a new array are the same dots.
  const drawn = JSON.stringify(dots);
  const shown = useMemo(() => JSON.parse(drawn) as TapDot[], [drawn]);
  const count = shown.length;
  useLayoutEffect(() => {
    const instances = mesh.current;
    if (instances !== null) {
      const matrix = new Matrix4();
      const scale = new Vector3();
      const noTurn = new Quaternion();
      shown.forEach((dot, i) => {
        scale.setScalar(dot.own === true ? OWN_DOT_SCALE : 1);
        matrix.compose(new Vector3(...dot.position), noTurn, scale);
        instances.setMatrixAt(i, matrix);
        instances.setColorAt(i, colours[dot.tone]);
      });
      instances.count = count;
      instances.instanceMatrix.needsUpdate = true;
      if (instances.instanceColor !== null) instances.instanceColor.needsUpdate = true;
    }
    invalidate();
    // How many dots are drawn, on the canvas, for tests and tools that cannot see the scene.
    get().gl.domElement.dataset.tapDots = String(count);
  }, [shown, count, capacity, colours, invalidate, get]);
  return (
    <instancedMesh
      ref={mesh}
      name="tap-dots"
      args={[geometry, material, capacity]}
      renderOrder={2}
      count={0}
      frustumCulled={false}
    >
      <instancedBufferAttribute attach="instanceColor" args={[instanceColours, 3]} />
    </instancedMesh>
  );
}

/** Room for this many dots before the mesh is made again with more. */
const MIN_CAPACITY = 8;
