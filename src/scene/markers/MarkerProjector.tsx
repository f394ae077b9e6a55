import type { RootState } from '@react-three/fiber';
import { useCallback, useEffect, useMemo } from 'react';
import { DoubleSide, Ray, Vector3 } from 'three';
import { useDatasetSummary } from '../../state/dataset-context';
import { useAtlasStore } from '../../state/atlas-store';
import { useStageInsetStore } from '../../state/stage-inset';
import { useSceneStore } from '../scene-store';
import { isUnderTheFace } from '../../data/face-region';
import { OCCLUSION_TOLERANCE_M } from '../framing/occlusion';
import {
  labelUnderAny,
  pinSide,
  uncrowdedLabels,
  type LabelBox,
  type PinSide,
  type ScreenArea,
} from './label-declutter';
import { obstacleAreas, onObstaclesResized } from './label-obstacles';
import { markerElements, markerKey } from './marker-elements';
import { markerRanks, type MarkerRank } from './marker-ranks';
import { useFramePlacement } from './use-frame-placement';
import { useMarkersOnShow } from './markers-on-show';
import type { MarkerLook } from './marker-look';
import { useMarkerLook } from './use-marker-look';
import { useShownStandard } from '../standard/use-shown-standard';
import { STANDARD_RING_RADIUS_M } from '../body/skin-zones';

/**
 * The labels on show after the last placing, in canvas pixels: what other names over the view
 * keep clear of, without measuring the DOM again.
 */
export const shownLabelBoxes: LabelBox[] = [];

/** Markers turned this far away from the camera are behind the body without needing a ray test. */
const BACK_FACING_LIMIT = -0.2;

/**
 * With each rendered frame, moves every marker label to its point's place on screen and marks
 * it hidden when the body stands between it and the camera (or it is off the canvas), or when a
 * more important label already covers its place, so labels are never drawn through the body,
 * never overlap, and never take focus where they cannot be seen. Runs when a frame is drawn
 * (frameloop "demand") and when the skin's index arrives; who gives way is decided from the
 * store, not read back from the DOM.
 */
export function MarkerProjector() {
  const selected = useAtlasStore((state) => state.point);
  const filters = useAtlasStore((state) => state.filters);
  const markers = useMarkersOnShow(selected);
  const skin = useSceneStore((state) => state.skin);
  const hiddenInPose = useSceneStore((state) => state.hiddenInPose);
  const coveredPx = useStageInsetStore((state) => state.coveredPx);
  const { points } = useDatasetSummary();
  const look = useMarkerLook();
  const side = useAtlasStore((state) => state.side);
  const standard = useShownStandard();
  const ranks = useMemo(
    () => markerRanks(markers, points, selected, filters, side),
    [markers, points, selected, filters, side],
  );
  const scratch = useMemo(
    () => ({
      screen: new Vector3(),
      world: new Vector3(),
      toCamera: new Vector3(),
      ray: new Ray(),
    }),
    [],
  );

  const placeLabels = useCallback(
    ({ camera, size, gl }: RootState) => {
      camera.updateMatrixWorld();
      const { screen, world, toCamera, ray } = scratch;
      const everything = obstacleAreas(gl.domElement);
      const obstacles = withCoveredBottom(everything, size, coveredPx);
      // The chosen point's pin gives way to controls only: notes give way to it instead.
      const controls = withCoveredBottom(
        everything.filter((area) => !area.note),
        size,
        coveredPx,
      );
      const notesGivingWay = new Set<HTMLElement>();
      const seen: LabelBox[] = [];
      const placed: [string, HTMLElement][] = [];
      for (const marker of markers) {
        const key = markerKey(marker.point, marker.side);
        const element = markerElements.get(key);
        const rank = ranks.get(key);
        if (element === undefined || rank === undefined) continue;
        world.set(...marker.position);
        screen.copy(world).project(camera);
        const x = ((screen.x + 1) / 2) * size.width;
        const y = ((1 - screen.y) / 2) * size.height;
        toCamera.copy(camera.position).sub(world);
        const distance = toCamera.length();
        toCamera.divideScalar(distance);
        const facing =
          marker.normal[0] * toCamera.x +
          marker.normal[1] * toCamera.y +
          marker.normal[2] * toCamera.z;
        const boxPinned = (side: PinSide): LabelBox => ({
          key,
          x,
          y: rank.selected ? y + (side === 'above' ? -look.pinLiftPx : look.pinLiftPx) : y,
          halfSize: hitSize(rank, look) / 2,
          priority: element === document.activeElement ? rank.focusedPriority : rank.priority,
        });
        // The standard point's ring beside the chosen point is not hidden under its pin either.
        const rings: ScreenArea[] = rank.selected
          ? standard
              .filter((ring) => ring.side === marker.side)
              .map((ring) => {
                // The ring's width on screen: its centre and a spot its radius to the side.
                screen.setFromMatrixColumn(camera.matrixWorld, 0);
                screen.multiplyScalar(STANDARD_RING_RADIUS_M).add(world.set(...ring.position));
                screen.project(camera);
                const edgeX = ((screen.x + 1) / 2) * size.width;
                screen.copy(world).project(camera);
                const ringX = ((screen.x + 1) / 2) * size.width;
                const ringY = ((1 - screen.y) / 2) * size.height;
                const half = Math.max(look.labelPx / 2, Math.abs(edgeX - ringX));
                return {
                  left: ringX - half,
                  right: ringX + half,
                  top: ringY - half,
                  bottom: ringY + half,
                };
              })
          : [];
        world.set(...marker.position);
        screen.copy(world).project(camera);
        const pin = rank.selected
          ? pinSide(isUnderTheFace(marker.position), (side) =>
              labelUnderAny(boxPinned(side), [...obstacles, ...rings]),
            )
          : 'above';
        const inTheWay = rank.selected ? controls : obstacles;
        if (element.dataset.pin !== pin) element.dataset.pin = pin;
        const box = boxPinned(pin);
        // Off the canvas counts as hidden too: the overlay clips it, so it must not take focus.
        const offCanvas = Math.abs(screen.x) > 1 || Math.abs(screen.y) > 1;
        let hidden =
          offCanvas || screen.z > 1 || facing < BACK_FACING_LIMIT || labelUnderAny(box, inTheWay);
        // A point no view of this pose shows (in a fold of skin) is pinned through the skin.
        const through = rank.selected && marker.point === hiddenInPose;
        if (element.dataset.through !== String(through)) element.dataset.through = String(through);
        if (!hidden && !through && skin !== null) {
          ray.origin.copy(camera.position);
          ray.direction.copy(toCamera).negate();
          const hit = skin.raycastFirst(ray, DoubleSide);
          hidden = hit !== null && hit.distance < distance - OCCLUSION_TOLERANCE_M;
        }
        element.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
        placed.push([key, element]);
        if (!hidden) seen.push(box);
        if (!hidden && rank.selected)
          for (const area of everything)
            if (area.note && labelUnderAny(box, [area])) notesGivingWay.add(area.element);
      }
      for (const area of everything) {
        if (!area.note) continue;
        const giving = String(notesGivingWay.has(area.element));
        if (area.element.dataset.givingWay !== giving) area.element.dataset.givingWay = giving;
      }
      const shown = uncrowdedLabels(seen);
      shownLabelBoxes.splice(
        0,
        shownLabelBoxes.length,
        ...seen.filter((box) => shown.has(box.key)),
      );
      for (const [key, element] of placed) {
        const hidden = !shown.has(key);
        if (element.dataset.hidden !== String(hidden)) {
          element.dataset.hidden = String(hidden);
          element.tabIndex = hidden ? -1 : 0;
        }
      }
    },
    [markers, ranks, standard, skin, hiddenInPose, coveredPx, look, scratch],
  );
  const placeNow = useFramePlacement(placeLabels);
  // The skin's index changes which labels the body hides, not the picture: they are placed again
  // at once, with no frame drawn for it.
  useEffect(() => {
    if (skin !== null) placeNow();
  }, [skin, placeNow]);
  // So does a control over the view that grows or shrinks.
  useEffect(() => onObstaclesResized(placeNow), [placeNow]);
  return null;
}

/** The room a marker takes on screen: what is drawn, but never less than its hit area. */
function hitSize(rank: MarkerRank, look: MarkerLook): number {
  const drawn = rank.selected ? look.pinPx : rank.kept ? look.labelPx : look.droppedPx;
  return Math.max(drawn, look.targetPx);
}

/** The panel over the bottom of the view (the phone's sheet) hides labels like a button does. */
function withCoveredBottom(
  areas: readonly ScreenArea[],
  size: { width: number; height: number },
  coveredPx: number,
): readonly ScreenArea[] {
  if (coveredPx === 0) return areas;
  return [
    ...areas,
    { left: 0, right: size.width, top: size.height - coveredPx, bottom: Number.POSITIVE_INFINITY },
  ];
}
