/**
 * Tiny assertions for the contract suite, so `react-roster/testing` works under any test runner
 * (Vitest, Jest, node:test) without depending on one's `expect`.
 */
export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

export function checkEqual<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new ContractFailure(`${message}\n  expected: ${e}\n  actual:   ${a}`);
}

export async function checkRejects(
  promise: Promise<unknown>,
  predicate: (error: unknown) => boolean,
  message: string,
): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    if (!predicate(error)) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}${'code' in error ? ` (code ${String((error as { code: unknown }).code)})` : ''}` : String(error);
      throw new ContractFailure(`${message}\n  rejected with: ${detail}`);
    }
    return error;
  }
  throw new ContractFailure(`${message}\n  but it resolved`);
}

export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

/**
 * Reports a check that does not apply to this adapter as skipped, through the runner itself, so
 * it is never counted as passed. Uses `skip` when the caller gave one, else the test context's
 * `skip(note)` (Vitest ≥ 3.1 passes it to the test function; node:test's `t.skip` marks the test
 * and returns) or Mocha's `this.skip()`. Throws a Vitest/Mocha skip signal, or returns.
 */
export function skipCheck(reason: string, context: unknown, skip?: (reason: string, context: unknown) => void): void {
  if (skip) return skip(reason, context);
  // Vitest's context is a function (a leftover `done` callback) carrying `skip`.
  const contextSkip = (typeof context === 'object' && context !== null) || typeof context === 'function' ? (context as { skip?: unknown }).skip : undefined;
  if (typeof contextSkip === 'function') {
    contextSkip.call(context, reason);
    return;
  }
  throw new ContractFailure(
    `This check does not apply (${reason}), and the test runner gave no way to skip it while it runs. ` +
      'Pass `skip(reason, context)` in the runner given to defineAdapterContract.',
  );
}
