import { landmarkNameElements, useShownLandmarks } from './guide-landmarks';

/**
 * The name beside each landmark dot of the guide ("outer ankle bone", "Achilles tendon"), so two
 * blue dots can be told apart. Hidden from screen readers: the written steps name them already.
 */
export function LandmarkNames() {
  const shown = useShownLandmarks();
  return (
    <div className="landmark-names" aria-hidden="true">
      {shown.map(({ key, landmark }) => (
        <span
          key={key}
          className="landmark-name"
          data-testid="landmark-name"
          data-hidden="true"
          ref={(element) => {
            if (element === null) return;
            landmarkNameElements.set(key, element);
            return () => {
              if (landmarkNameElements.get(key) === element) landmarkNameElements.delete(key);
            };
          }}
        >
          {landmark.name}
        </span>
      ))}
    </div>
  );
}
