// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchesNamedFile, namedFile, readmeBlocks, typecheckBlocks } from './readmeCode.js';

const blocks = readmeBlocks();

/** A whole-program typecheck: seconds on a quiet machine, far more on two shared cores. A budget, not a speed claim. */
const TYPECHECK_BUDGET_MS = 240_000;

describe('the README’s code', () => {
  it('has code to check', () => {
    expect(blocks.filter((b) => !namedFile(b)).length).toBeGreaterThan(5);
  });

  it('compiles against the package’s entry points, every block on its own', () => {
    expect(typecheckBlocks(blocks.filter((b) => !namedFile(b)))).toEqual([]);
  }, TYPECHECK_BUDGET_MS);

  it.each(blocks.filter((b) => namedFile(b)).map((b) => [namedFile(b)!, b] as const))('shows %s exactly as it is in the repository', (path, block) => {
    expect(matchesNamedFile(block, path)).toBe(true);
  });
});
