import { useEffect, useState } from 'react';

export type WakeLockSupport = 'supported' | 'unsupported' | 'refused';

/**
 * Keeps the screen on while `active`: asked for when the timer runs, released on pause and when
 * the view goes away. The browser drops the lock whenever the page is hidden, so it is asked for
 * again when the page comes back. Without the API (an older browser, or a page that is not a
 * secure context) the routine runs as before and says so.
 */
export function useWakeLock(active: boolean): WakeLockSupport {
  const [support, setSupport] = useState<WakeLockSupport>(() =>
    typeof navigator !== 'undefined' && 'wakeLock' in navigator ? 'supported' : 'unsupported',
  );
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let live = true;
    const request = () => {
      if (document.visibilityState !== 'visible' || sentinel !== null) return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (live) {
            sentinel = lock;
            lock.addEventListener('release', () => {
              if (sentinel === lock) sentinel = null;
            });
            setSupport('supported');
          } else void lock.release();
        },
        () => {
          if (live) setSupport('refused'); // battery saver, or a policy: not an error
        },
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', request);
      const held = sentinel;
      sentinel = null;
      void held?.release();
    };
  }, [active]);
  return support;
}
