/**
 * WorkOS's cursor paging over a list held in id order (ids are time-ordered, so id order is
 * creation order): `limit` 1…100 (10 when left out), `order` asc / desc (default) / normal, and
 * `before` / `after` naming an object id. A cursor is compared by id, so it still works after the
 * object it names was deleted, as a cursor over time-ordered ids does.
 */
import type { WorkOSList } from '../../../adapters/workos/wire.js';
import { invalidParameter } from './failures.js';

const CURSOR = /^[a-z][a-z_]*_[0-9A-Za-z]+$/;

function cursorParam(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return null;
  if (!CURSOR.test(value)) throw invalidParameter(name, `${name} must be an object ID`);
  return value;
}

export function pageOf<T extends { id: string }>(items: readonly T[], url: URL): WorkOSList<T> {
  const rawLimit = url.searchParams.get('limit');
  const limit = rawLimit === null || rawLimit === '' ? 10 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidParameter('limit', 'limit must be an integer between 1 and 100');
  const order = url.searchParams.get('order') || 'desc';
  if (!['asc', 'desc', 'normal'].includes(order)) throw invalidParameter('order', 'order must be one of asc, desc, normal');
  let after = cursorParam(url, 'after');
  let before = cursorParam(url, 'before');
  if (after && before) throw invalidParameter('before', 'Pass either before or after, not both');
  // `normal` lists newest first with the cursors' meaning swapped: `before` walks to older records.
  if (order === 'normal') [after, before] = [before, after];

  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (order !== 'asc') sorted.reverse();
  const comesAfter = (id: string, cursor: string) => (order === 'asc' ? id > cursor : id < cursor);

  let start: number;
  let end: number;
  if (before) {
    end = sorted.findIndex((item) => item.id === before || comesAfter(item.id, before!));
    end = end < 0 ? sorted.length : end;
    start = Math.max(0, end - limit);
  } else {
    start = after ? sorted.findIndex((item) => comesAfter(item.id, after!)) : 0;
    start = start < 0 ? sorted.length : start;
    end = Math.min(sorted.length, start + limit);
  }
  const data = sorted.slice(start, end);
  let meta = {
    before: start > 0 && data.length ? data[0]!.id : null,
    after: end < sorted.length && data.length ? data.at(-1)!.id : null,
  };
  if (order === 'normal') meta = { before: meta.after, after: meta.before };
  return { object: 'list', data: structuredClone(data), list_metadata: meta };
}
