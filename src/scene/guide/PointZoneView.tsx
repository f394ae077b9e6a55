import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { DATASET } from '../../data/full-dataset';
import { zoneOf } from '../../data/zone';
import { showSkinZones, MAX_SKIN_ZONES } from '../body/skin-zones';
import { useSelectedAfterPaint } from '../camera/selection-after-paint';
import { useMarkersOnShow } from '../markers/markers-on-show';
import { useMarkerLook } from '../markers/use-marker-look';

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
  const radiusM = useMemo(() => {
    const point = DATASET.points.find((p) => p.number === selected);
    return point === undefined ? 0 : zoneOf(point, DATASET).radiusM;
  }, [selected]);
  useLayoutEffect(() => {
    const zones = markers
      .filter((marker) => marker.point === selected)
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
