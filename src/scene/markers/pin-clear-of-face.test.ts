import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PerspectiveCamera, Vector3 } from 'three';
import { readBodyGlb } from '../../../models/mesh/read-glb';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { DATASET } from '../../data/full-dataset';
import { isUnderTheFace } from '../../data/face-region';
import { LEVEL } from '../../../models/proportions';
import { placePoints, type PlacedMarker } from '../../data/placement';
import {
  createMidlineQuery,
  createSurfaceQuery,
  geometryFromArrays,
} from '../../data/surface-query';
import { LENS } from '../camera/lens';
import { pinSide } from './label-declutter';
import {
  DRAW_ORDER,
  GUIDE_LANDMARK_RADIUS_M,
  GUIDE_TICK_RADIUS_M,
  MARKER_DOT_RADIUS_M,
  SELECTED_DOT_SCALE,
} from './marker-look';

/** The explore view's canvas at 1280 × 800, and the pin as tokens.css draws it in explore. */
const CANVAS = { width: 485, height: 580 };
const PIN = { halfSize: (34 + 2 * 3) / 2, liftPx: 30 };
/** Point 16 sits in the neck, under the face: the point whose label used to cover the chin. */
const NECK_POINT = 16;
/** How far a close-up of the neck stands from it at that size (the framing of point 16 there). */
const NECK_CLOSE_UP_M = 0.55;
/** A close-up looks a little from above, as the framing's natural view does. */
const CLOSE_UP_LIFT = 0.25;
/** A vertex whose normal points at least this much forward is on the front of the face. */
const FACING_FORWARD = 0.3;

let markers: PlacedMarker[];
/** The face's skin from the body model: vertices from the chin up to the front hairline. */
let faceSkin: { position: Vector3; normal: Vector3 }[];

beforeAll(async () => {
  const mesh = await readBodyGlb(
    readFileSync(new URL('../../../public/models/body.glb', import.meta.url)),
  );
  const geometry = geometryFromArrays(mesh.positions, mesh.normals, mesh.indices);
  markers = placePoints(DATASET.points, BODY_LANDMARKS, {
    closest: createSurfaceQuery(geometry),
    closestOnMidline: createMidlineQuery(geometry),
  });
  faceSkin = [];
  for (let i = 0; i < mesh.positions.length / 3; i++) {
    const position = new Vector3(
      mesh.positions[i * 3],
      mesh.positions[i * 3 + 1],
      mesh.positions[i * 3 + 2],
    );
    const normal = new Vector3(
      mesh.normals[i * 3],
      mesh.normals[i * 3 + 1],
      mesh.normals[i * 3 + 2],
    );
    // Facing forward, between the bottom of the chin and the front hairline.
    if (position.y > LEVEL.chin && position.y < LEVEL.hairlineFront && normal.z > FACING_FORWARD)
      faceSkin.push({ position, normal });
  }
});

function cameraAt(position: Vector3, target: Vector3) {
  const camera = new PerspectiveCamera(LENS.fovDegrees, CANVAS.width / CANVAS.height);
  camera.position.copy(position);
  camera.lookAt(target);
  camera.updateMatrixWorld();
  return camera;
}

function toCanvas(camera: PerspectiveCamera, p: Vector3) {
  const v = p.clone().project(camera);
  return { x: ((v.x + 1) / 2) * CANVAS.width, y: ((1 - v.y) / 2) * CANVAS.height };
}

/** How many face vertices turned toward the camera fall inside the label's square. */
function faceUnder(camera: PerspectiveCamera, label: { x: number; y: number; half: number }) {
  return faceSkin.filter(({ position, normal }) => {
    if (normal.dot(camera.position.clone().sub(position)) <= 0) return false;
    const at = toCanvas(camera, position);
    return Math.abs(at.x - label.x) < label.half && Math.abs(at.y - label.y) < label.half;
  }).length;
}

describe("point 16's label keeps clear of the face", () => {
  it('in the close-up and in front and side views of the neck, the pin covers no part of the face', () => {
    expect(faceSkin.length).toBeGreaterThan(0);
    let coveredWhenAbove = 0;
    const pair = markers.filter((m) => m.point === NECK_POINT);
    // The camera frames one marker of the pair; the other is seen from there too.
    for (const framed of pair) {
      const target = new Vector3(...framed.position);
      const distance = NECK_CLOSE_UP_M;
      const squareOn = new Vector3(...framed.normal).add(new Vector3(0, CLOSE_UP_LIFT, 0));
      const views = {
        'close-up': target.clone().addScaledVector(squareOn.normalize(), distance),
        front: target.clone().add(new Vector3(0, 0, distance)),
        left: target.clone().add(new Vector3(distance, 0, 0)),
        right: target.clone().add(new Vector3(-distance, 0, 0)),
      };
      for (const [name, position] of Object.entries(views)) {
        const camera = cameraAt(position, target);
        for (const marker of pair) {
          expect(isUnderTheFace(marker.position), `${marker.side} marker is in the neck`).toBe(
            true,
          );
          const at = toCanvas(camera, new Vector3(...marker.position));
          const side = pinSide(isUnderTheFace(marker.position));
          const label = {
            x: at.x,
            y: at.y + (side === 'above' ? -1 : 1) * PIN.liftPx,
            half: PIN.halfSize,
          };
          const where = `${marker.side} label, ${name} view of the ${framed.side} point`;
          expect(faceUnder(camera, label), where).toBe(0);
          coveredWhenAbove += faceUnder(camera, { ...label, y: at.y - PIN.liftPx });
        }
      }
    }
    // Otherwise the check proves nothing: a pin above the point does reach the face.
    expect(coveredWhenAbove).toBeGreaterThan(0);
  });

  it('hangs the pin below only for a point under the face', () => {
    expect(pinSide(true)).toBe('below');
    expect(pinSide(false)).toBe('above');
    const notInTheNeck = markers.filter((m) => m.point !== NECK_POINT);
    expect(notInTheNeck.filter((m) => isUnderTheFace(m.position))).toEqual([]);
  });
});

describe('the guide never hides the point it leads to', () => {
  it('draws the landmark wider than the selected dot, ticks smaller than any dot, the dot last', () => {
    expect(GUIDE_LANDMARK_RADIUS_M).toBeGreaterThan(MARKER_DOT_RADIUS_M * SELECTED_DOT_SCALE);
    expect(GUIDE_TICK_RADIUS_M).toBeLessThan(MARKER_DOT_RADIUS_M);
    const guideOrders = [DRAW_ORDER.landmark, DRAW_ORDER.line, DRAW_ORDER.tick];
    expect(Math.max(...guideOrders)).toBeLessThan(DRAW_ORDER.marker);
  });
});
