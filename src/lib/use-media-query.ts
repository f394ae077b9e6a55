import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, kept current as the window resizes or the phone turns. The
 * prerendered first screen (no window) and hydration read `serverMatches`, so they agree.
 */
export function useMediaQuery(query: string, serverMatches = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => serverMatches,
  );
}
