/**
 * The behaviour every RosterAdapter must show, as a test suite any adapter author can run:
 *
 *   import { describe, it } from 'vitest';
 *   import { defineAdapterContract } from 'react-roster/testing';
 *   defineAdapterContract({ describe, it }, { name: 'my IdP', createAdapter: () => createMyAdapter(…) });
 *
 * `createAdapter` must return a fresh adapter over a fresh directory for each test, holding at
 * least 12 users, 3 project-wide roles and 2 organizations. Each adapter goes through the same
 * guard as in `<RosterProvider>`, so the suite judges it as the provider will see it.
 *
 * A check for a capability or write method the adapter does not have is reported as skipped, with
 * the reason, by the runner itself: never as passed. Whether a check applies depends on the adapter
 * instance (its methods; a remote adapter learns its capabilities from the server), so it is decided
 * as the test runs, through the test context's `skip(note)` (Vitest, node:test) or Mocha's
 * `this.skip()`. Jest has no run-time skip: give the runner a `skip(reason, context)` there.
 */
import type { RosterAdapter } from '../core/adapter.js';
import { guardAdapter } from '../core/guardAdapter.js';
import { skipCheck } from './assert.js';
import { detailsChecks } from './contract/detailsChecks.js';
import type { Check } from './contract/kit.js';
import { manageChecks } from './contract/manageChecks.js';
import { readChecks } from './contract/readChecks.js';
import { membershipChecks, roleChecks } from './contract/roleChecks.js';
import { userChecks } from './contract/userChecks.js';

export { collectAllUsers } from './contract/kit.js';

type Fn = () => void | Promise<void>;

export interface ContractRunner {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: Fn, timeout?: number) => void;
  /**
   * Marks the running check skipped with `reason`. Optional under Vitest, node:test and Mocha, whose
   * test context can skip; `context` is what the runner passed the test function (or its `this`).
   */
  skip?: (reason: string, context: unknown) => void;
}

export interface AdapterContractOptions {
  name: string;
  createAdapter: () => RosterAdapter | Promise<RosterAdapter>;
  /** Per test, in milliseconds; HTTP adapters against an emulator may want more. Default 20,000. */
  timeoutMs?: number;
}

export function defineAdapterContract(runner: ContractRunner, options: AdapterContractOptions): void {
  const { describe, it } = runner;
  const timeout = options.timeoutMs ?? 20_000;

  /** A check; with a requirement, one that is skipped (with the reason) where it does not apply. */
  const test: Check = (name, body, requires) =>
    it(
      requires ? `${name} (needs ${requires.needs})` : name,
      async function (this: unknown) {
        // The runner's test context (Vitest, node:test) or `this` (Mocha). Read through `arguments`
        // so the function declares no parameter, which Jest would take for a `done` callback.
        const context: unknown = arguments[0] ?? this;
        const adapter = guardAdapter(await options.createAdapter());
        const reason = requires?.unmet(adapter);
        if (reason) return skipCheck(reason, context, runner.skip);
        await body(adapter);
      },
      timeout,
    );


  describe(`RosterAdapter contract: ${options.name}`, () => {
    it(
      'is accepted by the provider: id, capabilities and methods',
      async () => {
        guardAdapter(await options.createAdapter());
      },
      timeout,
    );

    describe('reading users', () => readChecks(test));
    describe('changing roles', () => roleChecks(test));
    describe('memberships', () => membershipChecks(test));
    describe('managing users', () => userChecks(test));
    describe('managing definitions', () => manageChecks(test));
    describe('one user, whole', () => detailsChecks(test));
  });
}
