import { landmarkNameElements } from '../guide/guide-landmarks';
import { markerElements } from '../markers/marker-elements';
import { colourBehind, composePicture } from './compose-picture';
import { snapshotView } from './picture-source';

/** Said under every saved picture, as on every page of the atlas. */
export const PICTURE_NOTICE =
  'Unverified: not medical advice. From one popular article; the atlas shows where sources disagree.';

const shownOnly = (elements: Iterable<HTMLElement>) =>
  [...elements].filter((element) => element.dataset.hidden === 'false');

/**
 * The 3D view as a PNG at twice its size, with the chosen point's pin, the names over the view,
 * and a band with the point's name and the evidence notice; null with no view on screen or
 * where the browser cannot make a canvas that big.
 */
export function pictureOfView(point: number, name: string): Promise<Blob | null> {
  const snapshot = snapshotView();
  if (snapshot === null) return Promise.resolve(null);
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
  if (picture === null) return Promise.resolve(null);
  return new Promise((resolve) =>
    picture.toBlob((blob) => {
      // The canvases are large: let them go at once (phones keep little canvas memory).
      picture.width = 0;
      resolve(blob);
    }, 'image/png'),
  );
}

/** The name a point's picture is saved under, alone or in a set. */
export const pictureFileName = (point: number) => `acupressure-atlas-point-${point}.png`;
