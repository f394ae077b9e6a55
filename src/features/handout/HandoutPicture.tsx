import type { Point } from '../../../points/schema';
import { useHandoutPictures } from './handout-pictures-store';

/** Nearer the picture's top than this share, the number goes below its marker. */
const PIN_ROOM_ABOVE = 0.18;

/** The card's body picture with a caption that says what it shows, or a note where it cannot be drawn. */
export function HandoutPicture({ point }: { point: Point }) {
  const status = useHandoutPictures((state) => state.status);
  const picture = useHandoutPictures((state) => state.pictures[point.number]);
  return (
    <figure className="handout-card__picture">
      {picture !== undefined ? (
        <>
          <div className="handout-card__frame">
            <img
              src={picture.src}
              alt={`Point ${point.number} marked on the body. ${picture.caption}`}
            />
            {/* The number beside the marker, as the pin names it on screen. */}
            <span
              className="handout-card__pin"
              data-self={point.selfMassage.inSelfMassageSentence}
              data-below={picture.markerAt.y < PIN_ROOM_ABOVE}
              aria-hidden="true"
              style={{
                left: `${(picture.markerAt.x * 100).toFixed(1)}%`,
                top: `${(picture.markerAt.y * 100).toFixed(1)}%`,
              }}
            >
              {point.number}
            </span>
          </div>
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
