import { downloadFile } from '../../lib/download-file';
import { pictureFileName, pictureOfView } from './view-picture';

/**
 * Saves the 3D view as a PNG at twice its size, with the chosen point's pin, the landmark
 * names, and a band with the point's name and the evidence notice: a picture for a slide.
 */
export function SavePictureButton({ point, name }: { point: number; name: string }) {
  const save = async () => {
    const blob = await pictureOfView(point, name);
    if (blob !== null) downloadFile(blob, pictureFileName(point));
  };
  return (
    <button type="button" className="switch-button" onClick={() => void save()}>
      Save picture
    </button>
  );
}
