import { describe, expect, it } from 'vitest';
import { distanceWords, standardComparisonWords } from './standard-words';

const bl60 = { code: 'BL60', confidence: 'high' } as const;

describe('the comparison with the standard point in words', () => {
  it('says a distance in centimetres and in cun of the span', () => {
    expect(distanceWords(0.012, 0.025)).toBe('1.2 cm (0.5 cun)');
  });

  it('names the code and the confidence, and the distance once placed', () => {
    expect(standardComparisonWords(bl60, undefined)).toBe(
      'Likely standard point: BL60, high confidence (our interpretation).',
    );
    expect(standardComparisonWords(bl60, { distanceM: 0.024, cunM: 0.024 })).toContain(
      'puts it 2.4 cm (1.0 cun) from the article',
    );
  });

  it('calls two spots a finger cannot tell apart the same spot', () => {
    expect(standardComparisonWords(bl60, { distanceM: 0.001, cunM: 0.024 })).toContain(
      "on the article's spot",
    );
  });
});
