/**
 * Pages of more than `virtualizeAbove` rows render only the rows in view (TanStack Virtual), with
 * spacer rows above and below keeping the scroll height; smaller pages render every row.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

const ROW_HEIGHT_ESTIMATE = 52;

export function useRowWindow<Row>(rows: readonly Row[], virtualizeAbove: number, scroller: RefObject<HTMLElement | null>) {
  const isVirtual = rows.length > virtualizeAbove;
  const virtualizer = useVirtualizer({
    count: isVirtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 8,
  });
  const virtualItems = isVirtual ? virtualizer.getVirtualItems() : [];
  return {
    isVirtual,
    visibleRows: isVirtual ? virtualItems.map((v) => rows[v.index]!) : rows,
    padTop: isVirtual && virtualItems.length ? virtualItems[0]!.start : 0,
    padBottom: isVirtual && virtualItems.length ? virtualizer.getTotalSize() - virtualItems[virtualItems.length - 1]!.end : 0,
    measure: isVirtual ? virtualizer.measureElement : undefined,
  };
}
