import { useState } from 'react';
import { pointByNumber } from '../../data/dataset';
import { useSceneStore } from '../../scene/scene-store';
import { useAtlasStore } from '../../state/atlas-store';
import { DATASET } from '../../data/full-dataset';
import { downloadFile } from '../../lib/download-file';
import { classQuizReach } from './class-quiz-reach';
import { classQuizResult, describeResult } from './class-quiz-results';
import { classResultCsv, classResultFileName, type QuestionForCsv } from './class-result-csv';
import { useClassActions, useClassStore } from './class-store';

/** The teacher's class quiz: ask where a point is, watch the answers come in, reveal them. */
export function ClassQuizControls() {
  const quiz = useClassStore((state) => state.quiz);
  const { askClass, closeQuestion, revealAnswers } = useClassActions();
  const selected = useAtlasStore((state) => state.point);
  const markers = useSceneStore((state) => state.markers);
  const [chosen, setChosen] = useState<number>(selected ?? DATASET.points[0]!.number);

  if (quiz.status === 'open' || quiz.status === 'revealed') {
    const point = pointByNumber(DATASET, quiz.point);
    // The number alone while the class answers: most names say where the point is.
    const named = point !== undefined && quiz.status === 'revealed';
    const asked = `Find point ${quiz.point}${named ? `: ${point.name}` : ''}`;
    const result =
      quiz.status === 'revealed' && markers.some((marker) => marker.point === quiz.point)
        ? classQuizResult(quiz.taps, markers, quiz.point, classQuizReach(quiz.point))
        : null;
    return (
      <section
        className="class-quiz"
        aria-label="Class quiz"
        data-testid="class-quiz"
        data-status={quiz.status}
      >
        <h3 className="class-quiz__question">{asked}</h3>
        <p className="class-quiz__count" aria-live="polite" data-testid="class-answered">
          {quiz.answered} answered
        </p>
        {quiz.status === 'revealed' && (
          <p
            className="class-quiz__result"
            data-testid="class-result"
            data-share={result === null ? undefined : shareBand(result.share)}
          >
            {result === null
              ? `Measuring ${quiz.taps.length} ${quiz.taps.length === 1 ? 'tap' : 'taps'}…`
              : describeResult(result)}
          </p>
        )}
        <div className="class-share__actions">
          {result !== null && point !== undefined && (
            <button
              type="button"
              className="class-button"
              onClick={() =>
                saveResultCsv({
                  point: point.number,
                  name: point.name,
                  savedAt: new Date(),
                  ...classQuizReach(point.number),
                  result,
                })
              }
            >
              Save the results (CSV)
            </button>
          )}
          {quiz.status === 'open' && (
            <button
              type="button"
              className="class-button class-button--main"
              onClick={() => void revealAnswers()}
            >
              Reveal the answers
            </button>
          )}
          <button type="button" className="class-button" onClick={() => void closeQuestion()}>
            {quiz.status === 'open' ? 'Cancel the question' : 'Close the question'}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section
      className="class-quiz"
      aria-label="Class quiz"
      data-testid="class-quiz"
      data-status="none"
    >
      <label className="class-quiz__label" htmlFor="class-quiz-point">
        Ask the class to find
      </label>
      <div className="class-quiz__ask">
        <select
          id="class-quiz-point"
          className="class-quiz__select"
          value={chosen}
          onChange={(event) => setChosen(Number(event.target.value))}
        >
          {DATASET.points.map((point) => (
            <option key={point.number} value={point.number}>
              {point.number}. {point.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="class-button class-button--main"
          onClick={() => void askClass(chosen)}
        >
          Ask
        </button>
      </div>
    </section>
  );
}

/**
 * The result's colour says how the class did, not merely that there is a result: green when
 * most found the zone, amber when some did, plain when few or none did.
 */
function shareBand(share: number | null): 'most' | 'some' | 'few' {
  if (share === null || share < 1 / 3) return 'few';
  return share >= 2 / 3 ? 'most' : 'some';
}

/** Saves a question's taps as a CSV file the browser downloads; nothing leaves the device. */
function saveResultCsv(question: QuestionForCsv) {
  downloadFile(
    new Blob([classResultCsv(question)], { type: 'text/csv;charset=utf-8' }),
    classResultFileName(question),
  );
}
