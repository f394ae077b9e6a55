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
const SYMMETRY_OPTIONS = [
  ['pair', SYMMETRY_LABELS.pair],
  ['midline', SYMMETRY_LABELS.midline],
] as const;

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
        <FilterSelect
          label="Pair or single"
          value={filters.symmetry}
          options={SYMMETRY_OPTIONS}
          onChange={(value) => setFilter('symmetry', value)}
        />
        <FilterSelect
          label="Posture"
          value={filters.posture}
          options={POSTURES.map((posture) => [posture, POSTURE_LABELS[posture]] as const)}
          onChange={(value) => setFilter('posture', value)}
        />
        <FilterSelect
          label="Body region"
          value={filters.region}
          options={REGIONS.map((region) => [region, REGION_LABELS[region]] as const)}
          onChange={(value) => setFilter('region', value)}
        />
      </div>
      {activeFilterCount(filters) > 0 && (
        <button type="button" className="button button--link" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}

/** One labelled select of a filter: "Any", then the filter's values. */
function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | 'all';
  options: readonly (readonly [T, string])[];
  onChange: (value: T | 'all') => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as T | 'all')}>
        <option value="all">Any</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
