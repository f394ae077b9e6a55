import type { RootState } from '@react-three/fiber';
import type { PlacedMarker } from '../../data/placement';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { DoubleSide, MathUtils, PerspectiveCamera, Ray, Vector3 } from 'three';
import { useStageInsetStore } from '../../state/stage-inset';
import { OCCLUSION_TOLERANCE_M } from '../framing/occlusion';
import type { ScreenArea } from '../markers/label-declutter';
import { obstacleAreas, onObstaclesResized } from '../markers/label-obstacles';
import { markerElements, markerKey } from '../markers/marker-elements';
import { shownLabelBoxes } from '../markers/MarkerProjector';
import { useMarkersOnShow } from '../markers/markers-on-show';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';
import { GUIDE_LANDMARK_RADIUS_M } from '../markers/marker-look';
import { useFramePlacement } from '../markers/use-frame-placement';
import { useMarkerLook } from '../markers/use-marker-look';
import { useSceneStore } from '../scene-store';
import { boneAnchorInWorld } from '../bones/bone-anchors';
import { standardNameKey, useShownStandard } from '../standard/use-shown-standard';
import { STANDARD_RING_RADIUS_M } from '../body/skin-zones';
import { landmarkNameElements, useShownBones, useShownLandmarks } from './guide-landmarks';
import { placeNames, type NameToPlace } from './landmark-name-layout';

/** A name to set beside its spot on the body, and how much room the mark there takes. */
interface NameTagSpot {
  key: string;
  marker: PlacedMarker;
  /** The spot in the world now (written into the projector's scratch vector), if it has one. */
  at: () => Vector3 | null;
  /** The skin's normal there; null for a spot under the skin (a bone), named wherever seen. */
  normal: readonly number[] | null;
  radiusM: number;
}

/** Half the width of the stem joining the chosen point's pin to its dot. */
const PIN_STEM_HALF_PX = 3;

/** A bone's name keeps this far off its label spot, as a landmark's keeps off its dot. */
const BONE_LABEL_REACH_M = 0.004;

/** Landmarks turned this far from the camera are on the body's far side: no name. */
const BACK_FACING_LIMIT = -0.2;

/**
 * With each rendered frame, sets each landmark's name beside its dot: on the side away from the
 * point, clear of the view's controls and notes, the point's pin and the other names, and not at
 * all where the body hides the dot or no side is clear.
 */
export function LandmarkNameProjector() {
  const shown = useShownLandmarks();
  const bones = useShownBones(shown);
  const standard = useShownStandard();
  const selected = useSelectedAfterPaint();
  const onShow = useMarkersOnShow(selected);
  const chosen = useMemo(
    () => onShow.filter((marker) => marker.point === selected),
    [onShow, selected],
  );
  const skin = useSceneStore((state) => state.skin);
  const coveredPx = useStageInsetStore((state) => state.coveredPx);
  const look = useMarkerLook();
  const scratch = useMemo(
    () => ({
      screen: new Vector3(),
      world: new Vector3(),
      toCamera: new Vector3(),
      ray: new Ray(),
    }),
    [],
  );
  // Measured once per name and mode, not on every frame.
  const sizesRef = useRef(new Map<HTMLElement, { width: number; height: number }>());

  const positionNames = useCallback(
    ({ camera, size, gl }: RootState) => {
      if (shown.length === 0 && standard.length === 0) return;
      const sizes = sizesRef.current;
      camera.updateMatrixWorld();
      const { screen, world, toCamera, ray } = scratch;
      const onCanvas = (position: readonly number[]) => {
        screen.set(position[0]!, position[1]!, position[2]!).project(camera);
        return {
          x: ((screen.x + 1) / 2) * size.width,
          y: ((1 - screen.y) / 2) * size.height,
          inView: Math.abs(screen.x) <= 1 && Math.abs(screen.y) <= 1 && screen.z <= 1,
        };
      };
      const blockers: ScreenArea[] = obstacleAreas(gl.domElement).map((area) => ({ ...area }));
      if (coveredPx > 0)
        blockers.push({ left: 0, right: size.width, top: size.height - coveredPx, bottom: 1e9 });
      // Every pin of the chosen point and the stem down to its dot: a name there would hide it.
      const pins = new Map<string, number>();
      for (const marker of chosen) {
        const key = markerKey(marker.point, marker.side);
        const dot = onCanvas(marker.position);
        pins.set(key, dot.x);
        if (markerElements.get(key)?.dataset.hidden !== 'false') continue;
        const lift =
          markerElements.get(key)?.dataset.pin === 'below' ? look.pinLiftPx : -look.pinLiftPx;
        const half = look.pinPx / 2;
        const pinY = dot.y + lift;
        blockers.push(
          { left: dot.x - half, right: dot.x + half, top: pinY - half, bottom: pinY + half },
          {
            left: dot.x - PIN_STEM_HALF_PX,
            right: dot.x + PIN_STEM_HALF_PX,
            top: Math.min(dot.y, pinY),
            bottom: Math.max(dot.y, pinY),
          },
        );
      }
      const pixelsPerMetreAt = (distance: number) =>
        camera instanceof PerspectiveCamera
          ? size.height / (2 * distance * Math.tan(MathUtils.degToRad(camera.fov) / 2))
          : 0;

      for (const known of sizes.keys()) if (!known.isConnected) sizes.delete(known);
      const toPlace: { element: HTMLElement; name: NameToPlace }[] = [];
      const tags: NameTagSpot[] = [
        ...shown.map(({ key, landmark, marker }) => ({
          key,
          marker,
          at: () => world.set(...landmark.position),
          normal: landmark.normal as readonly number[] | null,
          radiusM: GUIDE_LANDMARK_RADIUS_M,
        })),
        // A bone lies under the see-through skin: named wherever it is on the canvas.
        ...bones.map(({ key, node, marker }) => ({
          key,
          marker,
          at: () => (boneAnchorInWorld(node, world) ? world : null),
          normal: null,
          radiusM: BONE_LABEL_REACH_M,
        })),
        // The standard point's code, beside its ring as a landmark's name is beside its dot.
        ...standard.flatMap((spot) => {
          const marker = chosen.find((m) => m.side === spot.side);
          return marker === undefined
            ? []
            : [
                {
                  key: standardNameKey(spot),
                  marker,
                  at: () => world.set(...spot.position),
                  normal: spot.normal as readonly number[] | null,
                  radiusM: STANDARD_RING_RADIUS_M,
                },
              ];
        }),
      ];
      const dots: ScreenArea[] = [];
      for (const { key, marker, at, normal, radiusM } of tags) {
        const element = landmarkNameElements.get(key);
        if (element === undefined) continue;
        const position = at();
        const dot = position === null ? null : onCanvas(position.toArray());
        let visible = dot !== null && dot.inView;
        toCamera.copy(camera.position).sub(world);
        const distance = toCamera.length();
        toCamera.divideScalar(distance);
        if (visible && normal !== null) {
          const facing =
            normal[0]! * toCamera.x + normal[1]! * toCamera.y + normal[2]! * toCamera.z;
          visible = facing >= BACK_FACING_LIMIT;
          if (visible && skin !== null) {
            ray.origin.copy(camera.position);
            ray.direction.copy(toCamera).negate();
            const hit = skin.raycastFirst(ray, DoubleSide);
            visible = hit === null || hit.distance >= distance - OCCLUSION_TOLERANCE_M;
          }
        }
        const radiusPx = radiusM * pixelsPerMetreAt(distance);
        // A landmark's dot is drawn: no other name may cover it.
        if (visible && dot !== null && normal !== null)
          dots.push({
            left: dot.x - radiusPx,
            right: dot.x + radiusPx,
            top: dot.y - radiusPx,
            bottom: dot.y + radiusPx,
          });
        let measured = sizes.get(element);
        if (measured === undefined && visible) {
          const size = { width: element.offsetWidth, height: element.offsetHeight };
          // Not laid out yet (a name just added): measured on a later frame, hidden till then.
          if (size.width > 0) sizes.set(element, (measured = size));
        }
        if (!visible || dot === null || measured === undefined) {
          if (element.dataset.hidden !== 'true') element.dataset.hidden = 'true';
          continue;
        }
        const pointX = pins.get(markerKey(marker.point, marker.side)) ?? dot.x;
        toPlace.push({
          element,
          name: {
            x: dot.x,
            y: dot.y,
            radiusPx,
            width: measured.width,
            height: measured.height,
            awayFromPoint: dot.x >= pointX ? 'right' : 'left',
          },
        });
      }
      // A pair shows the same landmark on both feet: one name, on the foot nearer the middle.
      const fromMiddle = ({ name }: (typeof toPlace)[number]) =>
        Math.hypot(name.x - size.width / 2, name.y - size.height / 2);
      toPlace.sort((a, b) => fromMiddle(a) - fromMiddle(b));
      const firstOfText = toPlace.filter(
        ({ element }, i) =>
          toPlace.findIndex((other) => other.element.textContent === element.textContent) === i,
      );
      for (const { element } of toPlace)
        if (
          !firstOfText.some((kept) => kept.element === element) &&
          element.dataset.hidden !== 'true'
        )
          element.dataset.hidden = 'true';
      toPlace.splice(0, toPlace.length, ...firstOfText);
      const placed = placeNames(
        toPlace.map(({ name }) => name),
        size,
        [...blockers, ...dots],
        shownLabelBoxes
          .filter((box) => !pins.has(box.key))
          .map((box) => ({
            left: box.x - box.halfSize,
            right: box.x + box.halfSize,
            top: box.y - box.halfSize,
            bottom: box.y + box.halfSize,
          })),
      );
      toPlace.forEach(({ element }, i) => {
        const spot = placed[i] ?? null;
        const hidden = String(spot === null);
        if (element.dataset.hidden !== hidden) element.dataset.hidden = hidden;
        if (spot === null) return;
        element.dataset.side = spot.side;
        element.style.transform = `translate(${spot.area.left.toFixed(1)}px, ${spot.area.top.toFixed(1)}px)`;
      });
    },
    [shown, bones, standard, chosen, skin, coveredPx, look, scratch],
  );
  const placeNow = useFramePlacement(positionNames);
  // New names, the skin's index or a control changing size: placed again with no frame drawn.
  useEffect(placeNow, [shown, bones, standard, skin, placeNow]);
  // A mode with larger type resizes the notes too: the names are measured again.
  useEffect(
    () =>
      onObstaclesResized(() => {
        sizesRef.current.clear();
        placeNow();
      }),
    [placeNow],
  );
  return null;
}
