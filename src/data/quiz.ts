import type { PointSummary } from '../../points/dataset-parts';
import type { PlacedMarker } from './placement';

/**
 * A tap within this many finger-widths of the point (a pressing thumb covers about one and a
 * half) counts where no zone is given. Both quizzes give one: a tap counts inside the point's
 * own zone (src/data/zone.ts), which the learner sees drawn on the answer.
 */
export const CORRECT_WITHIN_FINGER_WIDTHS = 1.5;

export const QUESTIONS_PER_ROUND = 6;
/** A learner chooses how long a round is: short, longer, or as many questions as points. */
export const ROUND_SIZES = [6, 12, 'all'] as const;
export type RoundSize = (typeof ROUND_SIZES)[number];

/** How many questions a round of this size asks from a set of `points` points. */
export function questionsIn(size: RoundSize, points: number): number {
  return size === 'all' ? points : size;
}
/**
 * Which kind each question of a round is: mostly finding, a self-massage question every third,
 * and every sixth the other way round, a pin on the body to name.
 */
const KIND_PATTERN = ['find', 'find', 'self', 'find', 'name', 'self'] as const;

export type QuestionKind = (typeof KIND_PATTERN)[number];

/** A name question offers this many points to choose from, the pinned one among them. */
export const NAME_CHOICES = 4;

/**
 * A find or self question names the point by its number only: nothing about where it is. A name
 * question pins the point on the body and offers points to choose from, by number and name.
 */
export type Question =
  | { kind: 'find' | 'self'; point: number }
  | { kind: 'name'; point: number; choices: readonly number[] };

type Vec3 = readonly [number, number, number];

export type Answer =
  | {
      kind: 'find';
      via: 'body';
      distanceFingerWidths: number;
      /** How far from the point still counted as right, in finger-widths. */
      withinFingerWidths: number;
      correct: boolean;
      tap: Vec3;
    }
  /** Without a body to tap (no WebGL, keyboard only), the player asks to be shown: no score. */
  | { kind: 'find'; via: 'shown'; correct: false }
  | { kind: 'self'; saidYes: boolean; correct: boolean }
  | { kind: 'name'; via: 'choice'; chosen: number; correct: boolean }
  /** The pin cannot be drawn (no WebGL): the learner skips, unscored. */
  | { kind: 'name'; via: 'shown'; correct: false };

export type Random = () => number;

/**
 * Distance from a clicked skin point to the nearest marker of the asked point (either side of a
 * pair counts), in finger-widths. It is the straight line, which matches the way over the skin
 * for the short distances that decide right or wrong; a click far off is wrong either way.
 */
export function distanceToPointFingerWidths(
  clicked: Vec3,
  markers: readonly Pick<PlacedMarker, 'point' | 'position'>[],
  point: number,
  fingerWidthM: number,
): number {
  const distances = markers
    .filter((marker) => marker.point === point)
    .map((marker) => Math.hypot(...marker.position.map((value, i) => value - clicked[i]!)));
  if (distances.length === 0) throw new Error(`no marker is placed for point ${point}`);
  return Math.min(...distances) / fingerWidthM;
}

/** A tap this far from the point, right within `withinFingerWidths` (the zone's radius, solo). */
export function scoreBodyClick(
  distanceFingerWidths: number,
  tap: Vec3,
  withinFingerWidths = CORRECT_WITHIN_FINGER_WIDTHS,
): Answer {
  return {
    kind: 'find',
    via: 'body',
    distanceFingerWidths,
    withinFingerWidths,
    correct: isWithinReach(distanceFingerWidths, withinFingerWidths),
    tap,
  };
}

/** Whether a tap this far from the point counts as finding it. */
export function isWithinReach(
  distanceFingerWidths: number,
  withinFingerWidths = CORRECT_WITHIN_FINGER_WIDTHS,
): boolean {
  return distanceFingerWidths <= withinFingerWidths;
}

export const SHOWN_ANSWER: Answer = { kind: 'find', via: 'shown', correct: false };
export const NAME_SKIPPED: Answer = { kind: 'name', via: 'shown', correct: false };

export function scoreName(question: { point: number }, chosen: number): Answer {
  return { kind: 'name', via: 'choice', chosen, correct: chosen === question.point };
}

export function scoreSelf(point: PointSummary, saidYes: boolean): Answer {
  return { kind: 'self', saidYes, correct: saidYes === point.selfMassage.inSelfMassageSentence };
}

/**
 * A round drawn from the given points (the current filter result): shuffled, each point once
 * before any repeats. The self-massage questions take a point named for self-massage and one
 * that is not by turns, where the set has both, so always answering "No" cannot win. A name
 * question needs another point to choose from: with one point in the set it asks to find it.
 */
export function buildRound(
  pool: readonly PointSummary[],
  random: Random,
  size = QUESTIONS_PER_ROUND,
): Question[] {
  if (pool.length === 0) return [];
  const kinds = Array.from({ length: size }, (_, i) => KIND_PATTERN[i % KIND_PATTERN.length]!);
  const finds = cycled(shuffle(pool, random));
  // Pins from a cycle of their own: drawn from the find questions' cycle, a pin could never be a
  // point the round has already asked, and the learner could strike those off the choices.
  const pins = cycled(shuffle(pool, random));
  const named = pool.filter((p) => p.selfMassage.inSelfMassageSentence);
  const others = pool.filter((p) => !p.selfMassage.inSelfMassageSentence);
  const bothKinds = named.length > 0 && others.length > 0;
  const selfTurns = [cycled(shuffle(named, random)), cycled(shuffle(others, random))];
  const firstTurn = random() < 0.5 ? 0 : 1;
  let selfAsked = 0;
  const asked: number[] = [];
  return kinds.map((kind) => {
    const question = nextQuestion(kind);
    asked.push(question.point);
    return question;
  });

  function nextQuestion(kind: QuestionKind): Question {
    if (kind === 'name' && pool.length > 1) {
      // Not the point just revealed: its spot would still be on the learner's mind.
      const previous = asked.at(-1);
      const first = pins();
      const point = first.number === previous && pool.length > 2 ? pins() : first;
      return { kind, point: point.number, choices: nameChoices(pool, point, random) };
    }
    if (kind !== 'self') return { kind: 'find', point: finds().number };
    if (!bothKinds) return { kind, point: finds().number };
    const turn = (firstTurn + selfAsked++) % 2;
    return { kind, point: selfTurns[turn]!().number };
  }
}

/**
 * The points a pinned point is told apart from: of its own region first (the ones a learner
 * mixes up), then any, in number order so their place gives nothing away.
 */
export function nameChoices(
  pool: readonly PointSummary[],
  pinned: PointSummary,
  random: Random,
): number[] {
  const others = shuffle(
    pool.filter((p) => p.number !== pinned.number),
    random,
  );
  const near = others.filter((p) => p.region === pinned.region);
  const far = others.filter((p) => p.region !== pinned.region);
  const picked = [...near, ...far].slice(0, NAME_CHOICES - 1).map((p) => p.number);
  return [pinned.number, ...picked].sort((a, b) => a - b);
}

/** Takes items in order, starting over at the end. */
function cycled<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length]!;
}

/** How many of the answers count toward the score: "Show me" is not scored either way. */
export function scoredCount(answers: readonly (Answer | undefined)[]): number {
  return answers.filter((answer) => answer !== undefined && !isShown(answer)).length;
}

export const isShown = (answer: Answer) => answer.kind !== 'self' && answer.via === 'shown';
/** A name question passed by (no pin to name): not scored, and not "shown" either. */
export const isSkipped = (answer: Answer) => answer.kind === 'name' && answer.via === 'shown';

export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

export function roundScore(answers: readonly (Answer | undefined)[]): number {
  return answers.filter((answer) => answer?.correct === true).length;
}
