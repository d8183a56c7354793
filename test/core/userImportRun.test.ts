/**
 * The import's sender: a few requests at a time, a pause on 429 for as long as the backend asks,
 * Cancel, Retry failed, and never a second create for a row. Fake timers: nothing here waits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RosterError } from '../../src/core/errors.js';
import type { CreateUserInput, User } from '../../src/core/model.js';
import { createImportRun, type ImportJob } from '../../src/core/userImportJobs.js';
import { createTaskRun } from '../../src/core/userImportRun.js';

/** A backend whose answers the test releases one by one. */
function heldBackend() {
  const pending: { index: number; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const sent: number[] = [];
  const send = (index: number) =>
    new Promise<string>((resolve, reject) => {
      sent.push(index);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const settle = <A>(fn: (a: A) => void) => (a: A) => {
        inFlight -= 1;
        fn(a);
      };
      pending.push({ index, resolve: settle(resolve), reject: settle(reject) });
    });
  const next = (index?: number) => {
    const i = index === undefined ? 0 : pending.findIndex((p) => p.index === index);
    return pending.splice(i, 1)[0]!;
  };
  return { send, pending, sent, next, maxInFlight: () => maxInFlight };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('createTaskRun', () => {
  it('keeps at most `concurrency` requests in flight and sends each task once', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 10, send: backend.send, concurrency: 4 });
    expect(run.phase).toBe('idle');
    run.start();
    await flush();
    expect(backend.pending).toHaveLength(4);
    expect(run.phase).toBe('running');
    while (backend.pending.length) {
      backend.next().resolve('ok');
      await flush();
    }
    expect(backend.maxInFlight()).toBe(4);
    expect(backend.sent.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(run.phase).toBe('done');
    expect(run.counts()).toEqual({ waiting: 0, sending: 0, done: 10, failed: 0, notSent: 0 });
  });

  it('ignores a second start while running: a double click sends nothing twice', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 2, send: backend.send });
    expect(run.start()).toBe(true);
    expect(run.start()).toBe(false);
    await flush();
    expect(run.start()).toBe(false);
    backend.next().resolve('a');
    backend.next().resolve('b');
    await flush();
    // Done: starting again finds nothing left to send.
    expect(run.start()).toBe(false);
    expect(backend.sent).toEqual([0, 1]);
  });

  it('pauses everything for Retry-After on a 429, then goes on with the same task first', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 6, send: backend.send, concurrency: 2 });
    run.start();
    await flush();
    backend.next(0).reject(new RosterError('rate_limited', { status: 429, retryAfterMs: 30_000 }));
    await flush();
    expect(run.phase).toBe('paused');
    expect(run.resumeAt).toBe(Date.now() + 30_000);
    expect(run.status(0)).toBe('waiting');
    // The request already in flight finishes; nothing new starts during the pause.
    backend.next(1).resolve('ok');
    await flush();
    expect(backend.pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(backend.pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(run.phase).toBe('running');
    expect(backend.pending.map((p) => p.index)).toEqual([0, 2]);
    expect(backend.sent).toEqual([0, 1, 0, 2]);
  });

  it('cuts a very long Retry-After to the cap, and fails a task after the bounded number of 429s', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 1, send: backend.send, maxRateLimitRetries: 2, maxRetryAfterMs: 5_000 });
    run.start();
    for (let attempt = 0; attempt < 3; attempt++) {
      await flush();
      backend.next().reject(new RosterError('rate_limited', { status: 429, retryAfterMs: 3_600_000 }));
      await flush();
      if (attempt < 2) {
        expect(run.resumeAt).toBe(Date.now() + 5_000);
        await vi.advanceTimersByTimeAsync(5_000);
      }
    }
    expect(run.status(0)).toBe('failed');
    expect(run.error(0)!.code).toBe('rate_limited');
    expect(run.phase).toBe('done');
  });

  it('Cancel sends nothing more, lets what is in flight finish, and marks the rest not sent', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 8, send: backend.send, concurrency: 2 });
    run.start();
    await flush();
    run.cancel();
    expect(run.phase).toBe('stopping');
    backend.next().resolve('a');
    await flush();
    expect(backend.pending).toHaveLength(1);
    backend.next().resolve('b');
    await flush();
    expect(run.phase).toBe('done');
    expect(run.counts()).toEqual({ waiting: 0, sending: 0, done: 2, failed: 0, notSent: 6 });
    // Starting again sends the six not sent, and only them.
    run.start();
    await flush();
    expect(backend.pending.map((p) => p.index)).toEqual([2, 3]);
  });

  it('Cancel during a pause ends it at once', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 3, send: backend.send, concurrency: 1 });
    run.start();
    await flush();
    backend.next().reject(new RosterError('rate_limited', { retryAfterMs: 10_000 }));
    await flush();
    run.cancel();
    expect(run.phase).toBe('done');
    expect(run.resumeAt).toBeNull();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(backend.pending).toHaveLength(0);
    expect(run.counts().notSent).toBe(3);
  });

  it('Retry failed sends only the failed tasks again', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 4, send: backend.send });
    run.start();
    await flush();
    backend.next(0).resolve('ok');
    backend.next(1).reject(new RosterError('server', { status: 503 }));
    backend.next(2).resolve('ok');
    backend.next(3).reject(new RosterError('network'));
    await flush();
    expect(run.counts()).toMatchObject({ done: 2, failed: 2 });
    expect(run.retryFailed()).toBe(true);
    expect(run.retryFailed()).toBe(false);
    await flush();
    expect(backend.pending.map((p) => p.index)).toEqual([1, 3]);
  });

  it('tells subscribers about every change and resolves whenSettled at the end', async () => {
    const backend = heldBackend();
    const run = createTaskRun({ count: 1, send: backend.send });
    const listener = vi.fn();
    run.subscribe(listener);
    const settled = vi.fn();
    run.start();
    void run.whenSettled().then(settled);
    await flush();
    backend.next().resolve('x');
    await flush();
    expect(listener).toHaveBeenCalled();
    expect(settled).toHaveBeenCalled();
    expect(run.result(0)).toBe('x');
  });
});

describe('createImportRun', () => {
  const user = (email: string): User => ({ id: `id-${email}`, email, name: null, status: 'active', emailVerified: false, roleIds: [], createdAt: null, lastLoginAt: null, customAttributes: {} });
  class CreatedNotJoined extends Error {
    constructor(readonly user: User) {
      super('created, not joined');
    }
  }
  const job = (email: string, org = true): ImportJob => ({ row: 2, input: { email, ...(org && { organization: { id: 'org_1', roleIds: ['r'] } }) }, organization: org ? { id: 'org_1', name: 'Acme' } : null });

  it('a row whose user was created but not joined is only joined when retried, never created again', async () => {
    const creates: CreateUserInput[] = [];
    const joins: unknown[][] = [];
    let joinFails = true;
    const { run, createdNotJoined } = createImportRun([job('a@example.com')], {
      createUser: async (input) => {
        creates.push(input);
        throw new CreatedNotJoined(user(input.email));
      },
      joinOrganization: async (...args) => {
        joins.push(args);
        if (joinFails) throw new RosterError('server');
      },
      createdUserOf: (e) => (e instanceof CreatedNotJoined ? e.user : null),
    });
    run.start();
    await flush();
    expect(run.status(0)).toBe('failed');
    expect(createdNotJoined(0)?.email).toBe('a@example.com');
    run.retryFailed();
    await flush();
    expect(run.status(0)).toBe('failed');
    joinFails = false;
    run.retryFailed();
    await flush();
    expect(run.status(0)).toBe('done');
    expect(creates).toHaveLength(1);
    expect(joins).toEqual([
      ['id-a@example.com', { id: 'org_1', name: 'Acme' }, ['r']],
      ['id-a@example.com', { id: 'org_1', name: 'Acme' }, ['r']],
    ]);
    expect(createdNotJoined(0)).toBeUndefined();
  });
});
