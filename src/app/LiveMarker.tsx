import { useEffect } from 'react';

/**
 * Marks <html data-atlas-live> once React has taken over the page. The prerendered first screen
 * looks the same before that, but its buttons do nothing yet; tests wait for this mark.
 */
export function LiveMarker() {
  useEffect(() => {
    document.documentElement.setAttribute('data-atlas-live', '');
  }, []);
  return null;
}
