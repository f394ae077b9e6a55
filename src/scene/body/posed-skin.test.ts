import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Box3, Triangle, Vector3, type Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { readBodyGlb, type DecodedBody } from '../../../models/mesh/read-glb';
import { posedPositions } from '../../../models/pose-rig';
import { POSE_NAMES, POSES } from '../../../models/poses';
import { markerCount } from '../../data/dataset';
import { DATASET } from '../../data/full-dataset';
import type { PlacedMarker } from '../../data/placement';
import type { PlacementAsset } from './placement-asset';
import { decodePlacementAsset } from './placement-asset-check';
import { placementFileText } from './placement-file';
import { markerKey, posedSkin } from './posed-skin';
import { placeOnSkin, type SkinPlacement } from './skin-placement';

const GLB = new URL('../../../public/models/body.glb', import.meta.url);
const MM = 0.001;
/** A marker carried into a pose may float or sink this far from the posed skin at most. */
const ON_SKIN_M = 2 * MM;

let decoded: DecodedBody;
let body: Object3D;
/** Placed in this process, as the page did before the build wrote the placement file. */
let runtime: SkinPlacement;
/** The placement file, as the build writes it and the page reads it. */
let rest: PlacementAsset;

beforeAll(async () => {
  const bytes = readFileSync(GLB);
  decoded = await readBodyGlb(bytes);
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    '',
  );
  body = gltf.scene;
  runtime = placeOnSkin(body, DATASET.points);
  rest = decodePlacementAsset(JSON.parse(await placementFileText(GLB.pathname)));
}, 60_000);

/**
 * Distance from each spot to the posed mesh the model's own code computes (models/pose-rig.ts,
 * from the decoded file, not from three's loader), over every triangle.
 */
function distancesToPosedMesh(spots: Vector3[], positions: Float64Array): number[] {
  const best = spots.map(() => Infinity);
  const triangle = new Triangle();
  const closest = new Vector3();
  const corner = (i: number) =>
    new Vector3(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!);
  const { indices } = decoded;
  for (let t = 0; t < indices.length; t += 3) {
    triangle.set(corner(indices[t]!), corner(indices[t + 1]!), corner(indices[t + 2]!));
    spots.forEach((spot, s) => {
      // Only triangles near the spot can be its closest; the rest are skipped cheaply.
      if (triangle.a.distanceToSquared(spot) > best[s]! + 0.01) return;
      triangle.closestPointToPoint(spot, closest);
      best[s] = Math.min(best[s]!, closest.distanceToSquared(spot));
    });
  }
  return best.map(Math.sqrt);
}

const spotsOf = (markers: PlacedMarker[]) => markers.map((m) => new Vector3(...m.position));
const spotsWithGuides = (m: PlacedMarker) => [
  m,
  m.guide.start,
  ...m.guide.landmarks,
  ...m.guide.ticks,
  ...m.guide.path,
];

describe("the build's placement file", () => {
  it('puts every marker and guide mark where placing them in the page does: within 0.1 mm', () => {
    const fromFile = posedSkin(body, rest, 'standing').markers;
    expect(fromFile.map(markerKey)).toEqual(runtime.placement.markers.map(markerKey));
    let worstM = 0;
    let worstFacing = 1;
    fromFile.forEach((marker, i) => {
      const placed = spotsWithGuides(runtime.placement.markers[i]!);
      const read = spotsWithGuides(marker);
      expect(read).toHaveLength(placed.length);
      read.forEach((spot, k) => {
        const there = placed[k]!;
        worstM = Math.max(
          worstM,
          new Vector3(...spot.position).distanceTo(new Vector3(...there.position)),
        );
        worstFacing = Math.min(
          worstFacing,
          new Vector3(...spot.normal).dot(new Vector3(...there.normal)),
        );
      });
    });
    expect(worstM).toBeLessThan(0.1 * MM);
    expect(worstFacing).toBeGreaterThan(0.9999);
  });

  it('reports the same problems as placing in the page', () => {
    expect(rest.problems).toEqual(runtime.placement.problems);
  });

  for (const pose of POSE_NAMES) {
    it(`gives the box around the posed body, for framing it: ${pose}`, () => {
      const [minX, minY, minZ, maxX, maxY, maxZ] = rest.bounds[pose];
      const positions = posedPositions(decoded, pose);
      const box = new Box3();
      for (let i = 0; i < positions.length; i += 3) {
        box.expandByPoint(new Vector3(positions[i]!, positions[i + 1]!, positions[i + 2]!));
      }
      expect(new Vector3(minX, minY, minZ).distanceTo(box.min)).toBeLessThan(1 * MM);
      expect(new Vector3(maxX, maxY, maxZ).distanceTo(box.max)).toBeLessThan(1 * MM);
    });
  }

  it('is refused with the field named when it is damaged', () => {
    const damaged = JSON.parse(JSON.stringify(rest)) as { markers: { anchor: unknown }[] };
    damaged.markers[3]!.anchor = { vertices: [1, 2], weights: [1, 0, 0], liftM: 0 };
    expect(() => decodePlacementAsset(damaged)).toThrow(/markers\.3\.anchor\.vertices/);
  });
});

describe('markers carried by the skin into every pose', () => {
  it('keeps every marker', () => {
    for (const pose of POSE_NAMES)
      expect(posedSkin(body, rest, pose).markers).toHaveLength(markerCount(DATASET.points));
  });

  for (const pose of POSE_NAMES) {
    it(`puts every marker within 2 mm of the posed skin: ${pose}`, () => {
      const posed = posedSkin(body, rest, pose);
      const distances = distancesToPosedMesh(spotsOf(posed.markers), posedPositions(decoded, pose));
      const off = posed.markers
        .map((m, i) => ({ marker: `${m.point} ${m.side}`, mm: distances[i]! / MM }))
        .filter((entry) => entry.mm > ON_SKIN_M / MM);
      expect(off).toEqual([]);
    }, 60_000);
  }

  it('moves the markers with the body: sitting lowers the head', () => {
    const standing = posedSkin(body, rest, 'standing').markers;
    const sitting = posedSkin(body, rest, 'sitting').markers;
    const head = (markers: PlacedMarker[]) => markers.find((m) => m.point === 1)!.position[1];
    expect(head(sitting)).toBeLessThan(head(standing) - 0.2);
  });

  for (const pose of POSE_NAMES.filter((name) => POSES[name].symmetric)) {
    it(`mirrors the two sides of every pair: ${pose}`, () => {
      const { markers } = posedSkin(body, rest, pose);
      const worst = markers
        .filter((m) => m.side === 'left')
        .map((left) => {
          const right = markers.find((m) => m.point === left.point && m.side === 'right')!;
          const mirrored = new Vector3(-right.position[0], right.position[1], right.position[2]);
          return mirrored.distanceTo(new Vector3(...left.position));
        });
      expect(Math.max(...worst)).toBeLessThan(ON_SKIN_M);
    });
  }

  it('carries the finding guides too: each mark stays on the posed skin', () => {
    const pose = 'lying-face-down-on-bolster';
    const posed = posedSkin(body, rest, pose);
    const marks = posed.markers.flatMap((m) => [...m.guide.landmarks, ...m.guide.ticks]);
    const distances = distancesToPosedMesh(
      marks.map((p) => new Vector3(...p.position)),
      posedPositions(decoded, pose),
    );
    expect(Math.max(...distances)).toBeLessThan(ON_SKIN_M);
  }, 60_000);
});

describe('the way back to the rest pose around each marker', () => {
  // A frame to word a view in ("from the outer side"), not to place anything: near a bent joint
  // the skin is not rigid, so a few millimetres and degrees of slack are fine.
  const WORDING_SLACK = { m: 10 * MM, degrees: 15 };

  it('takes every posed marker and its normal back to its rest place and facing', () => {
    const restMarkers = new Map(runtime.placement.markers.map((m) => [markerKey(m), m]));
    for (const pose of POSE_NAMES) {
      const posed = posedSkin(body, rest, pose);
      for (const m of posed.markers) {
        const toRest = posed.toRest.get(markerKey(m))!;
        const restMarker = restMarkers.get(markerKey(m))!;
        const back = new Vector3(...m.position).applyMatrix4(toRest);
        expect(
          back.distanceTo(new Vector3(...restMarker.position)),
          `${pose} ${markerKey(m)}`,
        ).toBeLessThan(WORDING_SLACK.m);
        const facing = new Vector3(...m.normal).transformDirection(toRest);
        const degrees = (facing.angleTo(new Vector3(...restMarker.normal)) * 180) / Math.PI;
        expect(degrees, `${pose} ${markerKey(m)}`).toBeLessThan(WORDING_SLACK.degrees);
      }
    }
  });
});
