import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { applyViewOffset } from '../camera/view-offset';
import { FRAME_MARGIN_PX, fitView } from './fit-view';
import { openAreas, type ScreenRect, type ViewArea } from './open-area';

const FOV = 26;
/** A foot-sized outline around a point near its front end. */
const point = new Vector3(0.1, 0.02, 0.12);
const outline = [
  new Vector3(0.08, 0, -0.1),
  new Vector3(0.12, 0, -0.1),
  new Vector3(0.08, 0.08, 0),
  new Vector3(0.12, 0.02, 0.14),
  new Vector3(0.06, 0.02, 0.14),
];

function drawn(area: ViewArea, direction: Vector3) {
  const view = fitView(point, direction, outline, area, FOV);
  const camera = new PerspectiveCamera(FOV, area.width / area.height, 0.01, 30);
  camera.position.set(...view.position);
  camera.lookAt(...view.target);
  applyViewOffset(camera, area, view.focus);
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
  const toScreen = (spot: Vector3) => {
    const ndc = spot.clone().project(camera);
    return { x: ((ndc.x + 1) / 2) * area.width, y: ((1 - ndc.y) / 2) * area.height };
  };
  return { view, spots: outline.map(toScreen), target: toScreen(point) };
}

describe('fitting a body part into the open part of the view', () => {
  const phoneAtHalf: ViewArea = {
    width: 390,
    height: 734,
    covered: [
      { left: 0, right: 390, top: 367, bottom: 734 },
      { left: 328, right: 380, top: 10, bottom: 338 },
    ],
  };

  it('draws every outline spot inside the open area, and fills it on one side at least', () => {
    const direction = new Vector3(0.3, 0.4, 1).normalize();
    const { spots, target, view } = drawn(phoneAtHalf, direction);
    // Inside one of the open rectangles, and filling it on one side at least.
    const inside = (rect: ScreenRect) =>
      [...spots, target].every(
        (spot) =>
          spot.x >= rect.left - 0.5 &&
          spot.x <= rect.right + 0.5 &&
          spot.y >= rect.top - 0.5 &&
          spot.y <= rect.bottom + 0.5,
      );
    const open = openAreas(phoneAtHalf, FRAME_MARGIN_PX).find(inside);
    expect(open).toBeDefined();
    const width = Math.max(...spots.map((s) => s.x)) - Math.min(...spots.map((s) => s.x));
    const height = Math.max(...spots.map((s) => s.y)) - Math.min(...spots.map((s) => s.y));
    expect(
      Math.max(width / (open!.right - open!.left), height / (open!.bottom - open!.top)),
    ).toBeGreaterThan(0.97);
    // The camera looks straight at the point; only the picture is shifted.
    expect(new Vector3(...view.position).sub(point).normalize().dot(direction)).toBeCloseTo(1, 6);
  });

  it('stands further back on a smaller view', () => {
    const direction = new Vector3(0, 0.3, 1).normalize();
    const far = drawn(phoneAtHalf, direction).view;
    const near = drawn({ width: 1000, height: 960, covered: [] }, direction).view;
    const distance = (v: typeof far) => new Vector3(...v.position).distanceTo(point);
    expect(distance(far)).toBeGreaterThan(distance(near));
  });
});
