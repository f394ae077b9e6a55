import { describe, expect, it } from 'vitest';
import { placePoints, PlacementError } from '../../data/placement';
import { minimalDataset } from '../../../points/fixtures/minimal-dataset';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { describeSceneError } from './scene-error-message';

describe('describeSceneError', () => {
  it('names the point and the landmark the table lacks, not the model file', () => {
    const dataset = minimalDataset();
    const point = dataset.points.find((p) => p.location.reference.kind === 'landmark')!;
    const table = {
      ...BODY_LANDMARKS,
      landmarks: BODY_LANDMARKS.landmarks.filter(
        (l) =>
          point.location.reference.kind !== 'landmark' ||
          l.id !== point.location.reference.landmark,
      ),
    };
    const origin = {
      position: [0, 0, 0] as [number, number, number],
      normal: [0, 0, 1] as [number, number, number],
    };
    const skin = { closest: () => origin, closestOnMidline: () => origin };
    let error: unknown;
    try {
      placePoints(dataset.points, table, skin);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlacementError);
    const message = describeSceneError(error as Error, '/models/body.glb');
    expect(message.title).toBe('A point could not be placed on the body');
    expect(message.detail).toContain(`point ${point.number}:`);
    expect(message.detail).toContain(
      `"${(point.location.reference as { landmark: string }).landmark}"`,
    );
    expect(message.detail).not.toContain('body.glb');
  });

  it('blames the model file, by name, for anything else', () => {
    const message = describeSceneError(new SyntaxError('Unexpected token'), '/models/body.glb');
    expect(message.title).toBe('The 3D body could not be loaded');
    expect(message.detail).toBe('The file /models/body.glb failed: Unexpected token');
  });
});
