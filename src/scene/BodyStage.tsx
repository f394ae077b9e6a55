import { Canvas } from '@react-three/fiber';
import { Suspense } from 'react';
import { NeutralToneMapping } from 'three';
import { BodyModel } from './BodyModel';
import { CameraRig } from './CameraRig';
import { DEFAULT_POSE } from './camera-framing';
import { Legend } from './Legend';
import { Lights } from './Lights';
import { LoadingIndicator } from './LoadingIndicator';
import { MarkerDots } from './MarkerDots';
import { MarkerOverlay } from './MarkerOverlay';
import { MarkerProjector } from './MarkerProjector';
import { RedrawOnContextRestore } from './RedrawOnContextRestore';
import { PlacementGuideView } from './PlacementGuideView';
import { PlacementProblems } from './PlacementProblems';
import { PerfProbe, perfRequested } from './PerfProbe';
import { QuizBodyClicks } from './QuizBodyClicks';
import { useSceneDescription } from './SceneDescription';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { SceneMessage } from './SceneMessage';
import { useSceneStore } from './scene-store';
import { ViewToolbar } from './ViewToolbar';
import { webglAvailable } from './webgl-support';

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
