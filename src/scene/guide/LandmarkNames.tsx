import { standardNameKey, useShownStandard } from '../standard/use-shown-standard';
import { landmarkNameElements, useShownBones, useShownLandmarks } from './guide-landmarks';
import { FAR_LEADER_PX } from './landmark-name-layout';

/**
 * The name beside each landmark dot of the guide ("outer ankle bone", "Achilles tendon"), so two
 * blue dots can be told apart; with the bones shown, the bones under them ("T4", "navicular");
 * compared with the standard, its point's code beside its ring ("BL60"). Hidden from screen
 * readers: the written steps and the comparison's note say all of it already.
 */
export function LandmarkNames() {
  const shown = useShownLandmarks();
  const bones = useShownBones(shown);
  const standard = useShownStandard();
  return (
    <div className="landmark-names" aria-hidden="true">
      {shown.map(({ key, landmark }) => (
        <NameTag key={key} nameKey={key} kind="landmark" text={landmark.name} />
      ))}
      {bones.map(({ key, label }) => (
        <NameTag key={key} nameKey={key} kind="bone" text={label} />
      ))}
      {standard.map((spot) => (
        <NameTag
          key={standardNameKey(spot)}
          nameKey={standardNameKey(spot)}
          kind="standard"
          text={spot.code}
        />
      ))}
    </div>
  );
}

function NameTag({
  nameKey,
  kind,
  text,
}: {
  nameKey: string;
  kind: 'landmark' | 'bone' | 'standard';
  text: string;
}) {
  return (
    <span
      className={`landmark-name landmark-name--${kind}`}
      data-testid={`${kind}-name`}
      data-hidden="true"
      ref={(element) => {
        if (element === null) return;
        element.style.setProperty('--leader', `${FAR_LEADER_PX}px`);
        landmarkNameElements.set(nameKey, element);
        return () => {
          if (landmarkNameElements.get(nameKey) === element) landmarkNameElements.delete(nameKey);
        };
      }}
    >
      {text}
    </span>
  );
}
