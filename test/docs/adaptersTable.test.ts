// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { adapterRows, renderAdaptersTable, TABLE_END, TABLE_START } from './adaptersTable.js';

const README = resolve(import.meta.dirname, '../../README.md');

/** Opens a WASM Postgres for better-auth: a budget for two shared cores, not a speed claim. */
const BUDGET_MS = 120_000;

it('the README’s adapters table says what each adapter’s capabilities declare', async () => {
  const table = renderAdaptersTable(await adapterRows());
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  expect(start, 'README.md has no adapters table markers').toBeGreaterThanOrEqual(0);
  const current = readme.slice(start, end + TABLE_END.length);
  if (process.env.UPDATE_README === '1') writeFileSync(README, readme.replace(current, table));
  // On a difference: `UPDATE_README=1 npx vitest run --project unit test/docs/adaptersTable.test.ts`.
  expect(current).toBe(table);
}, BUDGET_MS);
