import { useState } from 'react';
import { downloadFile } from '../../lib/download-file';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { pictureSetZip, type PictureSetPoint } from './picture-set';

/**
 * Saves a picture of every point of the set (the lesson, or the points on show) as one ZIP for
 * slides: the view goes through them one by one, as the class would see them, and comes back
 * to the point it was on. Not offered while a class follows the view.
 */
export function SavePictureSetButton({ points }: { points: readonly PictureSetPoint[] }) {
  const [done, setDone] = useState<number | null>(null);
  const { selectPoint } = useAtlasActions();
  // Going through the set would take a following class through it too.
  const sharedWithClass = useAtlasStore((state) => state.sharedWithClass);
  const save = async () => {
    const { point: before, side } = useAtlasStore.getState();
    setDone(0);
    try {
      const zip = await pictureSetZip(points, (point) => selectPoint(point), setDone);
      downloadFile(zip, 'acupressure-atlas-pictures.zip');
    } finally {
      selectPoint(before, side);
      setDone(null);
    }
  };
  if (points.length < 2 || sharedWithClass) return null;
  return (
    <button
      type="button"
      className="switch-button"
      disabled={done !== null}
      aria-live="polite"
      onClick={() => void save()}
    >
      {done === null
        ? `Save all ${points.length} pictures (ZIP)`
        : `Saving picture ${Math.min(done + 1, points.length)} of ${points.length}…`}
    </button>
  );
}
