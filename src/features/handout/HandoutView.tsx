import { useMemo } from 'react';
import { sharedFacts } from './shared-facts';
import { DATASET, withDetails } from '../../data/full-dataset';
import { useHandoutPictures } from './handout-pictures-store';
import { useVisiblePoints } from '../../state/selectors';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { HandoutCard } from './HandoutCard';
import {
  CARDS_ACROSS,
  CARDS_PER_PAGE,
  useHandoutOptions,
  type CardsPerPage,
  type SheetKind,
} from './handout-options-store';
import { HandoutMap } from './HandoutMap';
import { DisagreementList } from '../../ui/point-facts/DisagreementList';
import { handoutTitle } from './handout-title';
import './handout.css';

/**
 * A print preview of the points the filters leave: one card per point. The table's head holds
 * the evidence notice because browsers repeat a table head at the top of every printed page.
 */
export function HandoutView() {
  const { evidence } = DATASET;
  const visible = useVisiblePoints();
  const points = useMemo(() => withDetails(visible), [visible]);
  const filters = useAtlasStore((state) => state.filters);
  const status = useHandoutPictures((state) => state.status);
  const { setMode, setCompareStandard } = useAtlasActions();
  const compareStandard = useAtlasStore((state) => state.compareStandard);
  const title = handoutTitle(filters, DATASET.points.length);
  const shared = sharedFacts(points);
  const { sheet, cardsPerPage, includeSources, actions: options } = useHandoutOptions();
  const worksheet = sheet === 'worksheet';
  const across = CARDS_ACROSS[cardsPerPage];
  const rows = Array.from({ length: Math.ceil(points.length / across) }, (_, i) =>
    points.slice(i * across, (i + 1) * across),
  );
  return (
    <main
      className="handout"
      data-testid="handout"
      data-pictures={status}
      data-cards-per-page={cardsPerPage}
    >
      <div className="handout__toolbar">
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="button button--quiet" onClick={() => setMode('explore')}>
          Back to the atlas
        </button>
        <label className="handout__option">
          What to print
          <select
            value={sheet}
            onChange={(event) => options.setSheet(event.target.value as SheetKind)}
          >
            <option value="handout">Map and cards</option>
            <option value="worksheet">Worksheet (empty map)</option>
          </select>
        </label>
        <label className="handout__option">
          Cards a page
          <select
            value={cardsPerPage}
            disabled={worksheet}
            onChange={(event) =>
              options.setCardsPerPage(Number(event.target.value) as CardsPerPage)
            }
          >
            {CARDS_PER_PAGE.map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </label>
        <label className="handout__option">
          <input
            type="checkbox"
            checked={includeSources}
            disabled={worksheet}
            onChange={(event) => options.setIncludeSources(event.target.checked)}
          />
          Include sources
        </label>
        <label className="handout__option">
          <input
            type="checkbox"
            checked={compareStandard}
            onChange={(event) => setCompareStandard(event.target.checked)}
          />
          Compare with the standard point
        </label>
        <p className="handout__toolbar-note" role="status">
          {status === 'drawing'
            ? 'Drawing the pictures of the body…'
            : worksheet
              ? `${points.length} point${points.length === 1 ? '' : 's'} on one page, circles empty; fits A4 and Letter.`
              : `${points.length} point${points.length === 1 ? '' : 's'}: the map, then ${cardsPerPage} cards a page; fits A4 and Letter. Use the filters in Explore to choose the set.`}
        </p>
      </div>
      <table className="handout__paper" role="presentation">
        <thead>
          <tr>
            <td>
              <p className="handout__notice">
                <strong>{evidence.headline}</strong> {evidence.statement}
              </p>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <header className="handout__header">
                <h1>{title}</h1>
                <p>
                  {points.length} point{points.length === 1 ? '' : 's'} as one popular article
                  describes {points.length === 1 ? 'it' : 'them'}, from the acupressure atlas.
                </p>
                {shared.durations?.map((duration) => (
                  <p key={duration.note} className="handout__time">
                    <strong>Time, for every point below:</strong> {duration.note}
                  </p>
                ))}
                {includeSources && (
                  <DisagreementList
                    style="short"
                    heading="Where the sources disagree, for every point below"
                    items={DATASET.disagreements.filter((item) =>
                      shared.disagreementIds.includes(item.id),
                    )}
                  />
                )}
              </header>
            </td>
          </tr>
          <tr className="handout__map-row">
            <td>
              <HandoutMap points={points} worksheet={worksheet} />
            </td>
          </tr>
          {(worksheet ? [] : rows).map((row, index) => (
            <tr
              key={row[0]!.id}
              className="handout__cards-row"
              // The page ends after as many rows as the chosen count of cards a page makes. With
              // their sources the cards are taller than that: the pages break where they fill.
              data-page-end={!includeSources && (index + 1) % (cardsPerPage / across) === 0}
            >
              <td>
                <div className="handout__row">
                  {row.map((point) => (
                    <HandoutCard
                      key={point.id}
                      point={point}
                      statedAbove={shared}
                      withSources={includeSources}
                    />
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {points.length === 0 && <p className="handout__empty">No point matches the filters.</p>}
    </main>
  );
}
