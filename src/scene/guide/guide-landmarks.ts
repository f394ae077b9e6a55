import { useMemo } from 'react';
import { useAtlasStore } from '../../state/atlas-store';
import type { GuideLandmark, PlacedMarker } from '../../data/placement';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';
import { useMarkersOnShow } from '../markers/markers-on-show';

/** A landmark dot of the chosen point's guide, with the marker whose rule starts from it. */
export interface ShownLandmark {
  key: string;
  landmark: GuideLandmark;
  marker: PlacedMarker;
}

/** The landmark dots the guide draws now: the chosen point's, on each side it is shown. */
export function useShownLandmarks(): ShownLandmark[] {
  const selected = useSelectedAfterPaint();
  const markers = useMarkersOnShow(selected);
  return useMemo(() => {
    const shown = new Map<string, ShownLandmark>();
    for (const marker of markers) {
      if (marker.point !== selected) continue;
      marker.guide.landmarks.forEach((landmark, index) => {
        // Both sides of a pair can start from one midline landmark (T4/T5): one name for it.
        const spot = `${landmark.name}@${landmark.position.map((v) => v.toFixed(3)).join(',')}`;
        if (!shown.has(spot))
          shown.set(spot, { key: `${marker.point}:${marker.side}:${index}`, landmark, marker });
      });
    }
    return [...shown.values()];
  }, [markers, selected]);
}

/** A bone of the bones layer named for the chosen point: one under a landmark its rule uses. */
export interface ShownBone {
  key: string;
  node: string;
  label: string;
  marker: PlacedMarker;
}

/** The bones to name while the bones layer is shown: those under the shown landmarks. */
export function useShownBones(shownLandmarks: readonly ShownLandmark[]): ShownBone[] {
  const showBones = useAtlasStore((state) => state.showBones);
  return useMemo(() => {
    if (!showBones) return [];
    const bones = new Map<string, ShownBone>();
    for (const { landmark, marker } of shownLandmarks)
      for (const bone of landmark.bones)
        if (!bones.has(bone.node))
          bones.set(bone.node, {
            key: `bone:${bone.node}`,
            node: bone.node,
            label: bone.label,
            marker,
          });
    return [...bones.values()];
  }, [showBones, shownLandmarks]);
}

/**
 * The DOM names of the landmark dots, by key. The projector inside the canvas moves them each
 * rendered frame by writing styles directly: per-frame values stay out of React.
 */
export const landmarkNameElements = new Map<string, HTMLElement>();
