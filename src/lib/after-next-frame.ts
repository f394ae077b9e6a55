/**
 * Runs `task` once the frame now being prepared has been painted (a task queued from an
 * animation-frame callback runs after that frame's rendering step). Returns a cancel function.
 */
export function afterNextFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
