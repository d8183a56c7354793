/**
 * Offset paging, shared by every adapter whose backend pages by position (or not at all): the
 * cursor format, the page-size check and the paging of a list held in memory. One format means
 * a cursor is opaque to callers and refused with the same words by every adapter.
 */
import { RosterError } from './errors.js';
import type { OrganizationsQuery, Page, PageRequest } from './model.js';

/** The cursor for the item at `offset`: opaque to callers, checked when it comes back. */
export function encodeOffsetCursor(offset: number): string {
  return `o${offset.toString(36)}`;
}

/** The offset a cursor from encodeOffsetCursor stands for; `invalid_input` for anything else. */
export function decodeOffsetCursor(cursor: string): number {
  const offset = /^o[0-9a-z]+$/.test(cursor) ? parseInt(cursor.slice(1), 36) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RosterError('invalid_input', { status: 400, message: 'The page cursor is not valid.', fieldErrors: { cursor: 'Not a cursor from this adapter.' } });
  }
  return offset;
}

/** Refuses a page size outside 1…max, before anything is sent. */
export function checkPageSize(size: number, max: number): void {
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new RosterError('invalid_input', { status: 400, message: `Page size must be between 1 and ${max}.`, fieldErrors: { 'page.size': 'Out of range.' } });
  }
}

/** Where a page starts: at its cursor, else at `index × size`. */
export function pageOffset(page: Pick<PageRequest, 'cursor' | 'index'> | undefined, size: number): number {
  return page?.cursor ? decodeOffsetCursor(page.cursor) : (page?.index ?? 0) * size;
}

/** One page of a list the adapter already holds whole, with its total and the next cursor. */
export function pageOfList<T>(list: readonly T[], page: Partial<PageRequest> | undefined, defaultSize = list.length): Page<T> {
  // A size of 0 would hand back the cursor it was given, and a caller following it would loop.
  if (page?.size !== undefined && (!Number.isInteger(page.size) || page.size < 1)) {
    throw new RosterError('invalid_input', { status: 400, message: 'Page size must be a positive whole number.', fieldErrors: { 'page.size': 'Out of range.' } });
  }
  const size = Math.max(page?.size ?? defaultSize, 1);
  const offset = pageOffset(page, size);
  return {
    items: list.slice(offset, offset + size),
    total: list.length,
    nextCursor: offset + size < list.length ? encodeOffsetCursor(offset + size) : null,
  };
}

/** Organizations whose name contains the query's search text, then one page of them. */
export function searchAndPageOrganizations<T extends { name: string }>(organizations: readonly T[], query: OrganizationsQuery = {}): Page<T> {
  const needle = query.search?.trim().toLocaleLowerCase() ?? '';
  const matching = needle ? organizations.filter((o) => o.name.toLocaleLowerCase().includes(needle)) : organizations;
  return pageOfList(matching, query.page);
}
