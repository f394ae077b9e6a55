import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { DATASET } from '../../data/full-dataset';
import { toggleFullscreen } from './fullscreen';
import { usePresentActions, usePresentStore } from './present-store';
import { usePresentationSteps } from './use-presentation-steps';

/** Typed digits wait this long for a second digit, so "1" then "6" opens point 16. */
const DIGIT_WAIT_MS = 700;

const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', 'ArrowDown', ' ']);
const PREVIOUS_KEYS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);
/** B, and the full stop many clickers send from their "blank screen" button. */
const BLANK_KEYS = new Set(['b', 'B', '.']);
const FULLSCREEN_KEYS = new Set(['f', 'F']);

/**
 * Presenter clickers send PageDown/PageUp (some send arrows or space): they step through the
 * points; number keys jump to a point; Home/End go to the ends; B or "." blanks the screen and
 * brings it back; F is full screen; Esc leaves the presentation, but asks first while a class
 * follows (many clickers send Esc from a button pressed by mistake).
 */
export function usePresenterKeys() {
  const steps = usePresentationSteps();
  const { selectPoint, setMode } = useAtlasActions();
  const { pauseTour, toggleBlank, askToLeave } = usePresentActions();
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
      // A dialog over Present (a lesson being made, the question to leave) keeps its keys.
      if (target?.closest('dialog') != null) return;
      // Space and Enter on a focused button press that button; don't also step.
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
      const current = latest.current;
      const { blanked, askingToLeave } = usePresentStore.getState();
      // The question to leave has its own keys (its buttons, and Esc to stay).
      if (askingToLeave) return;
      if (BLANK_KEYS.has(event.key)) {
        toggleBlank();
        event.preventDefault();
        return;
      }
      // A blank screen stays blank until asked back: a stray step would show the next point.
      if (blanked) {
        if (event.key === 'Escape') toggleBlank();
        event.preventDefault();
        return;
      }
      if (FULLSCREEN_KEYS.has(event.key)) toggleFullscreen();
      else if (NEXT_KEYS.has(event.key)) current.next();
      else if (PREVIOUS_KEYS.has(event.key)) current.previous();
      else if (event.key === 'Home') current.first();
      else if (event.key === 'End') current.last();
      else if (event.key === 'Escape') {
        if (useAtlasStore.getState().sharedWithClass) askToLeave();
        else setMode('explore');
      } else if (/^\d$/.test(event.key)) typeDigit(event.key);
      else return;
      event.preventDefault();
      if (event.key !== 'Escape' && !FULLSCREEN_KEYS.has(event.key)) pauseTour();
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
  }, [selectPoint, setMode, pauseTour, toggleBlank, askToLeave, pointCount]);
}
