import { z } from 'zod';
import { LANDMARK_IDS, type LandmarkId } from '../models/landmark-ids.ts';
import {
  CAUTION_KINDS,
  DIRECTIONS,
  DISAGREEMENT_KINDS,
  PAIR_TECHNIQUES,
  POSTURE_BASES,
  POSTURES,
  REGIONS,
  SOURCE_FILES,
} from './vocabulary.ts';

export {
  CAUTION_KINDS,
  DIRECTIONS,
  PAIR_TECHNIQUES,
  POSTURE_BASES,
  POSTURES,
  REGIONS,
  SOURCE_FILES,
};

/**
 * The dataset's schema: the single source of the dataset's TypeScript types (z.infer below)
 * and of points.schema.json (generated, for editors).
 *
 * Facts come from the source documents in ../shared/sources, written in our own words, each
 * with a citation. Where the source is silent or unclear the data says so (`stated: false`,
 * `assumptions`, `disagreements`) instead of quietly picking a reading.
 */

const text = z.string().trim().min(1, 'must not be empty');

export const citationSchema = z
  .object({
    file: z.enum(SOURCE_FILES),
    section: text,
    /** First and last line (1-based, inclusive) in the source file. */
    lines: z.tuple([z.int().positive(), z.int().positive()]),
  })
  .strict()
  .refine(({ lines: [first, last] }) => first <= last, {
    message: 'line range must run forwards (first ≤ last)',
    path: ['lines'],
  });

export const landmarkIdSchema = z.enum(LANDMARK_IDS as [LandmarkId, ...LandmarkId[]], {
  error: (issue) =>
    `unknown landmark ${JSON.stringify(issue.input)}: the body provides no such landmark`,
});

export const offsetSchema = z
  .object({
    amount: z.number().positive(),
    unit: z.enum(['finger-width', 'mm']),
    direction: z.enum(DIRECTIONS),
    /** False when the source gives no distance and `amount` is our assumption. */
    amountStated: z.boolean(),
    /** False when the source gives no direction and `direction` is our assumption. */
    directionStated: z.boolean(),
  })
  .strict();

/** Where the offsets start from. */
export const referenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('landmark'), landmark: landmarkIdSchema }).strict(),
  z
    .object({
      kind: z.literal('midpoint'),
      landmarks: z.tuple([landmarkIdSchema, landmarkIdSchema]),
    })
    .strict(),
  /** Another numbered point (point 6 is "a little higher than" point 1). */
  z.object({ kind: z.literal('point'), point: z.int().positive() }).strict(),
]);

export const locationSchema = z
  .object({
    /** Where to find it, in plain words. */
    description: text,
    reference: referenceSchema,
    offsets: z.array(offsetSchema),
    /**
     * Where the description goes beyond the words of the source: the spot we chose, in plain
     * words, shown marked "our reading" beside the description.
     */
    reading: text.optional(),
    /** Every reading we had to choose where the source is silent or unclear. */
    assumptions: z.array(text),
    citation: citationSchema,
  })
  .strict();

export const matchConfidenceSchema = z.enum(['certain', 'likely', 'possible']);
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

export const listMentionSchema = z
  .object({
    list: z.enum(['diy-bullets', 'home-list']),
    /** The list item, paraphrased. */
    item: text,
    match: matchConfidenceSchema,
    citation: citationSchema,
  })
  .strict();

export const durationSchema = z
  .object({
    minMinutes: z.number().positive().optional(),
    maxMinutes: z.number().positive(),
    note: text,
    citation: citationSchema,
  })
  .strict();

export const pointSchema = z
  .object({
    /** 1 to the number of points, each once (points/rules.ts). */
    number: z.int().positive(),
    /** Stable id used in links and code; never renumbered. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
    /** Short name for lists and captions, our own words. */
    name: text,
    /** As the source states it: a left/right pair, or one point on the midline. */
    symmetry: z.enum(['pair', 'midline']),
    region: z.enum(REGIONS),
    location: locationSchema,
    posture: z
      .object({
        stated: z.enum(POSTURES),
        /**
         * How the entry gives it. Absent: said outright. `inferred`: taken from a reference to
         * another point ("as the seventh"). `our-reading`: our choice where the wording is
         * unclear; the note says what the text does say.
         */
        basis: z.enum(POSTURE_BASES).optional(),
        note: text.optional(),
        citation: citationSchema,
      })
      .strict(),
    pairTechnique: z
      .object({ stated: z.enum(PAIR_TECHNIQUES), note: text.optional(), citation: citationSchema })
      .strict(),
    cautions: z.array(z.object({ text, citation: citationSchema }).strict()),
    durations: z.array(durationSchema),
    selfMassage: z
      .object({
        /** Named in the sentence after the numbered list that lists the self-massage points. */
        inSelfMassageSentence: z.boolean(),
        citation: citationSchema,
        /** Other lists in the same file that seem to mention this point. */
        otherLists: z.array(listMentionSchema),
      })
      .strict(),
    /** Ids of the dataset's disagreements that touch this point. */
    disagreements: z.array(z.string().regex(/^D\d+$/, 'must look like D1, D2, …')),
    /**
     * Our interpretation, never a fact of the source: the standard acupuncture point this one
     * most plausibly corresponds to.
     */
    standardPoint: z
      .object({
        code: z.string().regex(/^[A-Z]{2}\d{1,2}$/, 'must look like KI1 or BL60'),
        alternatives: z.array(z.string().regex(/^[A-Z]{2}\d{1,2}$/)),
        confidence: confidenceSchema,
        reasoning: text,
      })
      .strict()
      .optional(),
  })
  .strict();

export const disagreementSchema = z
  .object({
    id: z.string().regex(/^D\d+$/, 'must look like D1, D2, …'),
    title: text,
    /** The lists disagree, or an entry is unclear: the badge a point carries says which. */
    kind: z.enum(DISAGREEMENT_KINDS),
    /**
     * Absent: the source's own lists disagree or are unclear. `other-source`: a warning from a
     * different document that bears on a point, not a disagreement inside this one.
     */
    origin: z.literal('other-source').optional(),
    /** What the lists say, side by side, in our words. */
    summary: text,
    /** How the atlas reads it for now, if it had to choose. */
    readingTaken: text.optional(),
    citations: z.array(citationSchema).min(1),
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    evidence: z
      .object({ headline: text, statement: text, citations: z.array(citationSchema) })
      .strict(),
    sources: z
      .array(z.object({ file: z.enum(SOURCE_FILES), description: text, usedFor: text }).strict())
      .min(1),
    technique: z.array(z.object({ text, citation: citationSchema }).strict()),
    contraindications: z.array(
      z
        .object({
          /**
           * A condition a person either has now or not (asked before a routine), or an
           * instruction for while pressing (read before starting, never asked as a question).
           */
          kind: z.enum(CAUTION_KINDS),
          text,
          citations: z.array(citationSchema).min(1),
        })
        .strict(),
    ),
    disagreements: z.array(disagreementSchema),
    points: z.array(pointSchema),
  })
  .strict();

export type Citation = z.infer<typeof citationSchema>;
export type CautionKind = (typeof CAUTION_KINDS)[number];
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];
export type Contraindication = Dataset['contraindications'][number];
export type Offset = z.infer<typeof offsetSchema>;
export type Direction = Offset['direction'];
export type Reference = z.infer<typeof referenceSchema>;
export type PointLocation = z.infer<typeof locationSchema>;
export type Posture = (typeof POSTURES)[number];
export type PostureBasis = (typeof POSTURE_BASES)[number];
export type PairTechnique = (typeof PAIR_TECHNIQUES)[number];
export type Region = (typeof REGIONS)[number];
export type ListMention = z.infer<typeof listMentionSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
