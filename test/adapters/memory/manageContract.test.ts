/**
 * The contract's checks of managing definitions catch the mistakes a real adapter makes: each
 * broken copy of the memory adapter below fails exactly the check written for its mistake, and the
 * intact one passes them all.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { isRosterError } from '../../../src/core/errors.js';
import { defineAdapterContract, type ContractRunner } from '../../../src/testing/index.js';

type Outcome = 'passed' | 'skipped' | 'failed';

/** Runs the checks under "managing definitions" only, as a bare runner would, and says how each ended. */
async function runManageChecks(createAdapter: () => RosterAdapter): Promise<Record<string, Outcome>> {
  const tests: { name: string; body: (ctx: unknown) => unknown }[] = [];
  const path: string[] = [];
  const runner: ContractRunner = {
    describe(name, body) {
      path.push(name);
      body();
      path.pop();
    },
    it(name, body) {
      if (path.at(-1) === 'managing definitions') tests.push({ name, body: body as (ctx: unknown) => unknown });
    },
  };
  defineAdapterContract(runner, { name: 'broken', createAdapter });
  class Skipped extends Error {}
  const outcomes: Record<string, Outcome> = {};
  for (const test of tests) {
    try {
      await test.body.call(undefined, { skip: () => { throw new Skipped(); } });
      outcomes[test.name] = 'passed';
    } catch (error) {
      outcomes[test.name] = error instanceof Skipped ? 'skipped' : 'failed';
    }
  }
  return outcomes;
}

const failed = (outcomes: Record<string, Outcome>) => Object.keys(outcomes).filter((name) => outcomes[name] === 'failed').map((name) => name.replace(/ \(needs .*\)$/, ''));

/** A small memory directory with some of its methods replaced; `replace` gets the intact ones. */
function broken(replace: (intact: RosterAdapter) => Partial<RosterAdapter>) {
  return () => {
    const adapter = createMemoryAdapter({ seed: 3, userCount: 30 });
    return Object.assign(adapter, replace({ ...adapter }));
  };
}

describe('the contract of managing definitions', () => {
  it('passes every check on the memory directory', async () => {
    const outcomes = await runManageChecks(broken(() => ({})));
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(20);
    expect(failed(outcomes)).toEqual([]);
    expect(Object.values(outcomes).every((o) => o === 'passed')).toBe(true);
  });

  it('fails an updateRole that brings a deleted role back', async () => {
    const outcomes = await runManageChecks(
      broken((memory) => ({
        async updateRole(id, patch, scope) {
          try {
            return await memory.updateRole!(id, patch, scope);
          } catch (error) {
            if (isRosterError(error) && error.code === 'not_found') return memory.createRole!({ name: patch.name ?? 'Recreated' }, scope);
            throw error;
          }
        },
      })),
    );
    expect(failed(outcomes)).toEqual(['changing a deleted project-wide role rejects with not_found and recreates nothing', 'changing a deleted per-organization role rejects with not_found and recreates nothing']);
  });

  it('fails a deleteRole that leaves the role with its holders', async () => {
    const outcomes = await runManageChecks(broken(() => ({ deleteRole: async () => undefined })));
    expect(failed(outcomes)).toEqual(expect.arrayContaining(['deleteRole takes a project-wide role from the users holding it, and only it', 'deleteRole takes a per-organization role from the users holding it, and only it']));
  });

  it('fails a createRole that takes a duplicate name under another', async () => {
    const outcomes = await runManageChecks(
      broken((memory) => ({
        async createRole(input, scope) {
          try {
            return await memory.createRole!(input, scope);
          } catch (error) {
            if (isRosterError(error) && error.code === 'conflict') return memory.createRole!({ ...input, name: `${input.name} (2)` }, scope);
            throw error;
          }
        },
      })),
    );
    expect(failed(outcomes)).toEqual(['a duplicate project-wide role name rejects with conflict and fieldErrors.name', 'a duplicate per-organization role name rejects with conflict and fieldErrors.name']);
  });

  it('fails a permission rename that leaves the roles granting the old name', async () => {
    const outcomes = await runManageChecks(
      broken((memory) => ({
        async updatePermission(id, patch) {
          const old = (await memory.listPermissions!()).find((p) => p.id === id);
          if (!old) return memory.updatePermission!(id, patch);
          if (patch.name) await memory.createPermission!({ name: patch.name });
          return { ...old, ...patch };
        },
      })),
    );
    expect(failed(outcomes)).toEqual(['renaming a permission renames it in every role that grants it']);
  });

  it('fails a createOrganization that stores domains as typed', async () => {
    const outcomes = await runManageChecks(
      broken((memory) => ({
        async createOrganization(input) {
          const organization = await memory.createOrganization!(input);
          return { ...organization, domains: input.domains ?? [] };
        },
      })),
    );
    expect(failed(outcomes)).toEqual(['createOrganization stores the name and normalized domains, read back by id and in the list']);
  });

  it('fails names escaped as HTML instead of kept as text', async () => {
    const escape = (name: string) => name.replace(/</g, '&lt;');
    const outcomes = await runManageChecks(
      broken((memory) => ({
        createRole: (input, scope) => memory.createRole!({ ...input, name: escape(input.name) }, scope),
        createOrganization: (input) => memory.createOrganization!({ ...input, name: escape(input.name) }),
      })),
    );
    expect(failed(outcomes)).toEqual(['hostile role names are stored and returned as text, byte for byte', 'hostile organization names are stored and returned as text, byte for byte']);
  });
});
