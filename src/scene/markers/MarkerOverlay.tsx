import { useMemo } from 'react';
import { matchesFilters } from '../../data/filters';
import { useDatasetSummary } from '../../state/dataset-context';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { useSceneActions, useSceneStore } from '../scene-store';
import { markerElements, markerKey } from './marker-elements';
import { useMarkersOnShow } from './markers-on-show';
import { isPinned } from './marker-ranks';

const SIDE_WORDS = { left: 'left side', right: 'right side', midline: 'midline' } as const;

/**
 * Numbered, clickable labels over the markers: real buttons, so they take keyboard focus, have
 * accessible names and a generous hit area; the projector keeps them on their points.
 */
export function MarkerOverlay() {
  const selected = useAtlasStore((state) => state.point);
  const markers = useMarkersOnShow(selected);
  const hovered = useSceneStore((state) => state.hovered);
  const { hover } = useSceneActions();
  const filters = useAtlasStore((state) => state.filters);
  const side = useAtlasStore((state) => state.side);
  const { selectPoint } = useAtlasActions();
  const { points } = useDatasetSummary();
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
            data-selected={isPinned(marker, selected, side)}
            data-hovered={marker.point === hovered}
            data-hidden="true"
            tabIndex={-1}
            aria-label={`Point ${point.number}, ${SIDE_WORDS[marker.side]}: ${point.name}`}
            aria-pressed={marker.point === selected}
            ref={(element) => {
              if (element === null) return;
              markerElements.set(key, element);
              return () => {
                if (markerElements.get(key) === element) markerElements.delete(key);
              };
            }}
            onClick={() =>
              selectPoint(marker.point, marker.side === 'midline' ? null : marker.side)
            }
            onPointerEnter={() => hover(marker.point)}
            onPointerLeave={() => hover(null)}
            onFocus={() => hover(marker.point)}
            onBlur={() => hover(null)}
          >
            <span aria-hidden="true">{point.number}</span>
          </button>
        );
      })}
    </div>
  );
}
