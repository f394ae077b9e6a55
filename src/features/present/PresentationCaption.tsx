import { describeRule } from '../../data/describe-rule';
import { PAIR_TECHNIQUE_LABELS, POSTURE_LABELS } from '../../data/labels';
import { useSelectedPoint } from '../../state/selectors';

/** One point, large enough to read from the back of a classroom. */
export function PresentationCaption() {
  const point = useSelectedPoint();
  if (point === undefined) {
    return (
      <div className="caption" data-testid="presentation-caption">
        <p className="caption__name">Press → or PageDown to show the first point.</p>
      </div>
    );
  }
  return (
    <div className="caption" data-testid="presentation-caption" aria-live="polite">
      <div className="caption__title">
        <span className="caption__number" data-self={point.selfMassage.inSelfMassageSentence}>
          {point.number}
        </span>
        <h2 className="caption__name">{point.name}</h2>
      </div>
      <p className="caption__where">{point.location.description}</p>
      <GuideSteps rule={describeRule(point)} />
      <p className="caption__fact">
        <span className="caption__label">Posture</span> {POSTURE_LABELS[point.posture.stated]}
      </p>
      {point.symmetry === 'pair' && (
        <p className="caption__fact">
          <span className="caption__label">Pair</span>{' '}
          {PAIR_TECHNIQUE_LABELS[point.pairTechnique.stated]}
        </p>
      )}
      {point.cautions.map((caution) => (
        <p key={caution.text} className="caption__caution">
          <strong>Caution:</strong> {caution.text}
        </p>
      ))}
      {point.disagreements.length > 0 && (
        <p className="caption__disputed">The sources disagree or are unclear about this point.</p>
      )}
    </div>
  );
}

/** The same steps the guide draws on the body: start at the landmark, then the finger-widths. */
function GuideSteps({ rule }: { rule: ReturnType<typeof describeRule> }) {
  if (rule.steps.length === 0) return null;
  return (
    <ol className="caption__steps" aria-label="How to find it">
      <li>{rule.start}.</li>
      {rule.steps.map((step) => (
        <li key={step.text}>
          {step.text.charAt(0).toUpperCase() + step.text.slice(1)}.
          {step.assumed && <span className="caption__assumed"> (our reading)</span>}
        </li>
      ))}
    </ol>
  );
}
