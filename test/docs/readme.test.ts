// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

describe('the README’s naming table', () => {
  it('names every export of the root entry, so the root exports only what the table explains', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### One name per concept'), readme.indexOf('## Entry points'));
    const api = readFileSync(resolve(import.meta.dirname, '../../api/public-api.md'), 'utf8');
    const root = api.slice(api.indexOf('## react-roster\n'), api.indexOf('\n## ', api.indexOf('## react-roster\n') + 1));
    const names = [...root.matchAll(/^(?:const|function|class|interface|type|enum|other) (\w+)$/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !section.includes(`\`${name}\``) && !new RegExp(`\\b${name}\\b`).test(section))).toEqual([]);
  });
});
