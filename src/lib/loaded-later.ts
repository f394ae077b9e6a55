import { useEffect, useState } from 'react';

export interface LoadedLater<T> {
  /** Starts loading (once); the same promise every time. */
  load: () => Promise<T>;
  /** The value once loaded, null until then; `failed` if loading it failed. */
  useLoaded: () => { value: T | null; failed: boolean };
}

/**
 * Something the page loads after its first screen (a chunk of code and data) and shows once it
 * is there, without `React.lazy`: a suspended part of the page is revealed up to 300 ms after
 * it is ready, as React spaces out reveals, and the first click would wait that long.
 */
export function loadedLater<T>(load: () => Promise<T>): LoadedLater<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  const start = () => {
    loading ??= load().then((loaded) => (value = loaded));
    return loading;
  };
  function useLoaded() {
    const [now, setNow] = useState<T | null>(() => value);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (now !== null) return;
      let live = true;
      start().then(
        (loaded) => {
          if (live) setNow(() => loaded);
        },
        (error: unknown) => {
          console.error('atlas: a part of the page could not be loaded', error);
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, [now]);
    return { value: now, failed };
  }
  return { load: start, useLoaded };
}
