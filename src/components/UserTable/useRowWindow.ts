/**
 * Pages of more than `virtualizeAbove` rows render only the rows in view, plus `OVERSCAN` on each
 * side, with spacer rows above and below keeping the scroll height; smaller pages render every row.
 *
 * Rows have one fixed height (one line of content; `--roster-row-height` in the theme), so the
 * window is arithmetic on the scroll offset: the first row is measured once and every row is taken
 * to be that tall. This replaced TanStack Virtual, which measures every row and cost about 10 KB
 * gzip. A row whose real height differs a little shifts only the rows inside the window, never the
 * window itself, and the overscan absorbs it.
 *
 * The window is taken over the page's items (users), before TanStack sees them: the table is given
 * only the slice in view, so a client-mode page of 100,000 users costs TanStack ~30 Row objects
 * per render instead of 100,000 (see windowedRowModel.ts, which numbers them by page position).
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Rows rendered beyond each edge of the view, so a fast scroll does not show an empty band. */
const OVERSCAN = 8;
/** Until the first row is measured: 3.25rem at 16px, the theme's `--roster-row-height`. */
const ROW_HEIGHT_ESTIMATE = 52;

interface Metrics {
  /** One row's height, in pixels. */
  rowHeight: number;
  /** Where the first row would start in the scroller's content: the header's height. */
  rowsTop: number;
}

interface View {
  scrollTop: number;
  height: number;
}

function rowRange(count: number, { rowHeight, rowsTop }: Metrics, { scrollTop, height }: View): [start: number, end: number] {
  const first = Math.floor((scrollTop - rowsTop) / rowHeight);
  const last = Math.ceil((scrollTop + height - rowsTop) / rowHeight);
  return [Math.min(count, Math.max(0, first - OVERSCAN)), Math.min(count, Math.max(0, last + OVERSCAN))];
}

/**
 * For the scroller while virtual. The browser's scroll anchoring keeps the node at the top of the
 * view in place when content above it changes size; after a jump (a dragged scrollbar, End) that
 * node is the spacer below the old window, and as the spacer above grows to the new window's
 * place, anchoring scrolls on by as much again. The spacers already keep every row in place.
 */
const NO_SCROLL_ANCHORING: CSSProperties = { overflowAnchor: 'none' };

/** Where each window slice starts on its page; read by the windowed row model. */
const sliceStarts = new WeakMap<readonly unknown[], number>();

/** The position on the page of `slice[0]`, for a slice useRowWindow made (0 for anything else). */
export function windowStart(slice: readonly unknown[]): number {
  return sliceStarts.get(slice) ?? 0;
}

export function useRowWindow<Item>(rows: readonly Item[], virtualizeAbove: number, scroller: RefObject<HTMLElement | null>) {
  const isVirtual = rows.length > virtualizeAbove;
  const [metrics, setMetrics] = useState<Metrics>({ rowHeight: ROW_HEIGHT_ESTIMATE, rowsTop: 0 });
  const [view, setView] = useState<View>({ scrollTop: 0, height: 0 });
  const lastRow = useRef<Element | null>(null);
  const measured = useRef(false);
  /** What the scroll listener compares with: the rows and the window rendered last. */
  const rendered = useRef({ count: rows.length, metrics, range: [0, 0] as [number, number] });
  /** Reads the scroller and renders again if the window moved; set while virtual. */
  const sync = useRef<((flush: boolean) => void) | null>(null);

  const measureRow = useCallback(
    (row: Element) => {
      const box = scroller.current;
      const body = row.parentElement;
      if (!box || !body) return;
      const rowHeight = row.getBoundingClientRect().height;
      const rowsTop = body.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - box.clientTop;
      if (rowHeight > 0) setMetrics((m) => (Math.abs(m.rowHeight - rowHeight) < 0.5 && Math.abs(m.rowsTop - rowsTop) < 0.5 ? m : { rowHeight, rowsTop }));
    },
    [scroller],
  );

  /** Given to every rendered row as its ref; only the first one mounted is measured (one layout read). */
  const measure = useCallback(
    (row: Element | null) => {
      if (!row) return;
      lastRow.current = row;
      if (measured.current) return;
      measured.current = true;
      measureRow(row);
    },
    [measureRow],
  );

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!isVirtual || !box) return;
    sync.current = (flush) => {
      const { count, metrics: m, range } = rendered.current;
      const next = { scrollTop: box.scrollTop, height: box.clientHeight };
      const [start, end] = rowRange(count, m, next);
      // Only a change of the rendered rows renders the table again.
      if (start === range[0] && end === range[1]) return;
      // During a scroll, in the event itself, so the new rows are painted in the same frame.
      if (flush) flushSync(() => setView(next));
      else setView(next);
    };
    const onScroll = () => sync.current?.(true);
    box.addEventListener('scroll', onScroll, { passive: true });
    // A taller or shorter scroller shows more or fewer rows; a new theme or font size, taller rows.
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (lastRow.current?.isConnected) measureRow(lastRow.current);
            sync.current?.(false);
          });
    resize?.observe(box);
    return () => {
      sync.current = null;
      box.removeEventListener('scroll', onScroll);
      resize?.disconnect();
    };
  }, [isVirtual, scroller, measureRow]);

  const range: [number, number] = isVirtual ? rowRange(rows.length, metrics, view) : [0, rows.length];
  // After every render: a new row count or row height can move the window without a scroll.
  useLayoutEffect(() => {
    rendered.current = { count: rows.length, metrics, range };
    sync.current?.(false);
  });

  const [start, end] = range;
  // The same array while the window stays put: a new one is a new row model for TanStack.
  const visibleRows = useMemo(() => {
    if (!isVirtual) return rows;
    const slice = rows.slice(start, end);
    sliceStarts.set(slice, start);
    return slice;
  }, [rows, isVirtual, start, end]);
  if (!isVirtual) return { isVirtual, visibleRows, padTop: 0, padBottom: 0, measure: undefined, scrollerStyle: undefined };
  return {
    isVirtual,
    visibleRows,
    scrollerStyle: NO_SCROLL_ANCHORING,
    padTop: start * metrics.rowHeight,
    padBottom: (rows.length - end) * metrics.rowHeight,
    measure,
  };
}
