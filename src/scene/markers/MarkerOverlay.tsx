import { useMemo } from 'react';
import { matchesFilters } from '../../data/filters';
import { useDataset } from '../../state/dataset-context';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { markerElements, markerKey } from './marker-elements';
import { useSceneStore } from '../scene-store';

const SIDE_WORDS = { left: 'left side', right: 'right side', midline: 'midline' } as const;

/**
 * Numbered, clickable labels over the markers: real buttons, so they take keyboard focus, have
 * accessible names and a generous hit area; the projector keeps them on their points.
 */
export function MarkerOverlay() {
  const markers = useSceneStore((state) => state.markers);
  const hovered = useSceneStore((state) => state.hovered);
  const setHovered = useSceneStore((state) => state.setHovered);
  const selected = useAtlasStore((state) => state.point);
  const filters = useAtlasStore((state) => state.filters);
  const { selectPoint } = useAtlasActions();
  const { points } = useDataset();
  const byNumber = useMemo(() => new Map(points.map((p) => [p.number, p])), [points]);

  return (
    <div className="marker-overlay" data-testid="marker-overlay">
      {markers.map((marker) => {
        const point = byNumber.get(marker.point);
        if (point === undefined) return null;
        const key = markerKey(marker.point, marker.side);
        return (
          <button
            key={key}
            type="button"
            className="marker"
            data-point={marker.point}
            data-side={marker.side}
            data-self={point.selfMassage.inSelfMassageSentence}
            data-dimmed={!matchesFilters(point, filters)}
            data-selected={marker.point === selected}
            data-hovered={marker.point === hovered}
            data-hidden="true"
            tabIndex={-1}
            aria-label={`Point ${point.number}, ${SIDE_WORDS[marker.side]}: ${point.name}`}
            aria-pressed={marker.point === selected}
            ref={(element) => {
              if (element === null) markerElements.delete(key);
              else markerElements.set(key, element);
            }}
            onClick={() => selectPoint(marker.point)}
            onPointerEnter={() => setHovered(marker.point)}
            onPointerLeave={() => setHovered(null)}
            onFocus={() => setHovered(marker.point)}
            onBlur={() => setHovered(null)}
          >
            <span aria-hidden="true">{point.number}</span>
          </button>
        );
      })}
    </div>
  );
}
