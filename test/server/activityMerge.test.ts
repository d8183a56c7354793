// @vitest-environment node
/**
 * Two cursor-paged activity sources read as one list under one cursor: every entry once, newest
 * first, whatever the page sizes, the ties, the hidden entries, the sources' own page sizes, or
 * the entries added at the newest end between two page reads.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityEvent, Page } from '../../src/core/model.js';
import { mergeActivity, type ActivitySource } from '../../src/server/activityMerge.js';
import { createMemoryAuditTrail } from '../../src/server/auditTrail.js';
import type { RosterAuditRecord } from '../../src/server/index.js';

/** A deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const event = (id: string, second: number): ActivityEvent => ({ id, kind: 'sign-in', at: new Date(Date.UTC(2025, 0, 1, 0, 0, second)).toISOString(), action: null });

/**
 * A source over a list kept newest first; its cursor is the id of the last entry a page showed,
 * so entries added at the newest end never shift a later page. `pageCap` answers fewer entries
 * than asked, as some backends do; `hidden` entries are passed over by the view.
 */
function listSource(list: ActivityEvent[], { pageCap = Infinity, hidden = new Set<string>(), emptyPagesFirst = 0 } = {}): ActivitySource<ActivityEvent> & { reads: number } {
  const source = {
    reads: 0,
    async read(cursor: string | null, size: number): Promise<Page<ActivityEvent>> {
      source.reads++;
      if (cursor?.startsWith('empty:')) {
        const n = Number(cursor.slice(6));
        return { items: [], total: null, nextCursor: n + 1 < emptyPagesFirst ? `empty:${n + 1}` : 'start' };
      }
      if (cursor === null && emptyPagesFirst > 0) return { items: [], total: null, nextCursor: 'empty:0' };
      const start = cursor === null || cursor === 'start' ? 0 : list.findIndex((e) => e.id === cursor) + 1;
      const items = list.slice(start, start + Math.min(size, pageCap));
      const isLast = start + items.length >= list.length;
      return { items, total: list.length, nextCursor: isLast ? null : items[items.length - 1]!.id };
    },
    key: (entry: ActivityEvent) => entry.id,
    view: (entry: ActivityEvent) => (hidden.has(entry.id) ? null : entry),
  };
  return source;
}

async function readAll(sources: ActivitySource<unknown>[], size: number, between?: (page: number) => void): Promise<ActivityEvent[]> {
  const seen: ActivityEvent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const result = await mergeActivity(sources, size, cursor);
    expect(result.items.length).toBeLessThanOrEqual(size);
    seen.push(...result.items);
    if (result.nextCursor === null) return seen;
    cursor = result.nextCursor;
    between?.(page);
  }
  throw new Error('the cursor never ended');
}

const newestFirst = (events: ActivityEvent[]) => events.every((e, i) => i === 0 || Date.parse(events[i - 1]!.at) >= Date.parse(e.at));

describe('mergeActivity', () => {
  it('reads every visible entry once, newest first, for any page size, ties and source page sizes', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const make = (prefix: string, n: number) =>
        Array.from({ length: n }, (_, i) => event(`${prefix}${i}`, Math.floor(next() * 30))).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      const upstream = make('u', Math.floor(next() * 25));
      const trail = make('t', Math.floor(next() * 25));
      const hidden = new Set(trail.filter(() => next() < 0.3).map((e) => e.id));
      const size = 1 + Math.floor(next() * 7);
      const sources = [listSource(upstream, { pageCap: 1 + Math.floor(next() * 5) }), listSource(trail, { hidden, pageCap: 1 + Math.floor(next() * 5) })];
      const seen = await readAll(sources, size);
      const expected = [...upstream, ...trail.filter((e) => !hidden.has(e.id))];
      expect(seen.map((e) => e.id).sort(), `seed ${seed}`).toEqual(expected.map((e) => e.id).sort());
      expect(newestFirst(seen), `seed ${seed}`).toBe(true);
    }
  });

  it('passes over the first source\'s hidden entries too (a backend\'s changes behind a trail), in runs longer than a request reads', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed);
      const upstream = Array.from({ length: 60 }, (_, i) => event(`u${i}`, 200 - i * 2));
      const trail = Array.from({ length: 15 }, (_, i) => event(`t${i}`, 199 - Math.floor(next() * 120)));
      trail.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      // A long run at the newest end, then scattered ones.
      const hidden = new Set(upstream.filter((_, i) => i < 25 || next() < 0.4).map((e) => e.id));
      const size = 1 + Math.floor(next() * 6);
      const seen = await readAll([listSource(upstream, { hidden, pageCap: 1 + Math.floor(next() * 3) }), listSource(trail)], size);
      const expected = [...upstream.filter((e) => !hidden.has(e.id)), ...trail];
      expect(seen.map((e) => e.id).sort(), `seed ${seed}`).toEqual(expected.map((e) => e.id).sort());
      expect(newestFirst(seen), `seed ${seed}`).toBe(true);
    }
  });

  it('neither repeats nor skips an entry when both sources gain newer ones between pages', async () => {
    const upstream = Array.from({ length: 12 }, (_, i) => event(`u${i}`, 100 - i * 2));
    const trail = Array.from({ length: 9 }, (_, i) => event(`t${i}`, 99 - i * 3));
    const original = [...upstream, ...trail].map((e) => e.id);
    // More than a page at once, now and then: the entries passed move onto the next source page.
    const seen = await readAll([listSource(upstream), listSource(trail, { pageCap: 3 })], 4, (page) => {
      for (let n = 0; n < (page % 2 ? 1 : 9); n++) {
        upstream.unshift(event(`u-new${page}.${n}`, 200 + page));
        trail.unshift(event(`t-new${page}.${n}`, 200 + page));
      }
    });
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !id.includes('new')).sort()).toEqual(original.sort());
    expect(ids.filter((id) => id.includes('new'))).toEqual([]);
  });

  it('stops a page at a source that answers empty page after empty page, and carries on from there', async () => {
    const upstream = Array.from({ length: 5 }, (_, i) => event(`u${i}`, 50 - i));
    const slow = Array.from({ length: 5 }, (_, i) => event(`t${i}`, 60 - i));
    const first = await mergeActivity([listSource(upstream), listSource(slow, { emptyPagesFirst: 25 })], 3, undefined);
    // The slow source's entries are all newer: none of the other's may come before them.
    expect(first.items).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const seen = await readAll([listSource(upstream), listSource(slow, { emptyPagesFirst: 25 })], 3);
    expect(seen.map((e) => e.id)).toEqual(['t0', 't1', 't2', 't3', 't4', 'u0', 'u1', 'u2', 'u3', 'u4']);
  });

  it('refuses a cursor it did not make, as a field error', async () => {
    const sources = [listSource([]), listSource([])];
    const made = (places: unknown) => Buffer.from(JSON.stringify(places)).toString('base64url');
    for (const cursor of ['not base64 at all!', made({}), made([null]), made([['x', 0], null]), made([['x', -1, 'k'], null]), made([['x', 1.5, 'k'], null]), made([[7, 0, null], null]), made([['x', 1, 3], null]), Buffer.from([0xff, 0xfe]).toString('base64url')]) {
      await expect(mergeActivity(sources, 5, cursor), cursor).rejects.toMatchObject({ code: 'invalid_input', status: 400, fieldErrors: { cursor: expect.any(String) } });
    }
    await expect(mergeActivity(sources, 5, made([null, null]))).resolves.toEqual({ items: [], total: null, nextCursor: null });
  });

  it('carries a backend cursor holding any text', async () => {
    const list = Array.from({ length: 6 }, (_, i) => event(`u${i}`, 60 - i));
    const odd = listSource(list);
    const read = odd.read;
    // Cursors that are not URL- or JSON-friendly: quotes, slashes, a newline, non-Latin text.
    const prefix = '"/+=ü名\\\n';
    odd.read = async (cursor, size) => {
      if (cursor !== null) expect(cursor.startsWith(prefix)).toBe(true);
      const page = await read(cursor === null ? null : cursor.slice(prefix.length), size);
      return { ...page, nextCursor: page.nextCursor && prefix + page.nextCursor };
    };
    const seen = await readAll([odd, listSource([])], 2);
    expect(seen.map((e) => e.id)).toEqual(list.map((e) => e.id));
  });
});

describe('createMemoryAuditTrail', () => {
  const record = (userId: string, n: number): RosterAuditRecord => ({
    time: new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString(),
    actor: { userId: 'admin' },
    organizationId: null,
    operation: 'updateUser',
    target: { userId },
    change: { fields: ['name'] },
    outcome: 'success',
    status: 200,
  });

  it('lists a user\u2019s records newest first, pages that stay put while records are added', async () => {
    const trail = createMemoryAuditTrail();
    for (let n = 0; n < 7; n++) await trail.record(record(n % 2 ? 'u1' : 'u2', n));
    const first = await trail.listForUser('u2', { size: 2 });
    expect(first.items.map((e) => e.time.slice(17, 19))).toEqual(['06', '04']);
    await trail.record(record('u2', 30));
    const second = await trail.listForUser('u2', { size: 2, cursor: first.nextCursor });
    expect(second.items.map((e) => e.time.slice(17, 19))).toEqual(['02', '00']);
    expect(second.nextCursor).toBeNull();
    expect((await trail.listForUser('nobody', { size: 5 })).items).toEqual([]);
  });

  it('keeps only the latest records, dropping the oldest of any user', async () => {
    const trail = createMemoryAuditTrail({ maxRecords: 3 });
    for (let n = 0; n < 5; n++) await trail.record(record(n < 2 ? 'old' : 'new', n));
    expect((await trail.listForUser('old', { size: 10 })).items).toEqual([]);
    expect((await trail.listForUser('new', { size: 10 })).items.map((e) => e.time.slice(17, 19))).toEqual(['04', '03', '02']);
    expect(() => createMemoryAuditTrail({ maxRecords: 0 })).toThrow(TypeError);
  });

  it('keeps a copy, and refuses a cursor that is not one of its own', async () => {
    const trail = createMemoryAuditTrail();
    const kept = record('u1', 1);
    await trail.record(kept);
    kept.change.fields!.push('email');
    expect((await trail.listForUser('u1', { size: 1 })).items[0]!.change).toEqual({ fields: ['name'] });
    await expect(trail.listForUser('u1', { size: 1, cursor: '../1' })).rejects.toMatchObject({ code: 'invalid_input', status: 400 });
  });
});
