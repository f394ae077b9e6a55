import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { zoneOf } from '../../data/zone';
import { loadedLater } from '../../lib/loaded-later';
import { showSkinZones, MAX_SKIN_ZONES } from '../body/skin-zones';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';
import { useMarkersOnShow } from '../markers/markers-on-show';
import { useMarkerLook } from '../markers/use-marker-look';

/**
 * The points' rules, which a zone is sized from: loaded after the body is drawn (the first
 * frame never waits for them), and usually there already, with the details of a chosen point.
 */
const pointRules = loadedLater(() => import('../../data/full-dataset').then((m) => m.DATASET));

/**
 * The selected point's zone, where it may lie, painted on the skin around each of its markers
 * (both sides of a pair): its size comes from the point's rule (src/data/zone.ts) and it moves
 * with the pose as the markers do.
 */
export function PointZoneView() {
  const selected = useSelectedAfterPaint();
  const markers = useMarkersOnShow(selected);
  const { zone: colour } = useMarkerLook();
  const invalidate = useThree((state) => state.invalidate);
  const { value: dataset } = pointRules.useLoaded();
  const radiusM = useMemo(() => {
    const point = dataset?.points.find((p) => p.number === selected);
    return point === undefined || dataset === null ? 0 : zoneOf(point, dataset).radiusM;
  }, [dataset, selected]);
  useLayoutEffect(() => {
    const zones = markers
      .filter((marker) => marker.point === selected && radiusM > 0)
      .slice(0, MAX_SKIN_ZONES)
      .map((marker) => ({ centre: marker.position, normal: marker.normal, radiusM }));
    showSkinZones(zones, colour);
    invalidate();
    return () => {
      showSkinZones([], colour);
      invalidate();
    };
  }, [markers, selected, radiusM, colour, invalidate]);
  return null;
}
