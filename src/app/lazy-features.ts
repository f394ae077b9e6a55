import { lazy } from 'react';

// Each classroom mode is its own chunk: the first screen (notice, list, details) stays small
// and paints before any of them is needed.
export const PresentationLayout = lazy(() =>
  import('../features/present/PresentationLayout').then((m) => ({ default: m.PresentationLayout })),
);
export const QuizPanel = lazy(() =>
  import('../features/quiz/QuizPanel').then((m) => ({ default: m.QuizPanel })),
);
export const HandoutView = lazy(() =>
  import('../features/handout/HandoutView').then((m) => ({ default: m.HandoutView })),
);
