import type { ReactNode } from 'react';
import type { Point } from '../../../points/schema';
import { StandardPointSwitch } from '../standard/StandardPointSwitch';
import { SavePictureButton } from './SavePictureButton';

/**
 * The controls for the 3D view beside a point's steps, the same in the details and on the
 * projector: the comparison with the standard point and saving the view's picture, then what
 * the mode adds (Present: the whole set as a ZIP).
 */
export function PointViewTools({ point, children }: { point: Point; children?: ReactNode }) {
  return (
    <>
      <StandardPointSwitch point={point} />
      <SavePictureButton point={point.number} name={point.name} />
      {children}
    </>
  );
}
