import { describe, expect, it } from 'vitest';
import { cameraStatusOn } from './camera-status';

const canvas = () => ({ dataset: {} as Record<string, string> }) as unknown as HTMLElement;

describe('the camera status written on the canvas', () => {
  it('is still at rest with nothing chosen, moving while a chosen point is not yet framed', () => {
    const element = canvas();
    const status = cameraStatusOn(element, null);
    expect(element.dataset.camera).toBe('still');
    status.chose(8);
    expect(element.dataset.camera).toBe('moving');
    status.framing(8);
    expect(element.dataset.camera).toBe('still');
  });

  it('is moving while the body changes pose, and after it until the camera frames it anew', () => {
    const element = canvas();
    const status = cameraStatusOn(element, null);
    status.posing();
    expect(element.dataset.camera).toBe('moving');
    status.settled(true);
    expect(element.dataset.camera).toBe('moving');
    status.moving();
    status.rested();
    expect(element.dataset.camera).toBe('still');
  });

  it('is still once the body settles back in the pose the camera already framed', () => {
    const element = canvas();
    const status = cameraStatusOn(element, null);
    status.posing();
    status.settled(false);
    expect(element.dataset.camera).toBe('still');
  });
});
