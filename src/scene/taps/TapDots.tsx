import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color } from 'three';
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
  // A frame only when the dots change, not whenever the part holding them renders again.
  const drawn = JSON.stringify(dots);
  const count = dots.length;
  useEffect(() => {
    invalidate();
    // How many dots are drawn, on the canvas, for tests and tools that cannot see the scene.
    get().gl.domElement.dataset.tapDots = String(count);
  }, [drawn, count, invalidate, get]);
  const radius = TAP_DOT_RADIUS_FINGER_WIDTHS * BODY_LANDMARKS.fingerWidthM;
  return (
    <group name="tap-dots">
      {dots.map((dot, index) => (
        <mesh
          key={index}
          position={dot.position as [number, number, number]}
          scale={dot.own === true ? OWN_DOT_SCALE : 1}
        >
          <sphereGeometry args={[radius, DOT_SEGMENTS, DOT_SEGMENTS]} />
          <meshBasicMaterial color={colours[dot.tone]} />
        </mesh>
      ))}
    </group>
  );
}
