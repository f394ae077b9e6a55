import type { ScreenRect, ViewArea } from '../framing/open-area';
import { obstacleAreas } from '../markers/label-obstacles';
import { useStageInsetStore } from '../../state/stage-inset';

/**
 * The 3D view's size and what covers it now, as framing needs them: the controls floating over
 * the canvas (label-obstacles.ts) and the phone's sheet over its foot.
 */
export function viewAreaOf(
  canvas: HTMLCanvasElement,
  size: { width: number; height: number },
): ViewArea {
  const { framedPx } = useStageInsetStore.getState();
  const covered: ScreenRect[] = [...obstacleAreas(canvas)];
  if (framedPx > 0)
    covered.push({ left: 0, right: size.width, top: size.height - framedPx, bottom: size.height });
  return { width: size.width, height: size.height, covered };
}
