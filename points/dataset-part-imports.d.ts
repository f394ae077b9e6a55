/**
 * The build's two parts of points.json (dataset-plugin.ts, dataset-parts.ts). Typed where they
 * are imported (src/data): an ambient module cannot name the types beside it.
 */
declare module '*/points.json?summary' {
  const summary: unknown;
  export default summary;
}

declare module '*/points.json?details' {
  const details: unknown;
  export default details;
}
