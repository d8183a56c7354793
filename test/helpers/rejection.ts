/**
 * The error a promise rejects with, checked to be of `type`: for tests that go on to look at its
 * code, fields or status. A promise that resolves fails the check instead of passing silently.
 */
import { expect } from 'vitest';

export async function rejectionOf<E>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}
