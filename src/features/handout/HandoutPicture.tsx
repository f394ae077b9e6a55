import type { Point } from '../../../points/schema';
import { useHandoutPictures } from './handout-pictures-store';

/** The small body picture of a card, or a plain note where it cannot be drawn. */
export function HandoutPicture({ point }: { point: Point }) {
  const status = useHandoutPictures((state) => state.status);
  const picture = useHandoutPictures((state) => state.pictures[point.number]);
  const side = point.symmetry === 'pair' ? ' One side shown; the other mirrors it.' : '';
  return (
    <figure className="handout-card__picture">
      {picture !== undefined ? (
        <img src={picture} alt={`Point ${point.number} marked on the body.${side}`} />
      ) : (
        <p className="handout-card__no-picture">
          {status === 'drawing'
            ? 'Drawing the picture…'
            : 'No picture: this browser cannot draw the 3D body. The words describe the place.'}
        </p>
      )}
      {picture !== undefined && side !== '' && <figcaption>{side.trim()}</figcaption>}
    </figure>
  );
}
