/**
 * Lighthouse 12 is not a dependency yet: it brings puppeteer-core, Sentry and about 70 more
 * packages into every `npm ci`, and CI here cannot fetch it at run time. Until the lead decides,
 * `--lighthouse` says so plainly instead of failing halfway.
 */
export function runLighthouse(): never {
  throw new Error(
    'bench: --lighthouse needs the lighthouse package, which is not installed; ' +
      'the in-browser figures above (LCP, CLS, axe in npm test) stand in for it for now',
  );
}
