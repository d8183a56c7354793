/**
 * Which page of a user's activity is on screen. Every backend pages activity by cursor, which only
 * leads further back, so the cursors of the pages visited are kept on a stack: "Newer" reads the
 * page before again with the cursor that first read it. Another user or page size starts again at
 * the newest page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActivityEvent, Page } from '../../core/model.js';
import { useUserActivity } from '../../react/useUserActivity.js';

interface Position {
  userId: string;
  size: number;
  index: number;
  /** cursors[i] reads page i; the newest page needs none. */
  cursors: (string | null)[];
}

const start = (userId: string, size: number): Position => ({ userId, size, index: 0, cursors: [null] });

export function useActivityPages(userId: string, pageSize: number) {
  const [stored, setPosition] = useState<Position>(() => start(userId, pageSize));
  const position = stored.userId === userId && stored.size === pageSize ? stored : start(userId, pageSize);
  const cursor = position.cursors[position.index] ?? null;
  const activity = useUserActivity(userId, { page: cursor ? { size: pageSize, cursor } : { size: pageSize } });

  // Which request each page answered. While a page loads, the hook hands back the one before it
  // (isPreviousData), and it still does once that page has failed: then it must not pass for it.
  const request = `${userId}\n${pageSize}\n${cursor ?? ''}`;
  const answered = useRef(new WeakMap<Page<ActivityEvent>, string>());
  const { data, error, isLoading } = activity;
  if (data && !isLoading && !error && !answered.current.has(data)) answered.current.set(data, request);
  /** This position's own page, once it has arrived. */
  const page = data && answered.current.get(data) === request ? data : undefined;
  /** What is on screen: this page, or the one before it while this one loads. */
  const shown = page ?? (activity.isPreviousData ? data : undefined);
  const nextCursor = page?.nextCursor ?? null;

  // Where the next page starts, once this one has arrived; a page read again that now ends
  // elsewhere (entries came or went) drops the cursors past it.
  useEffect(() => {
    if (!page) return;
    setPosition((old) => {
      const current = old.userId === userId && old.size === pageSize ? old : start(userId, pageSize);
      const known = current.cursors.length > current.index + 1 ? current.cursors[current.index + 1] : null;
      if (known === nextCursor && (nextCursor !== null || current.cursors.length === current.index + 1)) return current;
      const cursors = current.cursors.slice(0, current.index + 1);
      if (nextCursor) cursors.push(nextCursor);
      return { ...current, cursors };
    });
  }, [page, nextCursor, userId, pageSize]);

  const goTo = useCallback(
    (index: number) =>
      setPosition((old) => {
        const current = old.userId === userId && old.size === pageSize ? old : start(userId, pageSize);
        return index >= 0 && index < current.cursors.length ? { ...current, index } : current;
      }),
    [userId, pageSize],
  );

  // Kept from the last page that said, so a page that failed still knows where it stands.
  const lastTotal = useRef<number | null>(null);
  if (shown) lastTotal.current = shown.total ?? null;
  const total = lastTotal.current;
  return {
    activity,
    /** The entries on screen (this page's, or the last page's while it loads); undefined before the first arrives. */
    shown,
    /** The page shown is the one before, kept while this one loads. */
    isBusy: !page && shown !== undefined,
    pageIndex: position.index,
    pageCount: total !== null ? Math.max(1, Math.ceil(total / pageSize)) : null,
    hasNewer: position.index > 0,
    hasOlder: Boolean(nextCursor),
    newer: () => goTo(position.index - 1),
    older: () => nextCursor && goTo(position.index + 1),
  };
}
