import { Component, useEffect, type ReactNode } from 'react';
import { useDataset } from '../../state/dataset-context';
import { useBodyAsset } from '../../scene/body/body-asset';
import { placeOnSkin } from '../../scene/body/skin-placement';
import { readMarkerLook } from '../../scene/markers/marker-look';
import { webglAvailable } from '../../scene/stage/webgl-support';
import { useHandoutPictures } from './handout-pictures-store';
import { drawPointPictures } from './point-pictures';

/**
 * Draws the handout's pictures with no canvas on screen, from the body the live view loaded (one
 * download, one placement), and hands them to the cards. Without WebGL, or when the body cannot
 * load, the handout prints without pictures and says so.
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
  const { points } = useDataset();
  useEffect(() => {
    const { status, actions } = useHandoutPictures.getState();
    if (status === 'ready') return;
    const rest = placeOnSkin(gltf.scene, points);
    const look = readMarkerLook(document.documentElement);
    actions.drawn(drawPointPictures(gltf.scene, rest, points, look));
  }, [gltf.scene, points]);
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
