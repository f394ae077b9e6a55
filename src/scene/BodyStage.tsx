import './stage.css';
import { Canvas } from '@react-three/fiber';
import { Suspense, lazy, type ReactNode } from 'react';
import { NeutralToneMapping } from 'three';
import { BodyModel } from './body/BodyModel';
import { PoseProps } from './body/PoseProps';
import { PostureControl } from './pose/PostureControl';
import { CameraRig } from './camera/CameraRig';
import { Legend } from './markers/Legend';
import { registerNote } from './markers/label-obstacles';
import { StudioLights } from './body/StudioLights';
import { LENS } from './camera/lens';
import { LoadingIndicator } from './stage/LoadingIndicator';
import { MarkerDots } from './markers/MarkerDots';
import { LandmarkNameProjector } from './guide/LandmarkNameProjector';
import { LandmarkNames } from './guide/LandmarkNames';
import { MarkerOverlay } from './markers/MarkerOverlay';
import { MarkerProjector } from './markers/MarkerProjector';
import { RedrawOnContextRestore } from './stage/RedrawOnContextRestore';
import { PointZoneView } from './guide/PointZoneView';
import { PictureSource } from './picture/PictureSource';
import { PlacementGuideView } from './guide/PlacementGuideView';
import { PlacementProblems } from './stage/PlacementProblems';
import { PerfProbe, perfRequested } from './stage/PerfProbe';
import { useSceneDescription } from './stage/use-scene-description';
import { SceneErrorBoundary } from './stage/SceneErrorBoundary';
import { SceneMessage } from './stage/SceneMessage';
import { useSceneStore } from './scene-store';
import { ViewToolbar } from './camera/ViewToolbar';
import { useAtlasStore } from '../state/atlas-store';
import { BonesErrorBoundary } from './bones/BonesErrorBoundary';
import { webglAvailable } from './stage/webgl-support';

/** The bones layer: its own chunk and file, fetched the first time the bones are asked for. */
const BonesLayer = lazy(() => import('./bones/BonesLayer'));
const StandardPointRings = lazy(() => import('./standard/StandardPointRings'));

/**
 * The 3D view: loaded lazily as its own chunk, drawn only when something changes. A mode adds its
 * own scene parts (the quiz listens for taps on the body) through `parts`, drawn in the canvas.
 */
export default function BodyStage({ parts }: { parts?: ReactNode }) {
  const status = useSceneStore((state) => state.status);
  const pose = useSceneStore((state) => state.pose);
  const posing = useSceneStore((state) => state.posing);
  const skinIndexed = useSceneStore((state) => state.skin !== null);
  const showBones = useAtlasStore((state) => state.showBones);
  const compareStandard = useAtlasStore((state) => state.compareStandard);
  const description = useSceneDescription();
  if (!webglAvailable()) {
    return (
      <SceneMessage title="3D view unavailable">
        This browser cannot draw 3D graphics here (WebGL is off or unsupported).
      </SceneMessage>
    );
  }
  return (
    <div
      className="body-stage"
      data-testid="body-stage"
      data-status={status}
      data-pose={pose}
      data-posing={posing}
      data-skin-index={skinIndexed ? 'ready' : 'pending'}
    >
      <SceneErrorBoundary>
        <div className="body-stage__canvas" role="img" aria-label={description}>
          <Canvas
            frameloop="demand"
            dpr={[1, 1.5]}
            camera={{
              fov: LENS.fovDegrees,
              near: LENS.near,
              far: LENS.far,
            }}
            gl={{ antialias: true, toneMapping: NeutralToneMapping }}
          >
            <StudioLights />
            <Suspense fallback={null}>
              <BodyModel />
              <PoseProps />
              <MarkerDots />
              <PlacementGuideView />
              <PointZoneView />
              <MarkerProjector />
              <LandmarkNameProjector />
            </Suspense>
            {compareStandard && (
              <Suspense fallback={null}>
                <StandardPointRings />
              </Suspense>
            )}
            {showBones && (
              <BonesErrorBoundary>
                <Suspense fallback={null}>
                  <BonesLayer />
                </Suspense>
              </BonesErrorBoundary>
            )}
            <CameraRig />
            <RedrawOnContextRestore />
            <PictureSource />
            <Suspense fallback={null}>{parts}</Suspense>
            {perfRequested() && <PerfProbe />}
          </Canvas>
        </div>
        {/* Before the labels, so a label is never hidden under the legend. */}
        <div className="stage-notes">
          <Legend obstacle={registerNote} />
          <PostureControl />
        </div>
        <LandmarkNames />
        <MarkerOverlay />
      </SceneErrorBoundary>
      <PlacementProblems />
      <LoadingIndicator />
      <ViewToolbar />
    </div>
  );
}
