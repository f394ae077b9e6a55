import { useId, useMemo, type ReactNode } from 'react';
import type { Point } from '../../../points/schema';
import { ownCitations, pointCitations } from '../../data/citation-marks';
import { disagreementsOf } from '../../data/dataset';
import { zoneOf, zoneWords } from '../../data/zone';
import { REGION_LABELS } from '../../data/labels';
import { DATASET } from '../../data/full-dataset';
import { Cautions } from './Cautions';
import { CitationScope, type MarkStyle } from './CitationScope';
import { DisagreementList } from './DisagreementList';
import { BonesSwitch } from './BonesSwitch';
import { PlacementRule } from './PlacementRule';
import { PointHeading } from './PointHeading';
import { PostureAndPair } from './PostureAndPair';
import { SelfMassageInfo } from './SelfMassageInfo';
import { SourceList } from './SourceList';
import { SourceMark } from './SourceMark';
import { StandardPointNote } from './StandardPointNote';
import './point-facts.css';

/**
 * How much of a point to show: `details` everything, with its sources (explore); `caption` what
 * a class reads from the back of the room (present); `card` what fits a printed card (handout).
 */
export type FactsDensity = 'details' | 'caption' | 'card';

export interface StatedElsewhere {
  disagreementIds: readonly string[];
  /** The time to press. */
  time: boolean;
}

const NOTHING_ELSEWHERE: StatedElsewhere = { disagreementIds: [], time: false };

const MARK_STYLES: Record<FactsDensity, MarkStyle> = {
  details: 'open',
  caption: 'none',
  card: 'number',
};

/** One point's facts, the same in the details, the projector's caption and the handout card. */
export function PointFacts({
  point,
  density,
  action,
  figure,
  viewTools,
  statedElsewhere = NOTHING_ELSEWHERE,
  withSources = true,
}: {
  point: Point;
  density: FactsDensity;
  /** A control for the heading's corner (the details' close button). */
  action?: ReactNode;
  /** A picture of the point on the body (the handout card's). */
  figure?: ReactNode;
  /** Controls for the 3D view beside the steps (saving its picture), where there is one. */
  viewTools?: ReactNode;
  /** What is already stated around the facts (a handout states shared ones once). */
  statedElsewhere?: StatedElsewhere;
  /** The sources, their marks and the disagreements (a compact handout leaves them out). */
  withSources?: boolean;
}) {
  const titleId = useId();
  const card = density === 'card';
  const withDurations = density !== 'caption' && !statedElsewhere.time;
  const citations = useMemo(
    () => (card ? ownCitations(point, { withDurations }) : pointCitations(point, DATASET)),
    [card, withDurations, point],
  );
  const disagreements = disagreementsOf(DATASET, point).filter(
    (item) => !statedElsewhere.disagreementIds.includes(item.id),
  );
  const details = density === 'details';
  return (
    <CitationScope citations={citations} marks={withSources ? MARK_STYLES[density] : 'none'}>
      <article
        className="point-facts"
        data-density={density}
        data-facts-of={point.number}
        aria-labelledby={titleId}
      >
        {figure}
        <PointHeading
          point={point}
          titleId={titleId}
          detailed={details}
          action={action}
          meta={card && <CardMeta point={point} />}
        />
        <Cautions point={point} withDurations={withDurations} />
        <section className="point-facts__where" aria-label="Where">
          {details && <h3>Where</h3>}
          <p className="point-facts__description">
            {point.location.description}
            <SourceMark citations={[point.location.citation]} />
          </p>
          {point.location.reading !== undefined && (
            <p className="point-facts__reading" data-testid="location-reading">
              {point.location.reading}
              <span className="badge badge--assumed">our reading</span>
            </p>
          )}
          <PlacementRule
            point={point}
            layout={card ? 'inline' : 'steps'}
            withAssumptions={details}
          />
          {/* Not on a printed card: a line more on every card adds a page to the handout. */}
          {!card && <ZoneSize point={point} brief={!details} />}
          {!card && <BonesSwitch point={point} />}
          {!card && viewTools}
        </section>
        <PostureAndPair point={point} withNotes={density !== 'caption'} />
        {details && <SelfMassageInfo point={point} />}
        {withSources && (
          <DisagreementList
            items={disagreements}
            style={details ? 'full' : card ? 'short' : 'lines'}
            heading={
              details || card
                ? 'Where the sources disagree or are unclear'
                : 'The sources disagree or are unclear about'
            }
          />
        )}
        {details && <StandardPointNote point={point} />}
        {density !== 'caption' && withSources && <SourceList layout={card ? 'run-on' : 'list'} />}
      </article>
    </CitationScope>
  );
}

/**
 * How wide the zone is where the point may lie, said in words beside the rule; on the projector
 * without the why, which the details give.
 */
function ZoneSize({ point, brief }: { point: Point; brief: boolean }) {
  return (
    <p className="point-facts__zone" data-testid="zone-size">
      <span className="point-facts__zone-swatch" aria-hidden="true" />
      Zone where it may lie: {zoneWords(zoneOf(point, DATASET))}
      {brief ? '.' : ', from the finger-widths counted and the readings chosen.'}
    </p>
  );
}

function CardMeta({ point }: { point: Point }) {
  return (
    <p className="point-facts__meta">
      {REGION_LABELS[point.region]} ·{' '}
      {point.symmetry === 'pair' ? 'left and right pair' : 'single point on the midline'}
      {point.selfMassage.inSelfMassageSentence && ' · named for self-massage'}
    </p>
  );
}
