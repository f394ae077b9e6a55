import { landmarkNameElements } from '../guide/guide-landmarks';
import { markerElements } from '../markers/marker-elements';
import { colourBehind, composePicture } from './compose-picture';
import { downloadFile } from '../../lib/download-file';
import { snapshotView } from './picture-source';

/** Said under every saved picture, as on every page of the atlas. */
const PICTURE_NOTICE =
  'Unverified: not medical advice. From one popular article; the atlas shows where sources disagree.';

const shownOnly = (elements: Iterable<HTMLElement>) =>
  [...elements].filter((element) => element.dataset.hidden === 'false');

/**
 * Saves the 3D view as a PNG at twice its size, with the chosen point's pin, the landmark
 * names, and a band with the point's name and the evidence notice: a picture for a slide.
 */
export function SavePictureButton({ point, name }: { point: number; name: string }) {
  const save = () => {
    const snapshot = snapshotView();
    if (snapshot === null) return;
    const pins = shownOnly(markerElements.values()).filter(
      (element) => element.dataset.selected === 'true',
    );
    const picture = composePicture(
      snapshot,
      { pins, names: shownOnly(landmarkNameElements.values()) },
      { title: `Point ${point}: ${name}`, notice: PICTURE_NOTICE },
      colourBehind(snapshot.canvas),
    );
    snapshot.image.width = 0;
    if (picture === null) return;
    picture.toBlob((blob) => {
      // The canvases are large: let them go at once (phones keep little canvas memory).
      picture.width = 0;
      if (blob === null) return;
      downloadFile(blob, `acupressure-atlas-point-${point}.png`);
    }, 'image/png');
  };
  return (
    <button type="button" className="switch-button" onClick={save}>
      Save picture
    </button>
  );
}
