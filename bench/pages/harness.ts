/**
 * In-page measurement helpers shared by every bench page. The driver (bench/lib/render.mjs) calls
 * `window.bench.*` through Playwright; each call does one action and returns its timings, so
 * nothing but the action itself runs between its start and its painted result.
 *
 * "Painted": the DOM satisfies the expected state (checked on every mutation), then one
 * requestAnimationFrame, then a MessageChannel task — which runs after that frame's paint.
 */

export interface AdapterCall {
  method: string;
  args: string;
  start: number;
  end: number | null;
  aborted: boolean;
}

export const calls: AdapterCall[] = [];

/** Wraps every method of an adapter-like object to record when it ran; `id` and data stay as they are. */
export function recordCalls<T extends object>(target: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const key of Object.keys(target)) {
    const value = (target as Record<string, unknown>)[key];
    if (typeof value !== 'function' || key === 'setLatency' || key === 'snapshot') {
      wrapped[key] = value;
      continue;
    }
    wrapped[key] = async (...args: unknown[]) => {
      // Roster passes `{ signal }` last; react-admin puts `signal` inside its params object.
      const withSignal = args.find((a): a is { signal?: AbortSignal } => typeof a === 'object' && a !== null && 'signal' in a);
      const isContext = (a: unknown) => a === withSignal && Object.keys(a as object).every((k) => k === 'signal');
      const call: AdapterCall = {
        method: key,
        args: JSON.stringify(
          args.filter((a) => !isContext(a)),
          (k, v) => (k === 'signal' ? undefined : v),
        ),
        start: performance.now(),
        end: null,
        aborted: false,
      };
      calls.push(call);
      withSignal?.signal?.addEventListener('abort', () => (call.aborted = true), { once: true });
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      } finally {
        call.end = performance.now();
      }
    };
  }
  return wrapped as T;
}

export function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Resolves with the time the DOM first satisfied `check`, once that state has been painted. */
export function waitForPainted(check: () => boolean, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      afterPaint().then(resolve);
    };
    const observer = new MutationObserver(() => {
      if (!done && check()) finish();
    });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the expected DOM state`));
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    if (check()) finish();
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Scrolls `element` by `pxPerFrame` on every animation frame for `frames` frames (bouncing at
 * the ends) and reports the frame-to-frame deltas of requestAnimationFrame.
 */
export function measureScroll(element: Element, frames = 120, pxPerFrame = 120): Promise<{ median: number; p95: number; max: number; frames: number; over1Frame: number; scrollable: number }> {
  const scroller = element as HTMLElement;
  scroller.scrollTop = 0;
  const scrollable = scroller.scrollHeight - scroller.clientHeight;
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let last = 0;
    let direction = 1;
    const step = (now: number) => {
      if (last) deltas.push(now - last);
      last = now;
      if (deltas.length >= frames) {
        const sorted = [...deltas].sort((a, b) => a - b);
        resolve({
          median: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          max: sorted[sorted.length - 1]!,
          frames: deltas.length,
          over1Frame: deltas.filter((d) => d > 1000 / 60 + 4).length,
          scrollable,
        });
        return;
      }
      let next = scroller.scrollTop + direction * pxPerFrame;
      if (next >= scrollable || next <= 0) {
        direction = -direction;
        next = Math.max(0, Math.min(scrollable, next));
      }
      scroller.scrollTop = next;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** The element that scrolls the rows: the given one if it overflows, else the document. */
export function scrollingElement(candidate: Element | null): Element {
  if (candidate && candidate.scrollHeight > candidate.clientHeight + 1 && getComputedStyle(candidate).overflowY !== 'visible') return candidate;
  return document.scrollingElement ?? document.documentElement;
}

export function params() {
  const q = new URLSearchParams(location.search);
  return {
    n: Number(q.get('n') ?? 1000),
    seed: Number(q.get('seed') ?? 7),
    mode: (q.get('mode') ?? 'server') as 'server' | 'client',
  };
}

/** Wall time spent in the data layer by calls that started at or after `since` and finished by `until`. */
export function dataTime(since: number, until: number): { ms: number; calls: number; args: string[] } {
  const within = calls.filter((c) => c.start >= since && c.end !== null && c.end <= until);
  // Calls overlap (the table loads users, roles and organizations at once): count wall time.
  let ms = 0;
  let reach = -Infinity;
  for (const c of [...within].sort((a, b) => a.start - b.start)) {
    const from = Math.max(c.start, reach);
    if (c.end! > from) ms += c.end! - from;
    reach = Math.max(reach, c.end!);
  }
  return { ms, calls: within.length, args: within.map((c) => `${c.method} ${c.args}`) };
}

/** End of the last data-layer call that finished before `until`. */
export function lastDataAt(until: number): number | null {
  const ends = calls.map((c) => c.end).filter((e): e is number => e !== null && e <= until);
  return ends.length ? Math.max(...ends) : null;
}

export interface TableDriver {
  rows(): Element[];
  email(row: Element): string;
  clickSort(): void;
  clickNext(): void;
  jumpTo(pageIndex: number): void;
  search(term: string): void;
  scroller(): Element | null;
}

const firstEmail = (d: TableDriver) => {
  const row = d.rows()[0];
  return row ? d.email(row).trim() : '';
};

/** The actions every table page offers, timed the same way. */
export function tableActions(driver: TableDriver, mountApp: () => void) {
  async function timed(action: () => void, expect: () => boolean) {
    const t0 = performance.now();
    action();
    const t1 = await waitForPainted(expect);
    return { ms: t1 - t0, data: dataTime(t0, t1), firstEmail: firstEmail(driver) };
  }
  const changedFrom = (before: string) => () => {
    const now = firstEmail(driver);
    return now !== '' && now !== before;
  };
  return {
    async mount() {
      const t0 = performance.now();
      mountApp();
      const t1 = await waitForPainted(() => firstEmail(driver) !== '');
      const dataAt = lastDataAt(t1);
      return { ms: t1 - t0, afterDataMs: dataAt === null ? t1 - t0 : t1 - dataAt, data: dataTime(t0, t1), rows: driver.rows().length, firstEmail: firstEmail(driver) };
    },
    sort: () => timed(driver.clickSort, changedFrom(firstEmail(driver))),
    next: () => timed(driver.clickNext, changedFrom(firstEmail(driver))),
    jump: (pageIndex: number) => timed(() => driver.jumpTo(pageIndex), changedFrom(firstEmail(driver))),
    search: (term: string) =>
      timed(
        () => driver.search(term),
        () => {
          const rows = driver.rows();
          return rows.length > 0 && rows.every((r) => (r.textContent ?? '').toLocaleLowerCase().includes(term.toLocaleLowerCase()));
        },
      ),
    scroll: (frames?: number, px?: number) => measureScroll(scrollingElement(driver.scroller()), frames, px),
    domNodes: () => document.getElementsByTagName('*').length,
    renderedRows: () => driver.rows().length,
    calls: () => calls.map((c) => ({ ...c })),
  };
}

declare global {
  interface Window {
    bench: Record<string, unknown>;
  }
}
