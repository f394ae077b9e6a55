import { PlacementError } from '../../data/placement-error';

export interface SceneErrorMessage {
  title: string;
  detail: string;
}

/**
 * Says which thing failed: a point the dataset cannot place (naming the point and landmark) is
 * the dataset's or landmark table's fault, not the model file's; anything else is the file.
 */
export function describeSceneError(error: Error, modelUrl: string): SceneErrorMessage {
  if (error instanceof PlacementError) {
    return {
      title: 'A point could not be placed on the body',
      detail: `${error.message}. Check that point's location in points/points.json against the landmark table in models/.`,
    };
  }
  return {
    title: 'The 3D body could not be loaded',
    detail: `The file ${modelUrl} failed: ${error.message}`,
  };
}
