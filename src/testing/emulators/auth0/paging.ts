/**
 * How the Management API pages its lists, read from the request's query: offset pages
 * (`page`, `per_page`, `include_totals`) and checkpoints (`from`, `take`, answered with `next`).
 */
import { queryError } from './failures.js';

export interface OffsetPaging {
  page: number;
  perPage: number;
  includeTotals: boolean;
}

function integer(url: URL, name: string, fallback: number, min: number, max: number, what: string): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw queryError(`Expected type integer but found type string on property ${name} (${what}).`);
  const value = Number(raw);
  if (value < min) throw queryError(`Value ${value} is less than minimum ${min} on property ${name} (${what}).`);
  if (value > max) throw queryError(`Value ${value} is greater than maximum ${max} on property ${name} (${what}).`);
  return value;
}

function boolean(url: URL, name: string): boolean {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return false;
  if (raw !== 'true' && raw !== 'false') throw queryError(`Expected type boolean but found type string on property ${name}.`);
  return raw === 'true';
}

export function offsetPaging(url: URL, maxPerPage = 100): OffsetPaging {
  return {
    page: integer(url, 'page', 0, 0, Number.MAX_SAFE_INTEGER, 'Page index of the results to return. First page is 0.'),
    perPage: integer(url, 'per_page', 50, 1, maxPerPage, 'Number of results per page.'),
    includeTotals: boolean(url, 'include_totals'),
  };
}

/**
 * One offset page under `key`: with `include_totals`, the object with `start`, `limit` and
 * `total` (and `length` where Auth0 sends it); without, the bare array.
 */
export function offsetPage<T>(items: readonly T[], paging: OffsetPaging, key: string, withLength = false): unknown {
  const start = paging.page * paging.perPage;
  const slice = items.slice(start, start + paging.perPage);
  if (!paging.includeTotals) return slice;
  return { start, limit: paging.perPage, ...(withLength ? { length: slice.length } : {}), total: items.length, [key]: slice };
}

/** Whether the request asks for checkpoint paging. */
export const wantsCheckpoint = (url: URL) => url.searchParams.has('from') || url.searchParams.has('take');

/** One checkpoint page: `from` is a `next` this emulator handed out (base64 of the next item's id). */
export function checkpointPage<T extends { id: string }>(items: readonly T[], url: URL, key: string): unknown {
  const take = integer(url, 'take', 50, 1, 100, 'Number of results per page. Defaults to 50.');
  const from = url.searchParams.get('from');
  let start = 0;
  if (from) {
    let id = '';
    try {
      id = atob(from);
    } catch {
      throw queryError('Invalid value on property from (Optional Id from which to start selection.).');
    }
    start = items.findIndex((item) => item.id === id);
    if (start < 0) throw queryError('Invalid value on property from (Optional Id from which to start selection.).');
  }
  const slice = items.slice(start, start + take);
  const next = items[start + take];
  return { [key]: slice, ...(next ? { next: btoa(next.id) } : {}) };
}
