import { Component, useEffect, type ReactNode } from 'react';
import { DATASET } from '../../data/full-dataset';
import { useBodyAsset } from '../../scene/body/body-asset';
import { loadPlacement } from '../../scene/body/placement-load';
import { readMarkerLook } from '../../scene/markers/marker-look';
import { webglAvailable } from '../../scene/stage/webgl-support';
import { useAtlasStore } from '../../state/atlas-store';
import { useHandoutPictures } from './handout-pictures-store';
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
  return null;
}

function Unavailable() {
  useEffect(() => useHandoutPictures.getState().actions.unavailable(), []);
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
