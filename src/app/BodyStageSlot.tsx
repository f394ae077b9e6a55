import type { ReactNode } from 'react';
import { afterNextFrame } from '../lib/after-next-frame';
import { loadedLater } from '../lib/loaded-later';
import { loadBodyStage } from '../scene/body-stage-loader';
import { ScenePlaceholder } from '../ui/ScenePlaceholder';

/** Longest wait for the first paint before the 3D code is asked for anyway (a hidden tab never paints). */
const FIRST_PAINT_WAIT_MS = 1500;

/**
 * Resolves once the page has painted a frame: the prerendered first screen (or a link's view)
 * is on screen before the 3D view's downloads and three.js's evaluation begin.
 */
function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    afterNextFrame(resolve);
    setTimeout(resolve, FIRST_PAINT_WAIT_MS);
  });
}

/**
 * The view's code, asked for once the first screen has painted, and not through `React.lazy`:
 * a lazy component would suspend, and React holds back a suspended part's reveal for up to
 * 300 ms after its fallback showed, which the body's first frame waited through on every load.
 */
const bodyStage = loadedLater(() =>
  firstPaint()
    .then(loadBodyStage)
    .then((module) => module.default),
);

/**
 * The 3D body; every layout that shows the body places this element, and a mode hands the stage
 * its own scene parts. A slot mounted once the code is loaded (another mode) shows it at once.
 */
export function BodyStageSlot({ parts }: { parts?: ReactNode }) {
  const { value: Stage, failed } = bodyStage.useLoaded();
  // A module that failed to load stays failed for this page (the browser keeps the failure),
  // so trying again means loading the page again.
  if (Stage === null) {
    return <ScenePlaceholder failed={failed} onRetry={() => window.location.reload()} />;
  }
  return <Stage parts={parts} />;
}
