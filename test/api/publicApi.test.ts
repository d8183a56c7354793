// @vitest-environment node
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { publicApiReport } from './publicApi.js';

const REPORT = resolve(import.meta.dirname, '../../api/public-api.md');

/** Reads every entry with the TypeScript compiler: a budget for two shared cores, not a speed claim. */
const COMPILE_BUDGET_MS = 240_000;

it('exports exactly the names api/public-api.md lists, per entry', () => {
  const actual = publicApiReport();
  if (process.env.UPDATE_API === '1') writeFileSync(REPORT, actual);
  const expected = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '(api/public-api.md is missing)';
  // On a difference: review it, then `npm run api:update` and commit api/public-api.md with the change.
  expect(actual).toBe(expected);
}, COMPILE_BUDGET_MS);
