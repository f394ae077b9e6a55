import { Canvas } from '@react-three/fiber';
import { Suspense } from 'react';
import { NeutralToneMapping } from 'three';
import { BodyModel } from './body/BodyModel';
import { CameraRig } from './camera/CameraRig';
import { DEFAULT_POSE } from './camera/camera-framing';
import { Legend } from './markers/Legend';
import { Lights } from './body/Lights';
import { LoadingIndicator } from './stage/LoadingIndicator';
import { MarkerDots } from './markers/MarkerDots';
import { MarkerOverlay } from './markers/MarkerOverlay';
import { MarkerProjector } from './markers/MarkerProjector';
import { RedrawOnContextRestore } from './stage/RedrawOnContextRestore';
import { PlacementGuideView } from './guide/PlacementGuideView';
import { PlacementProblems } from './stage/PlacementProblems';
import { PerfProbe, perfRequested } from './stage/PerfProbe';
import { QuizBodyClicks } from '../features/quiz/QuizBodyClicks';
import { useSceneDescription } from './stage/use-scene-description.ts';
import { SceneErrorBoundary } from './stage/SceneErrorBoundary';
import { SceneMessage } from './stage/SceneMessage';
import { useSceneStore } from './scene-store';
import { ViewToolbar } from './camera/ViewToolbar';
import { webglAvailable } from './stage/webgl-support';

const FIELD_OF_VIEW_DEGREES = 26;

/** The 3D view: loaded lazily as its own chunk, drawn only when something changes. */
export default function BodyStage() {
  const status = useSceneStore((state) => state.status);
  const description = useSceneDescription();
  if (!webglAvailable()) {
    return (
      <SceneMessage title="3D view unavailable">
        This browser cannot draw 3D graphics here (WebGL is off or unsupported).
      </SceneMessage>
    );
  }
  return (
    <div className="body-stage" data-testid="body-stage" data-status={status}>
      <SceneErrorBoundary>
        <div className="body-stage__canvas" role="img" aria-label={description}>
          <Canvas
            frameloop="demand"
            dpr={[1, 1.5]}
            camera={{
              fov: FIELD_OF_VIEW_DEGREES,
              near: 0.02,
              far: 30,
              position: DEFAULT_POSE.position,
            }}
            gl={{ antialias: true, toneMapping: NeutralToneMapping }}
          >
            <Lights />
            <Suspense fallback={null}>
              <BodyModel />
              <MarkerDots />
              <PlacementGuideView />
              <MarkerProjector />
            </Suspense>
            <CameraRig />
            <RedrawOnContextRestore />
            <QuizBodyClicks />
            {perfRequested() && <PerfProbe />}
          </Canvas>
        </div>
        {/* Before the labels, so a label is never hidden under the legend. */}
        <Legend />
        <MarkerOverlay />
      </SceneErrorBoundary>
      <PlacementProblems />
      <LoadingIndicator />
      <ViewToolbar />
    </div>
  );
}
