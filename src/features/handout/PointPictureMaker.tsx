import { Component, useEffect, type ReactNode } from 'react';
import { DATASET } from '../../data/full-dataset';
import { useBodyAsset } from '../../scene/body/body-asset';
import { loadPlacement } from '../../scene/body/placement-load';
import { readMarkerLook } from '../../scene/markers/marker-look';
import { webglAvailable } from '../../scene/stage/webgl-support';
import { useAtlasStore } from '../../state/atlas-store';
import { useVisiblePoints } from '../../state/selectors';
import { useHandoutPictures } from './handout-pictures-store';
import { drawMapViews } from './map-views';
import { drawPointPictures } from './point-pictures';

/**
 * Draws the handout's pictures with no canvas on screen, from the body and placement the live
 * view loaded (one download each), and hands them to the cards. Without WebGL, or when the body
 * cannot load or be drawn, the handout prints without pictures and says so.
 */
export default function PointPictureMaker() {
  if (!webglAvailable()) return <Unavailable />;
  return (
    <PicturesErrorBoundary>
      <Drawer />
    </PicturesErrorBoundary>
  );
}

function Drawer() {
  const gltf = useBodyAsset();
  const { points } = DATASET;
  const withStandard = useAtlasStore((state) => state.compareStandard);
  useEffect(() => {
    const { status, actions, ...drawn } = useHandoutPictures.getState();
    if (status === 'ready' && drawn.withStandard === withStandard) return;
    let current = true;
    actions.drawing(withStandard);
    const look = readMarkerLook(document.documentElement);
    loadPlacement(gltf.scene)
      .then((placement) =>
        drawPointPictures(gltf.scene, placement, points, look, {
          withStandard,
          wanted: () => current,
        }),
      )
      .then(
        (pictures) => {
          // A later choice started its own drawing: this one's pictures are out of date.
          if (current) actions.drawn(pictures);
        },
        (error: unknown) => {
          console.error('The handout pictures could not be drawn:', error);
          if (current) actions.unavailable();
        },
      );
    return () => {
      current = false;
    };
  }, [gltf.scene, points, withStandard]);
  // The map marks the points on show (the filters' set), drawn again when the set changes.
  const visible = useVisiblePoints();
  const mapOf = visible.map((point) => point.number).join(',');
  useEffect(() => {
    const { mapOf: drawnOf, actions } = useHandoutPictures.getState();
    if (drawnOf === mapOf) return;
    actions.drawingMap(mapOf);
    const shown = points.filter((point) => mapOf.split(',').includes(String(point.number)));
    loadPlacement(gltf.scene)
      .then((placement) => drawMapViews(gltf.scene, placement, shown))
      .then(
        (map) => actions.mapDrawn(mapOf, map),
        (error: unknown) => {
          console.error('The handout map could not be drawn:', error);
          actions.mapDrawn(mapOf, 'unavailable');
        },
      );
  }, [gltf.scene, points, mapOf]);
  return null;
}

function Unavailable() {
  useEffect(() => useHandoutPictures.getState().actions.nothingDrawn(), []);
  return null;
}

class PicturesErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('The handout pictures could not be drawn:', error);
  }

  override render() {
    return this.state.failed ? <Unavailable /> : this.props.children;
  }
}
