import type { Point } from '../../../points/schema';
import { useHandoutPictures } from './handout-pictures-store';

/** The card's body picture with a caption that says what it shows, or a note where it cannot be drawn. */
export function HandoutPicture({ point }: { point: Point }) {
  const status = useHandoutPictures((state) => state.status);
  const picture = useHandoutPictures((state) => state.pictures[point.number]);
  return (
    <figure className="handout-card__picture">
      {picture !== undefined ? (
        <>
          <img
            src={picture.src}
            alt={`Point ${point.number} marked on the body. ${picture.caption}`}
          />
          <figcaption aria-hidden="true">{picture.caption}</figcaption>
          {picture.standard !== undefined && (
            <p className="handout-card__standard" data-testid="handout-standard">
              {picture.standard}
            </p>
          )}
        </>
      ) : (
        <p className="handout-card__no-picture">
          {status === 'drawing'
            ? 'Drawing the picture…'
            : 'No picture: this browser cannot draw the 3D body. The words describe the place.'}
        </p>
      )}
    </figure>
  );
}
