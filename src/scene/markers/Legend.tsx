import { useAtlasStore } from '../../state/atlas-store';

/**
 * What every colour on the body means: the point markers always, and while a point's finding
 * guide is drawn, its landmark, line and finger-width ticks too. Over the stage, the 3D view
 * hands it `obstacle` (label-obstacles.ts's `registerObstacle`) so marker labels give way to it;
 * not in a pane or the phone's sheet, which moves without resizing, so a measured place would go
 * stale there. Taken as a prop, so the first screen's copy does not load the 3D view's code.
 */
export function Legend({ obstacle }: { obstacle?: ObstacleRef }) {
  const guideShown = useAtlasStore((state) => state.point !== null);
  const standardShown = useAtlasStore((state) => state.compareStandard);
  return (
    <>
      <MarkerLegend obstacle={obstacle} />
      {guideShown && <GuideLegend obstacle={obstacle} standardShown={standardShown} />}
    </>
  );
}

type ObstacleRef = (element: HTMLElement | null) => (() => void) | undefined;

function MarkerLegend({ obstacle }: { obstacle: ObstacleRef | undefined }) {
  return (
    <ul className="legend" aria-label="What the marker colours mean" ref={obstacle}>
      <li>
        <span className="legend__swatch" data-self="true" aria-hidden="true" /> Named for
        self-massage
      </li>
      <li>
        <span className="legend__swatch" data-self="false" aria-hidden="true" /> Other points
      </li>
      <li>
        <span className="legend__swatch" data-dimmed="true" aria-hidden="true" /> Filtered out
      </li>
    </ul>
  );
}

/** One row in the stage's lower corner, so a close-up keeps its upper corner for the body. */
function GuideLegend({
  obstacle,
  standardShown,
}: {
  obstacle: ObstacleRef | undefined;
  standardShown: boolean;
}) {
  return (
    <ul className="legend legend--guide" aria-label="What the guide's colours mean" ref={obstacle}>
      <li data-legend="guide-landmark">
        <span className="legend__swatch legend__swatch--landmark" aria-hidden="true" /> Landmark
      </li>
      <li data-legend="guide-line">
        <span className="legend__swatch legend__swatch--line" aria-hidden="true" /> Way to the point
      </li>
      <li data-legend="guide-tick">
        <span className="legend__swatch legend__swatch--tick" aria-hidden="true" /> Each
        finger-width
      </li>
      <li data-legend="zone">
        <span className="legend__swatch legend__swatch--zone" aria-hidden="true" /> Zone: where the
        point may lie
      </li>
      {standardShown && (
        <li data-legend="standard">
          <span className="legend__swatch legend__swatch--standard" aria-hidden="true" /> Ring: the
          standard point
        </li>
      )}
    </ul>
  );
}
