import './bottom-sheet.css';
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useStageInsetStore } from '../../state/stage-inset';
import {
  coveredBySheet,
  nearestSheetSize,
  nextSheetSize,
  SHEET_DRAG_SLOP_PX,
  sheetHeights,
  type SheetSize,
} from './sheet-sizes';
import { useSheetStore } from './sheet-store';

const HANDLE_LABELS: Record<SheetSize, string> = {
  peek: 'Open the panel to half height',
  half: 'Open the panel to full height',
  full: 'Lower the panel',
};

/**
 * The phone's panel over the bottom of the body: its header always shows (title and quick
 * tools); drag the handle or tap it to open it to half or full height. A labelled region with a
 * real button, so a keyboard or a screen reader opens it the same way a finger does.
 */
export function BottomSheet({
  title,
  tools,
  opensAt = 'peek',
  children,
}: {
  title: string;
  tools?: ReactNode;
  opensAt?: SheetSize;
  children: ReactNode;
}) {
  const titleId = useId();
  const sheet = useRef<HTMLElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const size = useSheetStore((state) => state.size);
  const { setSize } = useSheetStore((state) => state.actions);
  const setCovered = useStageInsetStore((state) => state.actions.setCovered);
  const [heights, setHeights] = useState<ReturnType<typeof sheetHeights> | null>(null);
  const drag = useRef<{ pointer: number; startY: number; startHeight: number; moved: boolean }>(
    null,
  );
  const dragged = useRef(false);

  useLayoutEffect(() => setSize(opensAt), [opensAt, setSize]);

  useLayoutEffect(() => {
    const own = sheet.current;
    const area = own?.parentElement;
    const head = header.current;
    if (own == null || area == null || head === null) return;
    const measure = () => setHeights(sheetHeights(area.clientHeight, head.offsetHeight));
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    observer.observe(head);
    measure();
    return () => {
      observer.disconnect();
      setCovered(0, 0);
    };
  }, [setCovered]);

  const settle = (to: SheetSize) => {
    const own = sheet.current;
    if (heights === null || own === null) return;
    own.style.height = `${heights[to]}px`;
    // The first height is the sheet's place, not a move: it is laid out before transitions are
    // allowed (reading the height flushes it), so the page does not shift as the screen settles.
    if (own.dataset.placed === undefined) {
      void own.offsetHeight;
      own.dataset.placed = 'true';
    }
    setCovered(heights[to], coveredBySheet(heights, to));
    // The 3D view's legend sits just above the sheet (stage.css reads this).
    own.parentElement?.style.setProperty('--sheet-covered', `${heights[to]}px`);
  };
  useLayoutEffect(() => settle(size));

  return (
    <section
      ref={sheet}
      className="sheet"
      aria-labelledby={titleId}
      data-size={size}
      data-testid="bottom-sheet"
    >
      <div className="sheet__header" ref={header}>
        <button
          type="button"
          className="sheet__handle"
          aria-label={HANDLE_LABELS[size]}
          aria-expanded={size !== 'peek'}
          onClick={() => {
            if (dragged.current) dragged.current = false;
            else setSize(nextSheetSize(size));
          }}
          onPointerDown={(event) => {
            dragged.current = false;
            if (sheet.current === null) return;
            event.currentTarget.setPointerCapture(event.pointerId);
            drag.current = {
              pointer: event.pointerId,
              startY: event.clientY,
              startHeight: sheet.current.offsetHeight,
              moved: false,
            };
          }}
          onPointerMove={(event) => {
            const now = drag.current;
            if (now === null || now.pointer !== event.pointerId || sheet.current === null) return;
            const pulled = now.startY - event.clientY;
            if (!now.moved && Math.abs(pulled) < SHEET_DRAG_SLOP_PX) return;
            now.moved = true;
            sheet.current.dataset.dragging = 'true';
            const limit = heights?.full ?? now.startHeight;
            const floor = heights?.peek ?? 0;
            sheet.current.style.height = `${Math.min(limit, Math.max(floor, now.startHeight + pulled))}px`;
          }}
          onPointerUp={(event) => {
            const now = drag.current;
            drag.current = null;
            if (now === null || !now.moved || sheet.current === null || heights === null) return;
            delete sheet.current.dataset.dragging;
            dragged.current = true;
            const to = nearestSheetSize(heights, sheet.current.offsetHeight);
            setSize(to);
            settle(to);
            event.preventDefault();
          }}
          onPointerCancel={() => {
            drag.current = null;
            if (sheet.current !== null) delete sheet.current.dataset.dragging;
            settle(size);
          }}
        >
          <span className="sheet__grip" aria-hidden="true" />
        </button>
        <div className="sheet__bar">
          <h2 id={titleId} className="sheet__title">
            {title}
          </h2>
          {tools !== undefined && <div className="sheet__tools">{tools}</div>}
        </div>
      </div>
      {/* Below the header nothing is on screen at peek: out of the tab order and the reader too. */}
      <div className="sheet__body" inert={size === 'peek'}>
        {children}
      </div>
    </section>
  );
}
