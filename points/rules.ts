import type { Dataset, Point } from './schema';

/**
 * Rules that span fields or points, checked after the schema has passed. Each message names
 * the point and the field, like the schema's own messages.
 */
export function checkDatasetRules(data: Dataset): string[] {
  return [
    ...checkNumbering(data.points),
    ...checkUniqueIds(data.points),
    ...data.points.flatMap(checkMidlineOffsets),
    ...data.points.flatMap(checkPairTechnique),
    ...data.points.flatMap(checkAssumptionsRecorded),
    ...data.points.flatMap(checkPostureBasisExplained),
    ...data.points.flatMap((point) => checkPointReference(point, data.points)),
    ...checkDisagreementLinks(data),
  ];
}

function checkNumbering(points: Point[]): string[] {
  const errors: string[] = [];
  const seen = new Map<number, number>();
  points.forEach((point, index) => {
    const first = seen.get(point.number);
    if (first === undefined) seen.set(point.number, index);
    else
      errors.push(
        `point ${point.number}: number: used twice (points[${first}] and points[${index}])`,
      );
  });
  // Numbered 1 to N without gaps, so "point 7" always means the seventh in the source's list.
  const highest = Math.max(0, ...seen.keys());
  const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !seen.has(n));
  if (missing.length > 0) {
    errors.push(
      `points: numbered 1–${highest} with gaps (missing: ${missing.join(', ')}); number them without gaps`,
    );
  }
  return errors;
}

function checkUniqueIds(points: Point[]): string[] {
  const owners = new Map<string, number>();
  return points.flatMap((point) => {
    const owner = owners.get(point.id);
    owners.set(point.id, point.number);
    return owner === undefined
      ? []
      : [`point ${point.number}: id: "${point.id}" is already used by point ${owner}`];
  });
}

function checkMidlineOffsets(point: Point): string[] {
  if (point.symmetry !== 'midline') return [];
  return point.location.offsets.flatMap((offset, index) =>
    offset.direction === 'medial' || offset.direction === 'lateral'
      ? [
          `point ${point.number}: location.offsets[${index}].direction: a midline point cannot be offset "${offset.direction}"`,
        ]
      : [],
  );
}

function checkPairTechnique(point: Point): string[] {
  const stated = point.pairTechnique.stated;
  if (point.symmetry === 'midline' && stated !== 'not-applicable')
    return [
      `point ${point.number}: pairTechnique.stated: a midline point has no pair, expected "not-applicable"`,
    ];
  if (point.symmetry === 'pair' && stated === 'not-applicable')
    return [
      `point ${point.number}: pairTechnique.stated: a pair cannot be "not-applicable" (use "not-stated")`,
    ];
  return [];
}

function checkAssumptionsRecorded(point: Point): string[] {
  const guessed = point.location.offsets.some((o) => !o.amountStated || !o.directionStated);
  return guessed && point.location.assumptions.length === 0
    ? [
        `point ${point.number}: location.assumptions: an offset is not stated by the source, so the assumption taken must be written down`,
      ]
    : [];
}

/** A posture that is inferred or our reading must say, in its note, what the text does give. */
function checkPostureBasisExplained(point: Point): string[] {
  return point.posture.basis !== undefined && point.posture.note === undefined
    ? [
        `point ${point.number}: posture.note: a posture given as "${point.posture.basis}" needs a note saying what the text states`,
      ]
    : [];
}

function checkPointReference(point: Point, points: Point[]): string[] {
  const reference = point.location.reference;
  if (reference.kind !== 'point') return [];
  const field = `point ${point.number}: location.reference.point`;
  if (reference.point === point.number) return [`${field}: a point cannot be placed from itself`];
  const target = points.find((other) => other.number === reference.point);
  if (target === undefined) return [`${field}: there is no point ${reference.point}`];
  if (target.location.reference.kind === 'point')
    return [
      `${field}: point ${reference.point} is itself placed from another point; chain at most one step`,
    ];
  return [];
}

function checkDisagreementLinks(data: Dataset): string[] {
  const known = new Set(data.disagreements.map((d) => d.id));
  const referenced = new Set(data.points.flatMap((p) => p.disagreements));
  const dangling = data.points.flatMap((point) =>
    point.disagreements.flatMap((id, index) =>
      known.has(id)
        ? []
        : [
            `point ${point.number}: disagreements[${index}]: no disagreement "${id}" in the dataset`,
          ],
    ),
  );
  const orphaned = data.disagreements.flatMap((d, index) =>
    referenced.has(d.id) ? [] : [`disagreements[${index}]: ${d.id} is not linked from any point`],
  );
  return [...dangling, ...orphaned];
}
