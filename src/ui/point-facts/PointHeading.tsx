import type { ReactNode } from 'react';
import type { Point } from '../../../points/schema';
import { REGION_LABELS } from '../../data/labels';
import { PointBadges } from './PointBadges';

/** The point's number badge and name; with `eyebrow` also its region and tags (the details). */
export function PointHeading({
  point,
  titleId,
  detailed,
  meta,
  action,
}: {
  point: Point;
  titleId: string;
  detailed: boolean;
  meta?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <header className="point-facts__heading">
      <span className="point-number" data-self={point.selfMassage.inSelfMassageSentence}>
        {point.number}
      </span>
      <div>
        {detailed && (
          <p className="eyebrow">
            Point {point.number} · {REGION_LABELS[point.region]}
          </p>
        )}
        <h2 id={titleId} className="point-facts__name">
          {point.name}
        </h2>
        {detailed && <PointBadges point={point} />}
        {meta}
      </div>
      {action}
    </header>
  );
}
