import { DATASET } from '../../data/full-dataset';
import { MAX_MINUTES, MIN_MINUTES, type RoutineState } from './routine-engine';
import { planFor, selfCarePoints, sourceMinutes } from './routine-plan';
import { useRoutineActions } from './routine-store';
import { canVibrate, unlockAudio } from './cues';
import { useDiaryStore } from './diary/diary-store';
import { CautionSources } from './CautionSources';
import { instructionsOf } from './cautions';
import { RatingSelect } from './RatingSelect';
import { RoutineExpectations } from './RoutineExpectations';
import { TimeStated } from './TimeStated';

const MINUTE_CHOICES = Array.from(
  { length: MAX_MINUTES - MIN_MINUTES + 1 },
  (_, i) => MIN_MINUTES + i,
);

/**
 * The points of the routine (from the self-care lists), the time per point and per side, the
 * cues, the rules for while pressing and, before a first routine, what to expect.
 */
export function RoutinePlan({ routine }: { routine: RoutineState }) {
  const { setPlan, beginPoints, setMinutes, setCues, reviewCheck, rateBefore } =
    useRoutineActions();
  const firstRoutine = useDiaryStore((state) => state.entries.length === 0);
  const rules = instructionsOf(DATASET);
  const chosen = routine.plan.map((step) => step.point);
  const choices = selfCarePoints(DATASET);
  // A link may name a point no self-care list mentions: it stays choosable, marked as such.
  const extra = DATASET.points.filter(
    (p) => chosen.includes(p.number) && !choices.some((c) => c.number === p.number),
  );
  const toggle = (number: number, on: boolean) => {
    const numbers = DATASET.points
      .map((p) => p.number)
      .filter((n) => (n === number ? on : chosen.includes(n)));
    setPlan(planFor(DATASET, numbers));
  };
  const sourceTime = sourceMinutes(DATASET, chosen);
  return (
    <form
      className="routine-plan"
      aria-labelledby="routine-plan-title"
      onSubmit={(event) => {
        event.preventDefault();
        unlockAudio();
        beginPoints();
      }}
    >
      <h2 id="routine-plan-title" tabIndex={-1} data-screen-heading>
        Your routine
      </h2>
      <RoutineExpectations firstRoutine={firstRoutine} />
      <section className="routine-rules" aria-labelledby="routine-rules-title">
        <h3 id="routine-rules-title">While you press</h3>
        <ul>
          {rules.map((rule) => (
            <li key={rule.text}>{rule.text}</li>
          ))}
        </ul>
        <CautionSources cautions={rules} />
      </section>
      <TimeStated routine={routine} />
      <RatingSelect
        label="Discomfort now, 0 to 10 (optional, for your diary)"
        value={routine.discomfortBefore}
        onChange={rateBefore}
      />
      <div className="routine-actions">
        <button type="submit" className="button routine-button" disabled={chosen.length === 0}>
          {chosen.length === 0
            ? 'Choose at least one point'
            : `Begin: ${chosen.length} point${chosen.length === 1 ? '' : 's'}`}
        </button>
      </div>
      <h3 className="routine-plan__change">Change the routine</h3>
      <fieldset className="routine-plan__points">
        <legend>Points, in this order</legend>
        {[...choices, ...extra].map((point) => (
          <label key={point.number} className="routine-pick">
            <input
              type="checkbox"
              checked={chosen.includes(point.number)}
              onChange={(event) => toggle(point.number, event.currentTarget.checked)}
            />
            <span className="point-number" data-self={point.selfMassage.inSelfMassageSentence}>
              {point.number}
            </span>
            <span>
              {point.name}
              {point.selfMassage.inSelfMassageSentence && (
                <span className="routine-pick__tag"> · named for self-massage</span>
              )}
              {extra.includes(point) && (
                <span className="routine-pick__tag"> · on no self-care list</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="routine-plan__minutes">
        <legend>Minutes per point</legend>
        <p className="routine-plan__note">
          The source suggests about {sourceTime} minutes a point. A pair pressed one side at a time
          switches sides halfway.
        </p>
        <div className="routine-plan__chips">
          {MINUTE_CHOICES.map((minutes) => (
            <label key={minutes} className="routine-choice">
              <input
                type="radio"
                name="routine-minutes"
                value={minutes}
                checked={routine.minutesPerPoint === minutes}
                onChange={() => setMinutes(minutes)}
              />
              <span>{minutes}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="routine-plan__cues">
        <legend>Signals at a side switch and at the end of a point</legend>
        <label className="routine-toggle">
          <input
            type="checkbox"
            checked={routine.sound}
            onChange={(event) => {
              const sound = event.currentTarget.checked;
              if (sound) unlockAudio();
              setCues({ sound });
            }}
          />
          <span>Soft chime</span>
        </label>
        <label className="routine-toggle">
          <input
            type="checkbox"
            checked={routine.vibration}
            onChange={(event) => {
              const vibration = event.currentTarget.checked;
              setCues({ vibration });
            }}
          />
          <span>Vibration{canVibrate() ? '' : ' (this device cannot vibrate)'}</span>
        </label>
      </fieldset>
      <div className="routine-actions">
        <button type="button" className="button button--quiet routine-button" onClick={reviewCheck}>
          Back to the check
        </button>
      </div>
    </form>
  );
}
