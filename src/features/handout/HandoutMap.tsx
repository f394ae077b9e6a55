import type { CSSProperties } from 'react';
import type { Point } from '../../../points/schema';
import { useHandoutPictures } from './handout-pictures-store';
import { MAP_LABEL_RADIUS_PX } from './map-labels';
import type { MapView } from './map-views';

/**
 * The one-page map of all the points: the body from the front and the back, the left foot from
 * four sides and the back of the left wrist, each point's number beside its dot, and a key.
 * As a worksheet the circles stay empty for the class to fill in from the numbered list.
 */
export function HandoutMap({
  points,
  worksheet,
}: {
  points: readonly Point[];
  worksheet: boolean;
}) {
  const map = useHandoutPictures((state) => state.map);
  const selfMassage = new Set(
    points.filter((p) => p.selfMassage.inSelfMassageSentence).map((p) => p.number),
  );
  return (
    <section
      className="handout-map"
      data-testid="handout-map"
      data-worksheet={worksheet}
      aria-label={worksheet ? 'Worksheet' : 'Map of the points'}
    >
      <h2 className="handout-map__title">
        {worksheet
          ? 'Worksheet: write each point’s number in its circle'
          : `Map of the ${points.length} points`}
      </h2>
      {Array.isArray(map) ? (
        <div className="handout-map__views">
          {map.map((view) => (
            <MapPicture key={view.id} view={view} worksheet={worksheet} self={selfMassage} />
          ))}
        </div>
      ) : (
        <p className="handout-map__no-map">
          {map === 'drawing'
            ? 'Drawing the map…'
            : 'No map: this browser cannot draw the 3D body. The cards describe each place.'}
        </p>
      )}
      <ol className="handout-map__key" aria-label={worksheet ? 'Answer list' : 'Key'}>
        {points.map((point) => (
          <li key={point.number} value={point.number}>
            {point.name}
          </li>
        ))}
      </ol>
    </section>
  );
}

function MapPicture({
  view,
  worksheet,
  self,
}: {
  view: MapView;
  worksheet: boolean;
  self: ReadonlySet<number>;
}) {
  const share = (value: number, of: number) => `${((value / of) * 100).toFixed(2)}%`;
  return (
    <figure className="map-view" data-view={view.id}>
      <div
        className="map-view__frame"
        style={
          {
            aspectRatio: `${view.widthPx} / ${view.heightPx}`,
            '--map-view-aspect': view.widthPx / view.heightPx,
          } as CSSProperties
        }
      >
        <img src={view.src} alt={`${view.title}, with the points marked on it.`} />
        <svg viewBox={`0 0 ${view.widthPx} ${view.heightPx}`} aria-hidden="true">
          {view.labels.map((label) => (
            <line key={label.point} x1={label.x} y1={label.y} x2={label.labelX} y2={label.labelY} />
          ))}
        </svg>
        {view.labels.map((label) => (
          <span
            key={label.point}
            className="map-view__label"
            data-point={label.point}
            data-self={self.has(label.point)}
            style={{
              left: share(label.labelX, view.widthPx),
              top: share(label.labelY, view.heightPx),
              width: share(2 * MAP_LABEL_RADIUS_PX, view.widthPx),
            }}
          >
            {worksheet ? '' : label.point}
          </span>
        ))}
      </div>
      <figcaption>{view.title}</figcaption>
    </figure>
  );
}
