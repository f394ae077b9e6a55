import { useEffect, useState } from 'react';
import { afterNextFrame } from '../../lib/after-next-frame';
import { useAtlasStore } from '../../state/atlas-store';

/**
 * The selected point as the 3D view should react to it: after the next paint. A selection
 * redraws the WebGL canvas, which on a weak laptop (or software WebGL) costs more than the rest
 * of the frame; reacting one paint later lets the list and the details show the choice at once,
 * and the camera starts its move a frame later.
 */
export function useSelectedAfterPaint(): number | null {
  const selected = useAtlasStore((state) => state.point);
  const [shown, setShown] = useState(selected);
  useEffect(() => afterNextFrame(() => setShown(selected)), [selected]);
  return shown;
}
