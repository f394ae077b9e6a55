import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  CatmullRomCurve3,
  Color,
  Group,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
  TubeGeometry,
  Vector3,
} from 'three';
import type { Marks } from '../../class/protocol';
import { useAtlasStore } from '../../state/atlas-store';
import { useMarksStore } from '../../state/marks-store';

/**
 * A stroke is a tube over the skin, metres: a marker pen's line at the close views a point is
 * shown in, on a projector and a phone alike. It widens as one zooms in, as ink on skin would.
 */
const STROKE_RADIUS_M = 0.0018;
/** Tube segments per drawn spot, and around: smooth enough, cheap in software WebGL. */
const STROKE_SEGMENTS_PER_SPOT = 2;
const STROKE_SIDES = 6;
/** The pointer's dot, metres: a fingertip's size, bigger than a point's guide dots. */
const POINTER_RADIUS_M = 0.008;
/** A stroke that never left its first spot is a dot a little wider than the line. */
const STROKE_DOT_RADIUS_M = 0.003;
const DOT_SEGMENTS = 16;

const NO_DRAWING: Marks = { point: null, strokes: [], pointer: null };

/**
 * The teacher's pen strokes and pointer on the body, for the point they were drawn on: each
 * spot lies just off the skin where it was drawn, so the strokes turn with the body and hide
 * behind it like the skin does. The same on the projector and on every following phone.
 */
export default function BodyMarks() {
  const marks = useMarksStore((state) => state.marks);
  const point = useAtlasStore((state) => state.point);
  const get = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const ink = useMemo(() => {
    const colour = getComputedStyle(get().gl.domElement).getPropertyValue('--pen-ink').trim();
    return new Color(colour || '#000');
  }, [get]);
  const material = useMemo(() => new MeshBasicMaterial({ color: ink }), [ink]);
  const dots = useMemo(
    () => ({
      stroke: new SphereGeometry(STROKE_DOT_RADIUS_M, DOT_SEGMENTS, DOT_SEGMENTS),
      pointer: new SphereGeometry(POINTER_RADIUS_M, DOT_SEGMENTS, DOT_SEGMENTS),
    }),
    [],
  );
  useEffect(() => () => material.dispose(), [material]);
  useEffect(
    () => () => {
      dots.stroke.dispose();
      dots.pointer.dispose();
    },
    [dots],
  );

  const shown = marks.point === point ? marks : NO_DRAWING;
  const { strokes, pointer } = shown;
  // The drawing as three.js objects, made again only when the drawing changes.
  const drawing = useMemo(() => {
    const group = new Group();
    group.name = 'pen-marks';
    for (const stroke of strokes) {
      if (stroke.length < 2) {
        const dot = new Mesh(dots.stroke, material);
        dot.position.set(...stroke[0]!);
        group.add(dot);
        continue;
      }
      const path = new CatmullRomCurve3(stroke.map((spot) => new Vector3(...spot)));
      const tube = new TubeGeometry(
        path,
        stroke.length * STROKE_SEGMENTS_PER_SPOT,
        STROKE_RADIUS_M,
        STROKE_SIDES,
      );
      group.add(new Mesh(tube, material));
    }
    if (pointer !== null) {
      const dot = new Mesh(dots.pointer, material);
      dot.position.set(...pointer);
      group.add(dot);
    }
    return group;
  }, [strokes, pointer, dots, material]);
  // A stroke's tube is its own; the dots' spheres are shared and go with the component.
  useEffect(
    () => () => {
      for (const child of drawing.children) {
        const { geometry } = child as Mesh;
        if (geometry !== dots.stroke && geometry !== dots.pointer) geometry.dispose();
      }
    },
    [drawing, dots],
  );
  useEffect(() => {
    invalidate();
    // How much is drawn, on the canvas, for tests and tools that cannot see the scene.
    const { dataset } = get().gl.domElement;
    dataset.penStrokes = String(strokes.length);
    dataset.penPointer = String(pointer !== null);
  }, [strokes, pointer, get, invalidate]);
  useEffect(
    () => () => {
      const { dataset } = get().gl.domElement;
      delete dataset.penStrokes;
      delete dataset.penPointer;
      invalidate();
    },
    [get, invalidate],
  );
  return <primitive object={drawing} />;
}
