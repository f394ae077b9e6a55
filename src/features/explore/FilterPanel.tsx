import './explore.css';
import { POSTURES, REGIONS } from '../../../points/vocabulary';
import { activeFilterCount, type Filters } from '../../data/filters';
import {
  POSTURE_LABELS,
  REGION_LABELS,
  SELF_MASSAGE_FILTER_LABELS,
  SYMMETRY_LABELS,
} from '../../data/labels';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';

const SELF_OPTIONS: Filters['selfMassage'][] = ['all', 'sentence', 'any-list'];

/** Labelled form controls; every change is reflected in the link. */
export function FilterPanel() {
  const filters = useAtlasStore((state) => state.filters);
  const { setFilter, clearFilters } = useAtlasActions();
  return (
    <fieldset className="filters">
      <legend>Filter the points</legend>
      <fieldset className="filters__self">
        <legend>Self-massage</legend>
        {SELF_OPTIONS.map((option) => (
          <label key={option} className="chip">
            <input
              type="radio"
              name="self-massage"
              value={option}
              checked={filters.selfMassage === option}
              onChange={() => setFilter('selfMassage', option)}
            />
            <span>{SELF_MASSAGE_FILTER_LABELS[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className="filters__selects">
        <label>
          <span>Pair or single</span>
          <select
            value={filters.symmetry}
            onChange={(event) => setFilter('symmetry', event.target.value as Filters['symmetry'])}
          >
            <option value="all">Any</option>
            <option value="pair">{SYMMETRY_LABELS.pair}</option>
            <option value="midline">{SYMMETRY_LABELS.midline}</option>
          </select>
        </label>
        <label>
          <span>Posture</span>
          <select
            value={filters.posture}
            onChange={(event) => setFilter('posture', event.target.value as Filters['posture'])}
          >
            <option value="all">Any</option>
            {POSTURES.map((posture) => (
              <option key={posture} value={posture}>
                {POSTURE_LABELS[posture]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Body region</span>
          <select
            value={filters.region}
            onChange={(event) => setFilter('region', event.target.value as Filters['region'])}
          >
            <option value="all">Any</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {REGION_LABELS[region]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {activeFilterCount(filters) > 0 && (
        <button type="button" className="button button--link" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
