import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { afterNextFrame } from '../lib/after-next-frame';
import { loadBodyStage } from '../scene/body-stage-loader';
import { ScenePlaceholder } from '../ui/ScenePlaceholder';

/** Longest wait for the first paint before the 3D code is asked for anyway (a hidden tab never paints). */
const FIRST_PAINT_WAIT_MS = 1500;

type BodyStageView = ComponentType<{ parts?: ReactNode }>;

/** Once loaded, a slot mounted later (another mode) shows the view at once. */
let loadedStage: BodyStageView | null = null;

/**
 * Runs `task` once the page has painted a frame: the prerendered first screen (or a link's view)
 * is on screen before the 3D view's downloads and three.js's evaluation begin.
 */
function afterFirstPaint(task: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelFrame();
    clearTimeout(timer);
    task();
  };
  const cancelFrame = afterNextFrame(once);
  const timer = setTimeout(once, FIRST_PAINT_WAIT_MS);
  return () => {
    done = true;
    cancelFrame();
    clearTimeout(timer);
  };
}

/**
 * The 3D body; every layout that shows the body places this element, and a mode hands the stage
 * its own scene parts. The view's code is loaded here rather than through `React.lazy`: a lazy
 * component would suspend, and React holds back a suspended part's reveal for up to 300 ms after
 * its fallback showed, which the body's first frame waited through on every load.
 */
export function BodyStageSlot({ parts }: { parts?: ReactNode }) {
  const [stage, setStage] = useState<BodyStageView | null>(() => loadedStage);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (stage !== null || failed) return;
    let live = true;
    const cancel = afterFirstPaint(() => {
      loadBodyStage().then(
        (module) => {
          loadedStage = module.default;
          if (live) setStage(() => module.default);
        },
        (error: unknown) => {
          console.error('atlas: the 3D view could not be loaded', error);
          if (live) setFailed(true);
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [stage, failed]);
  // A module that failed to load stays failed for this page (the browser keeps the failure),
  // so trying again means loading the page again.
  if (stage === null) {
    return <ScenePlaceholder failed={failed} onRetry={() => window.location.reload()} />;
  }
  const Stage = stage;
  return <Stage parts={parts} />;
}
