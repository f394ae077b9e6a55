/**
 * Runs `task` once the frame now being prepared has been painted: a task queued from an
 * animation-frame callback runs after that frame's rendering step.
 */
export function afterNextFrame(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
