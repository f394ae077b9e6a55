import { lazy } from 'react';

// Each classroom mode is its own chunk: the first screen (notice, list, details) stays small
// and paints before any of them is needed.
export const PresentationLayout = lazy(() =>
  import('../features/present/PresentationLayout').then((m) => ({ default: m.PresentationLayout })),
);
export const QuizPanel = lazy(() =>
  import('../features/quiz/QuizPanel').then((m) => ({ default: m.QuizPanel })),
);
export const QuizRound = lazy(() =>
  import('../features/quiz/QuizRound').then((m) => ({ default: m.QuizRound })),
);
/** Present's pen and pointer on the body: its own chunk, with the lines it draws. */
export const PresentPen = lazy(() => import('../features/present/PresentPen'));
/** The quiz's part of the 3D view: taps on the body answer a question. */
export const QuizBodyClicks = lazy(() => import('../features/quiz/QuizBodyClicks'));
export const HandoutView = lazy(() =>
  import('../features/handout/HandoutView').then((m) => ({ default: m.HandoutView })),
);
/** three.js comes with it, so it loads only when a handout is opened. */
export const PointPictureMaker = lazy(() => import('../features/handout/PointPictureMaker'));
/** The class (sharing, following, the class quiz): loaded once the first screen is up. */
export const ClassLayer = lazy(() =>
  import('../features/class/ClassLayer').then((m) => ({ default: m.ClassLayer })),
);
/** The class quiz's part of the 3D view: students' taps and the revealed dots. */
export const ClassBodyParts = lazy(() => import('../features/class/ClassBodyParts'));
/** The self-massage routine: its check, timer and saved state load only when it opens. */
export const RoutineView = lazy(() =>
  import('../features/routine/RoutineView').then((m) => ({ default: m.RoutineView })),
);
