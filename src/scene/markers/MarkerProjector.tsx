import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { DoubleSide, Ray, Vector3 } from 'three';
import {
  LABEL_SIZE_PX,
  PIN_LIFT_PX,
  PIN_SIZE_PX,
  labelUnderAny,
  uncrowdedLabels,
  type LabelBox,
  type ScreenArea,
} from './label-declutter';
import { markerElements, markerKey } from './marker-elements';
import { useSceneStore } from '../scene-store';

/** A marker counts as hidden when the skin lies this far in front of it along the line of sight. */
const OCCLUSION_TOLERANCE_M = 0.006;
/** Markers turned this far away from the camera are behind the body without needing a ray test. */
const BACK_FACING_LIMIT = -0.2;

/**
 * After each rendered frame, moves every marker label to its point's place on screen and marks
 * it hidden when the body stands between it and the camera (or it is off the canvas), or when a
 * more important label already covers its place, so labels are never drawn through the body,
 * never overlap, and never take focus where they cannot be seen. Runs only when a frame is drawn
 * (frameloop "demand").
 */
export function MarkerProjector() {
  const markers = useSceneStore((state) => state.markers);
  const skin = useSceneStore((state) => state.skin);
  const scratch = useMemo(
    () => ({
      screen: new Vector3(),
      world: new Vector3(),
      toCamera: new Vector3(),
      normal: new Vector3(),
      ray: new Ray(),
    }),
    [],
  );

  useFrame(({ camera, size, gl }) => {
    camera.updateMatrixWorld();
    const { screen, world, toCamera, normal, ray } = scratch;
    const buttons = buttonAreas(gl.domElement);
    const seen: LabelBox[] = [];
    const elements: [string, HTMLElement][] = [];
    for (const marker of markers) {
      const element = markerElements.get(markerKey(marker.point, marker.side));
      if (element === undefined) continue;
      world.set(...marker.position);
      screen.copy(world).project(camera);
      const x = ((screen.x + 1) / 2) * size.width;
      const y = ((1 - screen.y) / 2) * size.height;
      toCamera.copy(camera.position).sub(world);
      const distance = toCamera.length();
      toCamera.divideScalar(distance);
      normal.set(...marker.normal);
      // Off the canvas counts as hidden too: the overlay clips it, so it must not take focus.
      const offCanvas = Math.abs(screen.x) > 1 || Math.abs(screen.y) > 1;
      const key = markerKey(marker.point, marker.side);
      const box = labelBox(key, element, x, y);
      let hidden =
        offCanvas ||
        screen.z > 1 ||
        normal.dot(toCamera) < BACK_FACING_LIMIT ||
        labelUnderAny(box, buttons);
      if (!hidden && skin !== null) {
        ray.set(camera.position, toCamera.clone().negate());
        const hit = skin.raycastFirst(ray, DoubleSide);
        hidden = hit !== null && hit.distance < distance - OCCLUSION_TOLERANCE_M;
      }
      element.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      elements.push([key, element]);
      if (!hidden) seen.push(box);
    }
    const shown = uncrowdedLabels(seen);
    for (const [key, element] of elements) {
      const hidden = !shown.has(key);
      if (element.dataset.hidden !== String(hidden)) {
        element.dataset.hidden = String(hidden);
        element.tabIndex = hidden ? -1 : 0;
      }
    }
  });
  return null;
}

/**
 * The selected label first, then the focused one (never hidden under the user), then the ones the
 * filters keep; within each, the points named for self-massage before the others.
 */
function labelBox(key: string, element: HTMLElement, x: number, y: number): LabelBox {
  const selected = element.dataset.selected === 'true';
  const focused = element === document.activeElement;
  const kept = element.dataset.dimmed === 'false';
  const point = Number(element.dataset.point);
  const self = element.dataset.self === 'true';
  const rank = (selected ? 0 : focused ? 2 : kept ? 4 : 6) + (self ? 0 : 1);
  return {
    key,
    x,
    y: selected ? y - PIN_LIFT_PX : y,
    halfSize: (selected ? PIN_SIZE_PX : LABEL_SIZE_PX) / 2,
    priority: rank * 100 + point,
  };
}

/** Where the view buttons float over the canvas, in canvas pixels. */
function buttonAreas(canvas: HTMLCanvasElement): ScreenArea[] {
  const origin = canvas.getBoundingClientRect();
  const stage = canvas.closest('.body-stage');
  if (stage === null) return [];
  return [...stage.querySelectorAll('.view-toolbar__group')].map((group) => {
    const box = group.getBoundingClientRect();
    return {
      left: box.left - origin.left,
      right: box.right - origin.left,
      top: box.top - origin.top,
      bottom: box.bottom - origin.top,
    };
  });
}
