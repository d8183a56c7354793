/**
 * One user's activity from two cursor-paged sources at once — the backend's own and the handler's
 * audit trail — as one list, newest first, paged by one opaque cursor.
 *
 * The cursor holds each source's own place (null once read to the end): the cursor of the source
 * page its next unread entry is on, how many entries of that page were passed, and the key of the
 * last one passed. A page re-reads each source from its place and continues after that entry, so
 * sources that interleave unevenly never repeat or skip an entry. The key matters on the newest
 * page, whose cursor is no cursor at all: entries added since push the ones passed further down,
 * and the entry is sought on the following pages; where it is gone, the count is used.
 */
import type { ActivityEvent, Page } from '../core/model.js';
import { invalidInput } from './fieldErrors.js';

/** Reads one page of a source from its own cursor (null: the newest). */
export interface ActivitySource<T> {
  read(cursor: string | null, size: number): Promise<Page<T>>;
  /** The entry's identity in the source, hidden entries included. */
  key(entry: T): string;
  /** The entry as an event, or null when this session may not see it (it is passed over). */
  view(entry: T): ActivityEvent | null;
}

type Place = [cursor: string | null, passed: number, lastKey: string | null] | null;

/** A source that answers empty pages or hidden entries page after page is left for the next request. */
const MAX_READS_PER_SOURCE = 10;
const MAX_PASSED = 100_000;

const badCursor = () => invalidInput('The activity query is not valid.', { cursor: 'Not a cursor of this activity.' });

function encode(places: readonly Place[]): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(places))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const text = (value: unknown) => value === null || (typeof value === 'string' && value !== '');

function isPlace(value: unknown): value is Place {
  if (value === null) return true;
  if (!Array.isArray(value) || value.length !== 3) return false;
  const [cursor, passed, lastKey] = value as unknown[];
  return text(cursor) && text(lastKey) && Number.isInteger(passed) && (passed as number) >= 0 && (passed as number) <= MAX_PASSED;
}

function decode(cursor: string, count: number): Place[] {
  let places: unknown;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    places = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(places) || places.length !== count || !places.every(isPlace)) throw badCursor();
  return places as Place[];
}

interface Loaded<T> {
  pageCursor: string | null;
  items: T[];
  nextCursor: string | null;
  passed: number;
}

function reader<T>(source: ActivitySource<T>, start: Place, size: number) {
  let pageCursor = start?.[0] ?? null;
  let passed = start?.[1] ?? 0;
  // The entry to continue after, sought when the page is first read.
  let anchor = passed > 0 ? (start?.[2] ?? null) : null;
  let items: T[] | null = null;
  let nextCursor: string | null = null;
  let isDone = start === null;
  let reads = 0;
  let fallback: Loaded<T> | null = null;

  /** Reads the page at `pageCursor`; false when the read bound stops it. */
  async function load(): Promise<boolean> {
    if (reads++ >= MAX_READS_PER_SOURCE) return false;
    const page = await source.read(pageCursor, size);
    items = page.items;
    // A cursor that leads back to its own page would loop forever.
    nextCursor = page.nextCursor === pageCursor ? null : page.nextCursor;
    if (anchor === null) return true;
    const found = items.findIndex((entry) => source.key(entry) === anchor);
    if (found < 0) {
      fallback ??= { pageCursor, items, nextCursor, passed };
      if (nextCursor !== null && reads < MAX_READS_PER_SOURCE) {
        pageCursor = nextCursor;
        return load();
      }
      // Gone, or further than the bound reaches: count, as the place said.
      ({ pageCursor, items, nextCursor, passed } = fallback);
    } else {
      passed = found + 1;
    }
    anchor = null;
    fallback = null;
    return true;
  }

  return {
    /** The next entry this session may see; undefined at the end, or when the read bound stops it. */
    async peek(): Promise<ActivityEvent | undefined> {
      while (!isDone) {
        if (items === null && !(await load())) return undefined;
        if (passed < items!.length) {
          const event = source.view(items![passed]!);
          if (event) return event;
          passed++;
        } else if (nextCursor === null) {
          isDone = true;
        } else {
          pageCursor = nextCursor;
          passed = 0;
          items = null;
        }
      }
      return undefined;
    },
    take(): void {
      passed++;
    },
    get isDone(): boolean {
      return isDone;
    },
    place(): Place {
      if (isDone) return null;
      if (items === null) return [pageCursor, passed, anchor];
      if (passed >= items.length) return nextCursor === null ? null : [nextCursor, 0, null];
      return [pageCursor, passed, passed > 0 ? source.key(items[passed - 1]!) : null];
    },
  };
}

/**
 * The page of `size` events after `cursor` (absent: the newest), merged from `sources` newest first
 * (on equal times, the earlier source first). No total: hidden entries make any sum wrong.
 */
export async function mergeActivity(sources: readonly ActivitySource<unknown>[], size: number, cursor: string | undefined): Promise<Page<ActivityEvent>> {
  const starts: Place[] = cursor === undefined ? sources.map(() => [null, 0, null]) : decode(cursor, sources.length);
  const readers = sources.map((source, i) => reader(source, starts[i]!, size));
  const items: ActivityEvent[] = [];
  while (items.length < size) {
    let best = -1;
    let bestEvent: ActivityEvent | undefined;
    let isStalled = false;
    for (const [i, r] of readers.entries()) {
      const event = await r.peek();
      if (!event) {
        isStalled ||= !r.isDone;
        continue;
      }
      if (!bestEvent || Date.parse(event.at) > Date.parse(bestEvent.at)) [best, bestEvent] = [i, event];
    }
    // A source stopped by its read bound may hold newer entries than the others' next: wait for it.
    if (isStalled || !bestEvent) break;
    items.push(bestEvent);
    readers[best]!.take();
  }
  const places = readers.map((r) => r.place());
  return { items, total: null, nextCursor: places.every((p) => p === null) ? null : encode(places) };
}
