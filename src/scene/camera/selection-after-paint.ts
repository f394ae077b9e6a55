import { useEffect, useState } from 'react';
import { afterNextFrame } from '../../lib/after-next-frame';
import { useAtlasStore, type PairSide } from '../../state/atlas-store';

/**
 * The selected point as the 3D view should react to it: after the next paint. A selection
 * redraws the WebGL canvas, which on a weak laptop (or software WebGL) costs more than the rest
 * of the frame; reacting one paint later lets the list and the details show the choice at once,
 * and the camera starts its move a frame later.
 */
export function useSelectedAfterPaint(): number | null {
  return useChoiceAfterPaint().point;
}

/** The chosen point and, of a pair, the side named, as one: after the next paint, together. */
export function useChoiceAfterPaint(): { point: number | null; side: PairSide | null } {
  const point = useAtlasStore((state) => state.point);
  const side = useAtlasStore((state) => state.side);
  const [shown, setShown] = useState({ point, side });
  useEffect(() => afterNextFrame(() => setShown({ point, side })), [point, side]);
  return shown;
}
