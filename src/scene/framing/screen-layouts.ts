import type { ViewArea } from './open-area';

/**
 * The screens the atlas is built for, as its 3D view lies on each: the view's size and the
 * controls over it (notes, view buttons, a phone's sheet), in CSS pixels, measured in Chromium
 * from the built app with a point chosen. Framing is checked against every one of them in Node
 * (every-point-in-view.test.ts); the browser tests check that the live layouts still match.
 */
export interface ScreenLayout {
  name: string;
  /** The window, and the link or steps that give this layout. */
  window: { width: number; height: number; touch: boolean };
  area: ViewArea;
}

const box = (left: number, right: number, top: number, bottom: number) => ({
  left,
  right,
  top,
  bottom,
});

export const SCREEN_LAYOUTS: readonly ScreenLayout[] = [
  {
    name: 'phone, sheet at half',
    window: { width: 390, height: 844, touch: true },
    area: {
      width: 390,
      height: 734,
      covered: [
        box(68, 295, 286, 359),
        box(10, 62, 10, 200),
        box(328, 380, 10, 338),
        box(0, 390, 367, 734),
      ],
    },
  },
  {
    name: 'phone, sheet at peek',
    window: { width: 390, height: 844, touch: true },
    area: {
      width: 390,
      height: 734,
      covered: [
        box(68, 259, 557, 629),
        box(10, 62, 10, 200),
        box(328, 380, 10, 338),
        box(0, 390, 637, 734),
      ],
    },
  },
  {
    name: 'phone on its side',
    window: { width: 844, height: 390, touch: true },
    area: {
      width: 520,
      height: 324,
      covered: [box(10, 215, 10, 84), box(458, 510, 10, 200), box(262, 452, 216, 314)],
    },
  },
  {
    name: 'tablet',
    window: { width: 768, height: 1024, touch: true },
    area: {
      width: 441,
      height: 904,
      covered: [
        box(10, 211, 665, 748),
        box(10, 279, 754, 814),
        box(10, 215, 820, 894),
        box(188, 431, 10, 62),
        box(360, 431, 288, 616),
      ],
    },
  },
  {
    name: 'laptop',
    window: { width: 1366, height: 768, touch: false },
    area: {
      width: 570,
      height: 602,
      covered: [
        box(10, 211, 10, 93),
        box(10, 279, 99, 182),
        box(10, 251, 188, 262),
        box(310, 560, 10, 58),
        box(489, 560, 145, 457),
      ],
    },
  },
  {
    name: 'projector, presenting',
    window: { width: 1920, height: 1080, touch: false },
    area: {
      width: 1006,
      height: 961,
      covered: [
        box(10, 238, 10, 104),
        box(10, 279, 110, 230),
        box(10, 251, 236, 335),
        box(746, 996, 10, 58),
        box(924, 996, 325, 637),
      ],
    },
  },
  {
    name: "the routine's strip on a phone",
    window: { width: 390, height: 844, touch: true },
    area: { width: 356, height: 268, covered: [box(68, 259, 165, 260), box(10, 62, 10, 200)] },
  },
  {
    name: 'the routine on a phone on its side',
    window: { width: 844, height: 390, touch: true },
    area: { width: 386, height: 260, covered: [box(10, 215, 10, 108), box(324, 376, 10, 200)] },
  },
];
