import type { Point } from '../../../points/schema';
import { PointFacts } from '../../ui/point-facts/PointFacts';
import type { SharedFacts } from './shared-facts';
import { HandoutPicture } from './HandoutPicture';

/**
 * Everything a student needs about one point on paper; never split across pages. What the
 * handout states above the cards for the whole set (`statedAbove`) is left out here.
 */
export function HandoutCard({
  point,
  statedAbove,
  withSources,
}: {
  point: Point;
  statedAbove: SharedFacts;
  withSources: boolean;
}) {
  return (
    <div className="handout-card" data-point={point.number}>
      <PointFacts
        point={point}
        density="card"
        figure={<HandoutPicture point={point} />}
        withSources={withSources}
        statedElsewhere={{
          disagreementIds: statedAbove.disagreementIds,
          time: statedAbove.durations !== null,
        }}
      />
    </div>
  );
}
