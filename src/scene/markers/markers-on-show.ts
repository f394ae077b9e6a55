import { useMemo } from 'react';
import type { PlacedMarker } from '../../data/placement';
import { useAtlasStore, type MarkerReveal } from '../../state/atlas-store';
import { useSceneStore } from '../scene-store';

/** The markers the body may show: all, or only the selected point's (the quiz hides answers). */
export function markersOnShow(
  markers: readonly PlacedMarker[],
  reveal: MarkerReveal,
  selected: number | null,
): PlacedMarker[] {
  return reveal === 'all' ? [...markers] : markers.filter((marker) => marker.point === selected);
}

/** `markersOnShow` for the current scene and choice; every marker layer draws this set. */
export function useMarkersOnShow(selected: number | null): PlacedMarker[] {
  const markers = useSceneStore((state) => state.markers);
  const reveal = useAtlasStore((state) => state.markerReveal);
  return useMemo(() => markersOnShow(markers, reveal, selected), [markers, reveal, selected]);
}
