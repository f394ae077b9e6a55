import { describe, expect, it } from 'vitest';
import { BODY_LANDMARKS } from './body-landmarks';
import { viewWords } from './view-words';

const foot = {
  side: 'left' as const,
  position: [0.1, 0.04, 0.05] as const,
  normal: [1, 0, 0] as const,
};

describe('a view, in words', () => {
  it('names the side, the part and where the camera stands', () => {
    expect(viewWords(foot, 'foot', [0.5, 0.1, 0.05], foot.position, BODY_LANDMARKS)).toBe(
      'left foot, from the outer side',
    );
    expect(viewWords(foot, 'foot', [-0.3, 0.1, 0.05], foot.position, BODY_LANDMARKS)).toBe(
      'left foot, from the inner side',
    );
    expect(viewWords(foot, 'foot', [0.1, -0.4, 0.2], foot.position, BODY_LANDMARKS)).toBe(
      'left foot, from below',
    );
    // Under the front of the foot, about 19° below the sole, as the atlas frames point 3.
    expect(viewWords(foot, 'foot', [0.1, -0.093, 0.427], foot.position, BODY_LANDMARKS)).toBe(
      'left foot, from the front and below',
    );
    expect(viewWords(foot, 'foot', [0.1, 0.44, -0.35], foot.position, BODY_LANDMARKS)).toBe(
      'left foot, from behind and above',
    );
    const right = { ...foot, side: 'right' as const, position: [-0.1, 0.04, 0.05] as const };
    expect(viewWords(right, 'foot', [-0.5, 0.1, 0.05], right.position, BODY_LANDMARKS)).toBe(
      'right foot, from the outer side',
    );
  });

  it('tells the head from the neck by the hairline, and gives midline points no side', () => {
    const hairline = BODY_LANDMARKS.landmarks.find((l) => l.id === 'nape-hairline')!.position;
    const head = { side: 'midline' as const, position: hairline, normal: [0, 0, -1] as const };
    expect(viewWords(head, 'head-neck', [0, hairline[1], -1], hairline, BODY_LANDMARKS)).toBe(
      'head, from behind',
    );
    const neck = { ...head, position: [0, hairline[1] - 0.1, 0.05] as const };
    expect(viewWords(neck, 'head-neck', [0, 1.4, 1], neck.position, BODY_LANDMARKS)).toBe(
      'neck, from the front',
    );
  });
});
