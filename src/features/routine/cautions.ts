import type { Contraindication, Dataset } from '../../../points/schema';

/** The conditions the check asks about, in the dataset's order (one flag each in a routine). */
export const conditionsOf = (dataset: Dataset): Contraindication[] =>
  dataset.contraindications.filter((c) => c.kind === 'condition');

/** The instructions for while pressing: rules to read before starting, never questions. */
export const instructionsOf = (dataset: Dataset): Contraindication[] =>
  dataset.contraindications.filter((c) => c.kind === 'instruction');
