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
