/**
 * Runs jobs one after another, each starting when the one before has settled (fulfilled or
 * not): for work that must not overlap, such as a worker that takes one job at a time.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const result = tail.then(job);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
