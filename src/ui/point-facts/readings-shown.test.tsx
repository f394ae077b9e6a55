import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { DATASET } from '../../data/full-dataset';
import { OTHER_SOURCE_LABEL, POSTURE_BASIS_LABELS } from '../../data/labels';
import { DatasetContext } from '../../state/dataset-context';
import { summaryOf } from '../../../points/dataset-parts';
import { PointFacts, type FactsDensity } from './PointFacts';

/**
 * Every reading the dataset marks as ours, or as inferred, or as another article's warning,
 * must say so wherever the point's facts are shown: details, projector caption, handout card.
 */

const DENSITIES: readonly FactsDensity[] = ['details', 'caption', 'card'];

/** The visible text of server-rendered markup. */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function render(pointNumber: number, density: FactsDensity): string {
  const point = DATASET.points.find((p) => p.number === pointNumber)!;
  return renderToStaticMarkup(
    <DatasetContext value={summaryOf(DATASET)}>
      <PointFacts point={point} density={density} />
    </DatasetContext>,
  );
}

describe('readings are labelled where the facts are shown', () => {
  const withReading = DATASET.points.filter((p) => p.location.reading !== undefined);
  const withBasis = DATASET.points.filter((p) => p.posture.basis !== undefined);
  const otherSource = DATASET.disagreements.filter((d) => d.origin === 'other-source');

  it('the dataset has readings of each kind to show', () => {
    expect(withReading.length).toBeGreaterThan(0);
    expect(withBasis.length).toBeGreaterThan(0);
    expect(otherSource.length).toBeGreaterThan(0);
  });

  it('shows a location reading with an "our reading" badge', () => {
    for (const point of withReading)
      for (const density of DENSITIES) {
        const markup = render(point.number, density);
        const reading = markup.match(/<p class="point-facts__reading"[^>]*>(.*?)<\/p>/)?.[1];
        expect(reading, `point ${point.number} ${density}`).toBeDefined();
        expect(textOf(reading!)).toContain(point.location.reading!);
        expect(textOf(reading!)).toContain('our reading');
      }
  });

  it('badges a posture that is inferred or our reading', () => {
    for (const point of withBasis)
      for (const density of DENSITIES) {
        const markup = render(point.number, density);
        const badge = markup.match(/<span[^>]*data-posture-basis="([^"]+)"[^>]*>(.*?)<\/span>/);
        expect(badge?.[1], `point ${point.number} ${density}`).toBe(point.posture.basis);
        expect(badge?.[2]).toBe(POSTURE_BASIS_LABELS[point.posture.basis!]);
      }
  });

  it('labels another article’s warning as such on the points it touches', () => {
    for (const warning of otherSource) {
      const touched = DATASET.points.filter((p) => p.disagreements.includes(warning.id));
      expect(touched.length, warning.id).toBeGreaterThan(0);
      for (const point of touched) {
        const details = render(point.number, 'details');
        expect(details).toContain('data-origin="other-source"');
        expect(textOf(details)).toContain(OTHER_SOURCE_LABEL);
        // The title says it in the shorter views too.
        for (const density of ['caption', 'card'] as const)
          expect(textOf(render(point.number, density)).toLowerCase()).toContain('another article');
      }
    }
  });
});
