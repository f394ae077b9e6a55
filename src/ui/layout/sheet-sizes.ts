/** How far the phone's bottom sheet is pulled up: its header only, half the screen, or nearly all. */
export const SHEET_SIZES = ['peek', 'half', 'full'] as const;
export type SheetSize = (typeof SHEET_SIZES)[number];

/** Share of the area under the header the sheet takes at half height. */
export const SHEET_HALF_SHARE = 0.5;
/** Room left above the sheet at full height, so the body still shows it is there. */
export const SHEET_FULL_GAP_PX = 56;
/** A drag shorter than this is a tap on the handle. */
export const SHEET_DRAG_SLOP_PX = 8;

/** The sheet's height in CSS pixels at each size, for an area `available` tall. */
export function sheetHeights(available: number, peek: number): Record<SheetSize, number> {
  const full = Math.max(peek, available - SHEET_FULL_GAP_PX);
  const half = Math.min(full, Math.max(peek, available * SHEET_HALF_SHARE));
  return { peek: Math.min(peek, full), half, full };
}

/** The size whose height lies nearest to where a drag let go. */
export function nearestSheetSize(heights: Record<SheetSize, number>, height: number): SheetSize {
  return SHEET_SIZES.reduce((best, size) =>
    Math.abs(heights[size] - height) < Math.abs(heights[best] - height) ? size : best,
  );
}

/** A tap on the handle steps up, and from full back down to the header. */
export function nextSheetSize(size: SheetSize): SheetSize {
  return size === 'peek' ? 'half' : size === 'half' ? 'full' : 'peek';
}

/** How much of the 3D view the camera frames around: at full height, as at half. */
export function coveredBySheet(heights: Record<SheetSize, number>, size: SheetSize): number {
  return size === 'full' ? heights.half : heights[size];
}
