import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, MeshBasicMaterial, Quaternion, SphereGeometry, Vector3 } from 'three';
import { BODY_LANDMARKS } from '../../data/body-landmarks';

/**
 * The pin's head and its ring, in finger-widths: the ring about as wide as a fingertip, so it
 * marks a spot without hiding the landmarks around it; the head stands out of its middle.
 */
const PIN_RADIUS_FINGER_WIDTHS = 0.4;
const RING_RADIUS_FINGER_WIDTHS = 0.7;
/** Sphere segments: round at projector size, cheap in software WebGL. */
const PIN_SEGMENTS = 16;
/** The ring is a flattened sphere, so the head stands out of it rather than inside it. */
const RING_FLATTENING = 0.3;
const UP = new Vector3(0, 1, 0);

type Vec3 = readonly [number, number, number];

/**
 * A quiz's pin on the skin, with no label and no name: a dark head standing out of a flat white
 * ring that lies on the skin (turned to the skin's `normal`), like a marker without one.
 */
export function QuizPinMesh({ position, normal }: { position: Vec3; normal: Vec3 }) {
  const canvas = useThree((state) => state.gl.domElement);
  const get = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const parts = useMemo(() => {
    const style = getComputedStyle(canvas);
    const token = (name: string) => new Color(style.getPropertyValue(name).trim() || '#000');
    const { fingerWidthM } = BODY_LANDMARKS;
    const sphere = (radius: number) =>
      new SphereGeometry(radius * fingerWidthM, PIN_SEGMENTS, PIN_SEGMENTS);
    return {
      head: sphere(PIN_RADIUS_FINGER_WIDTHS),
      ring: sphere(RING_RADIUS_FINGER_WIDTHS),
      headInk: new MeshBasicMaterial({ color: token('--quiz-pin') }),
      ringInk: new MeshBasicMaterial({ color: token('--quiz-pin-ring') }),
    };
  }, [canvas]);
  useEffect(() => () => Object.values(parts).forEach((part) => part.dispose()), [parts]);
  useEffect(() => {
    invalidate();
    // Whether the pin is drawn, on the canvas, for tests and tools that cannot see the scene.
    const element = get().gl.domElement;
    element.dataset.quizPin = 'shown';
    return () => {
      delete element.dataset.quizPin;
      invalidate();
    };
  }, [position, invalidate, get]);
  const turn = useMemo(
    () => new Quaternion().setFromUnitVectors(UP, new Vector3(...normal).normalize()),
    [normal],
  );
  return (
    <group name="quiz-pin" position={[...position]} quaternion={turn}>
      <mesh geometry={parts.head} material={parts.headInk} />
      <mesh geometry={parts.ring} material={parts.ringInk} scale={[1, RING_FLATTENING, 1]} />
    </group>
  );
}
