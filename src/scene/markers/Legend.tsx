/** What the marker colours mean. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Marker colours">
      <li>
        <span className="legend__swatch" data-self="true" aria-hidden="true" /> Named for
        self-massage
      </li>
      <li>
        <span className="legend__swatch" data-self="false" aria-hidden="true" /> Other points
      </li>
      <li>
        <span className="legend__swatch" data-dimmed="true" aria-hidden="true" /> Filtered out
      </li>
    </ul>
  );
}
