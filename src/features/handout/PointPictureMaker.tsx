import { useEffect } from 'react';
import type { Point } from '../../../points/schema';
import { useDataset } from '../../state/dataset-context';
import { useHandoutPictures } from './handout-pictures-store';
import { BODY_URL } from '../../scene/body/BodyModel';
import { drawPointPictures } from './point-pictures';
import { webglAvailable } from '../../scene/stage/webgl-support';

/** Drawn once per page load: reopening the handout reuses the pictures. */
let drawing: Promise<Record<number, string>> | undefined;

function drawOnce(points: readonly Point[]) {
  drawing ??= drawPointPictures(BODY_URL, points);
  return drawing;
}

/**
 * Draws the handout's pictures with no canvas on screen and hands them to the handout through
 * the state. Without WebGL the handout prints without pictures and says so.
 */
export default function PointPictureMaker() {
  const { points } = useDataset();
  useEffect(() => {
    const { setPictures, setUnavailable } = useHandoutPictures.getState();
    if (!webglAvailable()) return setUnavailable();
    drawOnce(points).then(setPictures, (error: unknown) => {
      console.error('The handout pictures could not be drawn:', error);
      setUnavailable();
    });
  }, [points]);
  return null;
}
