import { useEffect, useRef, useState } from 'react';
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
  const [stopped, setStopped] = useState(false);
  const { selectPoint } = useAtlasActions();
  // Going through the set would take a following class through it too.
  const sharedWithClass = useAtlasStore((state) => state.sharedWithClass);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const save = async () => {
    const { point: before, side, mode } = useAtlasStore.getState();
    // The view is gone when the mode changes or this control leaves the page.
    const shownNow = () => {
      const state = useAtlasStore.getState();
      return mounted.current && state.mode === mode ? state.point : null;
    };
    setDone(0);
    setStopped(false);
    try {
      const zip = await pictureSetZip(points, (point) => selectPoint(point), setDone, shownNow);
      if (zip !== null) downloadFile(zip, 'acupressure-atlas-pictures.zip');
      else if (mounted.current) setStopped(true);
      if (shownNow() !== null) selectPoint(before, side);
    } catch (error) {
      console.error('The pictures could not be saved:', error);
      if (mounted.current) setStopped(true);
    } finally {
      if (mounted.current) setDone(null);
    }
  };
  if (points.length < 2 || sharedWithClass) return null;
  return (
    <>
      <button
        type="button"
        className="switch-button"
        aria-disabled={done !== null}
        onClick={() => {
          if (done === null) void save();
        }}
      >
        Save all {points.length} pictures (ZIP)
      </button>
      <span className="picture-set__status" role="status">
        {done !== null
          ? `Saving picture ${Math.min(done + 1, points.length)} of ${points.length}…`
          : stopped
            ? 'Stopped: the view moved on before every picture was taken.'
            : ''}
      </span>
    </>
  );
}
