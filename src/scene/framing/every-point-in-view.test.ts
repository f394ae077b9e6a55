import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DoubleSide, PerspectiveCamera, Ray, Vector3, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import type { MeshBVH } from 'three-mesh-bvh';
import { applyPose } from '../../../models/pose-apply';
import { POSE_NAMES, POSES, type PoseName } from '../../../models/poses';
import { propGeometry } from '../../../models/props';
import { DATASET } from '../../data/full-dataset';
import { poseForPosture } from '../../data/point-pose';
import type { PlacementAsset } from '../body/placement-asset';
import { decodePlacementAsset } from '../body/placement-asset-check';
import { placementFileText } from '../body/placement-file';
import { markerKey, posedSkin } from '../body/posed-skin';
import { worldSpaceGeometry } from '../body/world-geometry';
import { LENS } from '../camera/lens';
import { framePoint, type PointFraming } from '../camera/point-framing';
import { applyViewOffset } from '../camera/view-offset';
import { FOLD_DEPTH_M, occluderIndex } from './line-of-sight';
import { OCCLUSION_TOLERANCE_M } from './occlusion';
import { FRAME_MARGIN_PX } from './fit-view';
import { SCREEN_LAYOUTS, type ScreenLayout } from './screen-layouts';

const GLB = new URL('../../../public/models/body.glb', import.meta.url);
/** A camera in front of the standing body, where the view opens: of a pair, it sees either side. */
const OPENING_CAMERA = new Vector3(0, 1, 5);
/** On screen, "toward the feet" may point up by this share of its length at most (end-on views). */
const FEET_UP_SHARE = 0.1;
/** How far along the body's axis the check of the screen's up looks, metres. */
const AXIS_PROBE_M = 0.1;
/**
 * Points that no camera can see in a pose, which the view pins through the skin and says so:
 * seated, point 19 (beside the top of the pubic bone) lies in the fold of the groin.
 */
const IN_A_FOLD: Record<string, true> = { '19:sitting': true };

let body: Object3D;
let asset: PlacementAsset;
const occluders = new Map<PoseName, MeshBVH>();

beforeAll(async () => {
  const bytes = readFileSync(GLB);
  const gltf = await new GLTFLoader()
    .setMeshoptDecoder(MeshoptDecoder)
    .parseAsync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), '');
  body = gltf.scene;
  asset = decodePlacementAsset(JSON.parse(await placementFileText(GLB.pathname)));
  for (const pose of POSE_NAMES) {
    const probe = cloneSkinned(body);
    applyPose(probe, pose);
    occluders.set(
      pose,
      occluderIndex(worldSpaceGeometry(probe), POSES[pose].props.map(propGeometry)),
    );
  }
}, 120_000);

interface Case {
  point: number;
  pose: PoseName;
  side: 'left' | 'right' | null;
}

/**
 * Every point, standing and in the posture it is worked in; of a pair, each side named (a
 * routine, a teacher, a marker clicked) and no side named (chosen from the list).
 */
function cases(): Case[] {
  return DATASET.points.flatMap((point) => {
    const poses = [...new Set<PoseName>(['standing', poseForPosture(point.posture.stated)])];
    const sides = point.symmetry === 'midline' ? [null] : (['left', 'right', null] as const);
    return poses.flatMap((pose) => sides.map((side) => ({ point: point.number, pose, side })));
  });
}

/** The camera a framing puts on a screen of this layout, as the live view sets it up. */
function cameraFor(framing: PointFraming, area: ScreenLayout['area']): PerspectiveCamera {
  const camera = new PerspectiveCamera(LENS.fovDegrees, area.width / area.height, 0.02, 30);
  camera.position.set(...framing.position);
  camera.lookAt(...framing.target);
  applyViewOffset(camera, area, framing.focus);
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
  return camera;
}

/** What is wrong with the view of one case on one screen, in words; empty when nothing is. */
function problems({ point, pose, side }: Case, layout: ScreenLayout): string[] {
  const posed = posedSkin(body, asset, pose);
  const { area } = layout;
  const framing = framePoint(posed, point, side, area, LENS.fovDegrees, OPENING_CAMERA);
  if (framing === null) return ['no framing'];
  const found: string[] = [];
  const { marker } = framing;
  if (side !== null && marker.side !== side) found.push(`shows the ${marker.side} side`);

  const camera = cameraFor(framing, area);
  const toScreen = (spot: Vector3) => {
    const ndc = spot.clone().project(camera);
    return { x: ((ndc.x + 1) / 2) * area.width, y: ((1 - ndc.y) / 2) * area.height, z: ndc.z };
  };

  // In sight: nothing of the body or the props more than the tolerance in front of it.
  const spot = new Vector3(...marker.position);
  const toSpot = spot.clone().sub(camera.position);
  const distance = toSpot.length();
  const hit = occluders
    .get(pose)!
    .raycastFirst(new Ray(camera.position.clone(), toSpot.normalize()), DoubleSide);
  const hidden = hit !== null && hit.distance < distance - OCCLUSION_TOLERANCE_M;
  const inFold = IN_A_FOLD[`${point}:${pose}`] === true;
  if (hidden && !inFold)
    found.push(`hidden behind the skin ${(distance - hit.distance).toFixed(3)} m in front`);
  if (inFold && framing.seen.length > 0) found.push('said to be seen, though it lies in a fold');
  // A point in a fold is looked at through that fold only, not through an arm or a leg.
  if (inFold && hidden && distance - hit.distance > FOLD_DEPTH_M)
    found.push(`in a fold, but ${(distance - hit.distance).toFixed(3)} m of body in front`);

  // Clear of every control and inside the view, with room for its pin.
  const at = toScreen(spot);
  const clearance = FRAME_MARGIN_PX / 2;
  if (
    at.x < clearance ||
    at.x > area.width - clearance ||
    at.y < clearance ||
    at.y > area.height - clearance
  )
    found.push(`at (${at.x.toFixed(0)}, ${at.y.toFixed(0)}), outside the view`);
  const under = area.covered.find(
    (c) =>
      at.x > c.left - clearance &&
      at.x < c.right + clearance &&
      at.y > c.top - clearance &&
      at.y < c.bottom + clearance,
  );
  if (under !== undefined)
    found.push(`at (${at.x.toFixed(0)}, ${at.y.toFixed(0)}), under a control`);

  // The right way up: the body's axis at the point never has its feet end up the screen.
  const headward = spot.clone().addScaledVector(posed.headward, AXIS_PROBE_M);
  const toward = toScreen(headward);
  const feetDown = { x: at.x - toward.x, y: at.y - toward.y };
  const length = Math.hypot(feetDown.x, feetDown.y);
  if (length === 0) found.push("the body's axis is seen end on at the point");
  else if (-feetDown.y / length > FEET_UP_SHARE)
    found.push(`upside down: toward the feet points ${(-feetDown.y / length).toFixed(2)} up`);
  // Standing or seated, the head is on top: the axis runs mostly down the screen.
  if ((pose === 'standing' || pose.startsWith('sitting')) && feetDown.y / length < 0.5)
    found.push('the standing or seated body is not upright');

  // Enough of the body around it: all of the part's outline is on the view, clear of the controls.
  const context = posed.framing.get(markerKey(marker))?.context ?? [];
  if (context.length === 0) found.push('no outline of its body part');
  const cut = context.filter((c) => {
    const s = toScreen(c);
    return s.x < 0 || s.x > area.width || s.y < 0 || s.y > area.height || s.z > 1;
  });
  if (cut.length > 0) found.push(`${cut.length} of ${context.length} outline spots off the view`);
  const covered = context.filter((c) => {
    const s = toScreen(c);
    return area.covered.some((r) => s.x > r.left && s.x < r.right && s.y > r.top && s.y < r.bottom);
  });
  if (covered.length > 0)
    found.push(`${covered.length} of ${context.length} outline spots under a control`);
  return found;
}

describe('every point in view: one framing for every point, pose, side and screen', () => {
  for (const layout of SCREEN_LAYOUTS) {
    it(`on ${layout.name}, each point comes to rest in sight, clear of the controls, upright`, () => {
      const report = cases().flatMap((c) =>
        problems(c, layout).map(
          (problem) => `point ${c.point} ${c.side ?? 'midline'}, ${c.pose}: ${problem}`,
        ),
      );
      expect(report).toEqual([]);
    });
  }

  it('knows which points lie in a fold: no view of that pose sees them, and every other one is seen', () => {
    const unseen = cases().flatMap((c) => {
      const posed = posedSkin(body, asset, c.pose);
      const framing = framePoint(
        posed,
        c.point,
        c.side,
        SCREEN_LAYOUTS[0]!.area,
        LENS.fovDegrees,
        OPENING_CAMERA,
      );
      return framing !== null && framing.seen.length === 0 ? [`${c.point}:${c.pose}`] : [];
    });
    expect([...new Set(unseen)]).toEqual(Object.keys(IN_A_FOLD));
  });

  it("takes in spots far from the point when asked (a class's taps at the reveal), on every screen", () => {
    // Point 8 on the left ankle, with taps on the heel, the shin and the other ankle.
    const posed = posedSkin(body, asset, 'standing');
    const ankle = posed.markers.find((m) => m.point === 8 && m.side === 'left')!;
    const other = posed.markers.find((m) => m.point === 8 && m.side === 'right')!;
    const taps = [
      new Vector3(...ankle.position).add(new Vector3(0, -0.05, -0.03)),
      new Vector3(...ankle.position).add(new Vector3(0, 0.2, 0.02)),
      new Vector3(...other.position),
    ];
    for (const layout of SCREEN_LAYOUTS) {
      const { area } = layout;
      const alone = framePoint(posed, 8, 'left', area, LENS.fovDegrees, OPENING_CAMERA)!;
      const framing = framePoint(
        posed,
        8,
        'left',
        area,
        LENS.fovDegrees,
        OPENING_CAMERA,
        taps.map((position) => ({ position })),
      )!;
      const camera = cameraFor(framing, area);
      for (const spot of [...taps, new Vector3(...ankle.position)]) {
        const ndc = spot.clone().project(camera);
        expect(Math.abs(ndc.x), layout.name).toBeLessThanOrEqual(1);
        expect(Math.abs(ndc.y), layout.name).toBeLessThanOrEqual(1);
        expect(ndc.z, `${layout.name}: in front of the camera`).toBeLessThan(1);
      }
      const away = (f: typeof framing) =>
        new Vector3(...f.position).distanceTo(new Vector3(...f.target));
      expect(away(framing), layout.name).toBeGreaterThan(away(alone));
    }
  });

  it('shows the standard point beside every point compared with it, clear of the controls', () => {
    const report: string[] = [];
    const clearance = FRAME_MARGIN_PX / 2;
    for (const c of cases()) {
      const posed = posedSkin(body, asset, c.pose);
      const standard = posed.standardPoints.filter((spot) => spot.point === c.point);
      expect(standard.length, `point ${c.point}`).toBeGreaterThan(0);
      const also = standard.map((spot) => ({
        position: new Vector3(...spot.position),
        side: spot.side,
      }));
      for (const { name, area } of SCREEN_LAYOUTS) {
        const args = [posed, c.point, c.side, area, LENS.fovDegrees, OPENING_CAMERA] as const;
        const framing = framePoint(...args, also);
        if (framing === null) {
          report.push(`point ${c.point} (${c.pose}) not framed on the ${name} view`);
          continue;
        }
        const ring = standard.find((spot) => spot.side === framing.marker.side)!;
        // The other side's ring does not pull the view wide: it frames as with its own ring only.
        const ownOnly = framePoint(
          ...args,
          also.filter((spot) => spot.side === ring.side),
        );
        if (ownOnly === null || ownOnly.position.some((v, i) => v !== framing.position[i]))
          report.push(`point ${c.point} (${c.pose}): the other side's ring moved the ${name} view`);
        const ndc = new Vector3(...ring.position).project(cameraFor(framing, area));
        const x = ((ndc.x + 1) / 2) * area.width;
        const y = ((1 - ndc.y) / 2) * area.height;
        const clear =
          ndc.z < 1 &&
          x > clearance &&
          x < area.width - clearance &&
          y > clearance &&
          y < area.height - clearance &&
          !area.covered.some(
            (box) =>
              x > box.left - clearance &&
              x < box.right + clearance &&
              y > box.top - clearance &&
              y < box.bottom + clearance,
          );
        if (!clear)
          report.push(`${ring.code} of point ${c.point} (${c.pose}) not clear on ${name}`);
      }
    }
    expect(report).toEqual([]);
  });
});
