import { lazy } from 'react';

// Each classroom mode is its own chunk: the first screen (notice, list, details) stays small
// and paints before any of them is needed.
export const PresentationLayout = lazy(() =>
  import('../features/present/PresentationLayout').then((m) => ({ default: m.PresentationLayout })),
);
export const QuizPanel = lazy(() =>
  import('../features/quiz/QuizPanel').then((m) => ({ default: m.QuizPanel })),
);
/** The quiz's part of the 3D view: taps on the body answer a question. */
export const QuizBodyClicks = lazy(() => import('../features/quiz/QuizBodyClicks'));
export const HandoutView = lazy(() =>
  import('../features/handout/HandoutView').then((m) => ({ default: m.HandoutView })),
);
/** three.js comes with it, so it loads only when a handout is opened. */
export const PointPictureMaker = lazy(() => import('../features/handout/PointPictureMaker'));
/** The self-massage routine: its check, timer and saved state load only when it opens. */
export const RoutineView = lazy(() =>
  import('../features/routine/RoutineView').then((m) => ({ default: m.RoutineView })),
);
