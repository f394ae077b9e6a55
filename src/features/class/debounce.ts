/**
 * Calls `run` once `waitMs` have passed without a new call, with the latest value: a run of
 * changes (a slider, a quick run of clicks) sends one message, not one per step.
 */
export function debounce<T>(run: (value: T) => void, waitMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const fire = () => {
    timer = null;
    const next = pending;
    pending = null;
    if (next !== null) run(next.value);
  };
  return {
    call(value: T) {
      pending = { value };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(fire, waitMs);
    },
    /** Sends a waiting value now (before the class ends, say). */
    flush() {
      if (timer !== null) clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
