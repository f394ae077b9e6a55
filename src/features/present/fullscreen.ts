/** Whether this browser lets the page go full screen (an iPhone's Safari does not). */
export function canGoFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

/**
 * Full screen on, or off again: the projector shows the atlas alone, without the browser's bars.
 * Must run in a key press or click (browsers refuse it otherwise); a refusal changes nothing.
 */
export function toggleFullscreen(): void {
  if (!canGoFullscreen()) return;
  const change =
    document.fullscreenElement === null
      ? document.documentElement.requestFullscreen()
      : document.exitFullscreen();
  change.catch(() => {});
}
