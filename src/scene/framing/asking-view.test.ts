import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { askingView } from './asking-view';
import { FRAME_MARGIN_PX } from './fit-view';
import { openArea, type ViewArea } from './open-area';

const FOV = 26;
const FINGER_WIDTH_M = 0.018;
/** A phone's view with its sheet lowered over the bottom, and buttons down the right. */
const PHONE = {
  width: 390,
  height: 560,
  covered: [
    { left: 0, right: 390, top: 480, bottom: 560 },
    { left: 330, right: 390, top: 0, bottom: 400 },
  ],
};
/** The same phone on its side: the student bar along the bottom, buttons at both ends. */
const PHONE_ON_ITS_SIDE = {
  width: 844,
  height: 300,
  covered: [
    { left: 0, right: 70, top: 0, bottom: 300 },
    { left: 774, right: 844, top: 0, bottom: 300 },
    { left: 100, right: 744, top: 250, bottom: 300 },
  ],
};
const POINT = new Vector3(0.08, 0.05, 0.12);
/** A close-up of the point from its front and a little above, as a point's own framing gives. */
const CLOSE_UP = {
  position: [0.08, 0.3, 0.7] as [number, number, number],
  target: [0.08, 0.05, 0.12] as [number, number, number],
  focus: { x: 160, y: 240 },
};

/** Where a spot is drawn, CSS pixels: the view draws its target at `focus`. */
function drawnAt(view: ReturnType<typeof askingView>, spot: Vector3, area: ViewArea = PHONE) {
  const camera = new PerspectiveCamera(FOV, area.width / area.height);
  camera.position.set(...view.position);
  camera.lookAt(new Vector3(...view.target));
  camera.updateMatrixWorld();
  const ndc = spot.clone().project(camera);
  const middle = { x: area.width / 2, y: area.height / 2 };
  return {
    x: view.focus.x + ((ndc.x + 1) / 2) * area.width - middle.x,
    y: view.focus.y + ((1 - ndc.y) / 2) * area.height - middle.y,
  };
}

describe('the view while a class is asked to find a point', () => {
  const shifts = [-1, -0.4, 0, 0.5, 1].flatMap((x) => [-1, 0, 1].map((y) => [x, y] as const));

  it('draws a finger-width at the point at the asked size, wherever the point lands', () => {
    for (const shift of shifts) {
      const view = askingView(CLOSE_UP, POINT, PHONE, FOV, FINGER_WIDTH_M, {
        fingerWidthPx: 26,
        shift,
      });
      const camera = new Vector3(...view.position);
      const across = new Vector3(...view.target)
        .sub(camera)
        .normalize()
        .cross(new Vector3(0, 1, 0));
      const a = drawnAt(view, POINT);
      const b = drawnAt(view, POINT.clone().addScaledVector(across.normalize(), FINGER_WIDTH_M));
      expect(Math.abs(Math.hypot(a.x - b.x, a.y - b.y) - 26)).toBeLessThan(1);
    }
  });

  it('keeps the point inside the open part of the view, a finger-width clear of its edges', () => {
    const open = openArea(PHONE, FRAME_MARGIN_PX);
    for (const shift of shifts) {
      const view = askingView(CLOSE_UP, POINT, PHONE, FOV, FINGER_WIDTH_M, {
        fingerWidthPx: 26,
        shift,
      });
      const at = drawnAt(view, POINT, PHONE);
      expect(at.x).toBeGreaterThan(open.left + 26);
      expect(at.x).toBeLessThan(open.right - 26);
      expect(at.y).toBeGreaterThan(open.top + 26);
      expect(at.y).toBeLessThan(open.bottom - 26);
    }
  });

  it('draws the point where the shift says, so the spot on screen tells nothing', () => {
    const at = (shift: readonly [number, number]) =>
      drawnAt(
        askingView(CLOSE_UP, POINT, PHONE, FOV, FINGER_WIDTH_M, { fingerWidthPx: 26, shift }),
        POINT,
      );
    const middle = at([0, 0]);
    const open = openArea(PHONE, FRAME_MARGIN_PX);
    expect(middle.x).toBeCloseTo((open.left + open.right) / 2, 0);
    expect(middle.y).toBeCloseTo((open.top + open.bottom) / 2, 0);
    expect(at([1, 0]).x - middle.x).toBeGreaterThan(60);
    expect(at([-1, 0]).x - middle.x).toBeLessThan(-60);
    expect(at([0, 1]).y - middle.y).toBeGreaterThan(60);
    expect(at([0, -1]).y - middle.y).toBeLessThan(-60);
  });

  it('sees the point along its own clear line of sight, and turns about a spot beside it', () => {
    const view = askingView(CLOSE_UP, POINT, PHONE, FOV, FINGER_WIDTH_M, {
      fingerWidthPx: 26,
      shift: [1, -1],
    });
    const own = new Vector3(...CLOSE_UP.position).sub(new Vector3(...CLOSE_UP.target)).normalize();
    const toCamera = new Vector3(...view.position).sub(POINT).normalize();
    expect(own.dot(toCamera)).toBeCloseTo(1, 9);
    expect(new Vector3(...view.target).distanceTo(POINT)).toBeGreaterThan(2 * FINGER_WIDTH_M);
  });

  it('does the same on a phone on its side, where the open area is wide and low', () => {
    const open = openArea(PHONE_ON_ITS_SIDE, FRAME_MARGIN_PX);
    for (const shift of shifts) {
      const view = askingView(CLOSE_UP, POINT, PHONE_ON_ITS_SIDE, FOV, FINGER_WIDTH_M, {
        fingerWidthPx: 26,
        shift,
      });
      const at = drawnAt(view, POINT, PHONE_ON_ITS_SIDE);
      expect(at.x).toBeGreaterThan(open.left);
      expect(at.x).toBeLessThan(open.right);
      expect(at.y).toBeGreaterThan(open.top);
      expect(at.y).toBeLessThan(open.bottom);
    }
  });
});
