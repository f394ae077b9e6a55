import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { DoubleSide, Raycaster, Vector2, type Camera } from 'three';
import type { SkinSpot } from '../../class/protocol';
import { useSceneStore } from '../../scene/scene-store';
import BodyMarks from '../../scene/marks/BodyMarks';
import { useAtlasStore } from '../../state/atlas-store';
import { useMarksActions, useMarksStore } from '../../state/marks-store';

/** A stroke lies this far off the skin, toward the outside, so the skin never cuts through it. */
const LIFT_OFF_SKIN_M = 0.002;

/**
 * Present's pen and pointer on the body: with the pen, a press on the body draws a stroke
 * that sticks to the skin (the body turns, the stroke with it) while a press beside it still
 * turns the view; with the pointer, a dot follows the teacher's mouse over the body. The page
 * is cleaned on every new point.
 */
export default function PresentPen() {
  const tool = useMarksStore((state) => state.tool);
  const point = useAtlasStore((state) => state.point);
  const { clear, startStroke, extendStroke, movePointer, chooseTool } = useMarksActions();
  const canvas = useThree((state) => state.gl.domElement);
  const camera = useThree((state) => state.camera);
  const get = useThree((state) => state.get);

  // A new point, or the body in another posture (the strokes were drawn on its old skin), starts
  // a clean page.
  const pose = useSceneStore((state) => state.pose);
  useEffect(() => clear(point), [point, pose, clear]);
  // Leaving Present leaves a clean page behind, for the class too, and the hand on turning.
  useEffect(
    () => () => {
      clear(null);
      chooseTool('turn');
    },
    [clear, chooseTool],
  );

  useEffect(() => {
    if (tool === 'turn') return;
    const spotAt = (event: PointerEvent) => skinSpotUnder(event, canvas, camera);
    // The view's controls rest while a stroke is drawn, so the drag draws and does not turn.
    const controlsOn = (on: boolean) => {
      const controls = get().controls as { enabled: boolean } | null;
      if (controls !== null) controls.enabled = on;
    };
    let drawing: number | null = null;
    const onDown = (event: PointerEvent) => {
      if (tool !== 'pen' || !event.isPrimary || event.button !== 0) return;
      const spot = spotAt(event);
      // Beside the body a press turns the view as ever.
      if (spot === null) return;
      event.stopImmediatePropagation();
      canvas.setPointerCapture(event.pointerId);
      drawing = event.pointerId;
      controlsOn(false);
      startStroke(useAtlasStore.getState().point, spot);
    };
    const onMove = (event: PointerEvent) => {
      if (tool === 'pointer') {
        movePointer(useAtlasStore.getState().point, spotAt(event));
        return;
      }
      if (drawing !== event.pointerId) return;
      event.stopImmediatePropagation();
      const spot = spotAt(event);
      if (spot !== null) extendStroke(spot);
    };
    const onUp = (event: PointerEvent) => {
      if (drawing !== event.pointerId) return;
      event.stopImmediatePropagation();
      drawing = null;
      controlsOn(true);
    };
    const onLeave = () => {
      if (tool === 'pointer') movePointer(useAtlasStore.getState().point, null);
    };
    // Two quick dots with the pen are not a double click that reframes the view.
    const onDoubleClick = (event: MouseEvent) => {
      if (tool === 'pen') event.stopImmediatePropagation();
    };
    // Capturing, so the press is the pen's before the camera's controls see it.
    canvas.addEventListener('pointerdown', onDown, true);
    canvas.addEventListener('pointermove', onMove, true);
    canvas.addEventListener('pointerup', onUp, true);
    canvas.addEventListener('pointercancel', onUp, true);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('dblclick', onDoubleClick, true);
    get().gl.domElement.dataset.pen = tool;
    return () => {
      canvas.removeEventListener('pointerdown', onDown, true);
      canvas.removeEventListener('pointermove', onMove, true);
      canvas.removeEventListener('pointerup', onUp, true);
      canvas.removeEventListener('pointercancel', onUp, true);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('dblclick', onDoubleClick, true);
      delete get().gl.domElement.dataset.pen;
      controlsOn(true);
    };
  }, [tool, canvas, camera, get, startStroke, extendStroke, movePointer]);

  return <BodyMarks />;
}

/** The spot on the skin under the pointer, lifted just off it; null off the body. */
function skinSpotUnder(event: PointerEvent, canvas: HTMLElement, camera: Camera): SkinSpot | null {
  const skin = useSceneStore.getState().skin;
  if (skin === null) return null;
  const box = canvas.getBoundingClientRect();
  const raycaster = new Raycaster();
  raycaster.setFromCamera(
    new Vector2(
      ((event.clientX - box.left) / box.width) * 2 - 1,
      -((event.clientY - box.top) / box.height) * 2 + 1,
    ),
    camera,
  );
  const hit = skin.raycastFirst(raycaster.ray, DoubleSide);
  if (hit === null) return null;
  const out = hit.face?.normal;
  // The face's normal points out of the skin; against the ray it faces the camera.
  const sign = out !== undefined && out.dot(raycaster.ray.direction) > 0 ? -1 : 1;
  const lift = (axis: 'x' | 'y' | 'z') =>
    out === undefined ? 0 : out[axis] * sign * LIFT_OFF_SKIN_M;
  return [
    round(hit.point.x + lift('x')),
    round(hit.point.y + lift('y')),
    round(hit.point.z + lift('z')),
  ];
}

/** Millimetres are plenty on the skin, and keep the drawing small on its way to the class. */
const round = (metres: number) => Math.round(metres * 1000) / 1000;
