import { useMediaQuery } from '../../lib/use-media-query';

/**
 * The widths the layout changes at, in CSS pixels. The stylesheets repeat them in their media
 * queries (CSS cannot read a variable there): shell.css, workspace.css, bottom-sheet.css, stage.css.
 */
export const PHONE_MAX_WIDTH_PX = 480;
export const COMPACT_MAX_WIDTH_PX = 900;

/** Phone portrait: the body under a bottom sheet. Compact: two panes. Wide: three columns. */
export type Layout = 'phone' | 'compact' | 'wide';

export function useLayout(): Layout {
  const phone = useMediaQuery(`(max-width: ${PHONE_MAX_WIDTH_PX}px)`);
  const compact = useMediaQuery(`(max-width: ${COMPACT_MAX_WIDTH_PX}px)`);
  return phone ? 'phone' : compact ? 'compact' : 'wide';
}
