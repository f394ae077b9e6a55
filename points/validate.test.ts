import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { minimalDataset } from './fixtures/minimal-dataset';
import { validateDataset } from './validate';
import { datasetJsonSchema } from './json-schema';

const FIXTURE_POINTS = minimalDataset().points.length;

function errorsOf(raw: unknown): string[] {
  const result = validateDataset(raw);
  return result.ok ? [] : result.errors;
}

/** A deep copy as plain JSON, so tests can break it in ways the types would not allow. */
function brokenCopy(): any {
  return structuredClone(minimalDataset());
}

describe('validateDataset', () => {
  it('accepts a complete, consistent dataset', () => {
    expect(validateDataset(minimalDataset()).ok).toBe(true);
  });

  it('names the point and field of a missing field', () => {
    const data = brokenCopy();
    delete data.points[3].posture;
    expect(errorsOf(data)).toEqual(['point 4: posture: is missing']);
  });

  it('names the point and field of an unknown enum value', () => {
    const data = brokenCopy();
    data.points[6].location.offsets[0].unit = 'inch';
    expect(errorsOf(data)).toEqual([
      'point 7: location.offsets[0].unit: expected "finger-width" | "mm"',
    ]);
  });

  it('names an unknown landmark', () => {
    const data = brokenCopy();
    data.points[11].location.reference.landmark = 'left-elbow-dimple';
    expect(errorsOf(data)).toEqual([
      'point 12: location.reference.landmark: unknown landmark "left-elbow-dimple": the body provides no such landmark',
    ]);
  });

  it('rejects a duplicate number and says which are missing', () => {
    const data = brokenCopy();
    data.points[4].number = 4;
    expect(errorsOf(data)).toEqual([
      'point 4: number: used twice (points[3] and points[4])',
      `points: numbered 1–${FIXTURE_POINTS} with gaps (missing: 5); number them without gaps`,
    ]);
  });

  it('rejects a gap in the numbering', () => {
    const data = brokenCopy();
    data.points.splice(16, 1);
    expect(errorsOf(data)).toEqual([
      `points: numbered 1–${FIXTURE_POINTS} with gaps (missing: 17); number them without gaps`,
    ]);
  });

  it('falls back to the list position when the number itself is broken', () => {
    const data = brokenCopy();
    data.points[2].number = 'three';
    expect(errorsOf(data)).toEqual([
      'points[2] (no valid number): number: expected number, got the text "three"',
    ]);
  });

  it('reports unknown fields instead of silently dropping them', () => {
    const data = brokenCopy();
    data.points[0].colour = 'red';
    expect(errorsOf(data)).toEqual(['point 1: unknown field "colour"']);
  });

  it('forbids a left/right offset on a midline point', () => {
    const data = brokenCopy();
    data.points[13].symmetry = 'midline';
    data.points[13].pairTechnique.stated = 'not-applicable';
    data.points[13].location.offsets[0].direction = 'lateral';
    expect(errorsOf(data)).toEqual([
      'point 14: location.offsets[0].direction: a midline point cannot be offset "lateral"',
    ]);
  });

  it('requires an assumption to be written down when the source gives no direction', () => {
    const data = brokenCopy();
    data.points[14].location.offsets[0].directionStated = false;
    expect(errorsOf(data)).toEqual([
      'point 15: location.assumptions: an offset is not stated by the source, so the assumption taken must be written down',
    ]);
  });

  it('requires a note on a posture that is inferred or our reading', () => {
    const data = brokenCopy();
    data.points[7].posture.basis = 'inferred';
    delete data.points[7].posture.note;
    expect(errorsOf(data)).toEqual([
      'point 8: posture.note: a posture given as "inferred" needs a note saying what the text states',
    ]);
  });

  it('resolves point-to-point references and rejects dangling ones', () => {
    const data = brokenCopy();
    data.points[5].location.reference = { kind: 'point', point: 6 };
    expect(errorsOf(data)).toEqual([
      'point 6: location.reference.point: a point cannot be placed from itself',
    ]);
    data.points[5].location.reference = { kind: 'point', point: 1 };
    expect(errorsOf(data)).toEqual([]);
  });

  it('rejects a disagreement id that does not exist', () => {
    const data = brokenCopy();
    data.points[8].disagreements = ['D99'];
    expect(errorsOf(data)).toEqual([
      'point 9: disagreements[0]: no disagreement "D99" in the dataset',
    ]);
  });
});

describe('points.schema.json', () => {
  it('is the schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('./points.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(datasetJsonSchema());
  });
});
