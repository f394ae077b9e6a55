import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAtlasActions } from '../../state/atlas-store';
import { DATASET } from '../../data/full-dataset';
import { usePresentActions } from './present-store';
import { usePresentationSteps } from './use-presentation-steps';

/** Typed digits wait this long for a second digit, so "1" then "6" opens point 16. */
const DIGIT_WAIT_MS = 700;

const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', 'ArrowDown', ' ']);
const PREVIOUS_KEYS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

/**
 * Presenter clickers send PageDown/PageUp (some send arrows or space): they step through the
 * points; number keys jump to a point; Home/End go to the ends; Esc leaves the presentation.
 */
export function usePresenterKeys() {
  const steps = usePresentationSteps();
  const { selectPoint, setMode } = useAtlasActions();
  const { pauseTour } = usePresentActions();
  const pointCount = DATASET.points.length;
  const digits = useRef({ typed: '', timer: 0 });
  const latest = useRef(steps);
  useLayoutEffect(() => {
    latest.current = steps;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea') !== null && target !== null) return;
      // Space and Enter on a focused button press that button; don't also step.
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
      const current = latest.current;
      if (NEXT_KEYS.has(event.key)) current.next();
      else if (PREVIOUS_KEYS.has(event.key)) current.previous();
      else if (event.key === 'Home') current.first();
      else if (event.key === 'End') current.last();
      else if (event.key === 'Escape') setMode('explore');
      else if (/^\d$/.test(event.key)) typeDigit(event.key);
      else return;
      event.preventDefault();
      if (event.key !== 'Escape') pauseTour();
    };
    const typeDigit = (digit: string) => {
      const state = digits.current;
      window.clearTimeout(state.timer);
      state.typed = `${state.typed}${digit}`.slice(-String(pointCount).length);
      const number = Number(state.typed);
      if (number >= 1 && number <= pointCount) selectPoint(number);
      state.timer = window.setTimeout(() => (state.typed = ''), DIGIT_WAIT_MS);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectPoint, setMode, pauseTour, pointCount]);
}
