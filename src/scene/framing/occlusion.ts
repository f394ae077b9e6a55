/**
 * A marker counts as hidden when the skin lies more than this far in front of it along the line
 * of sight: less is its own triangle, or a fold of skin its dot still stands out of. The live
 * view's labels and the build's line of sight use the same rule.
 */
export const OCCLUSION_TOLERANCE_M = 0.006;
