/**
 * The contract kit itself: it judges an adapter as the provider sees it, and a check that does not
 * apply is the runner's own skip, with the reason — never a silent pass.
 */
import { afterAll, describe, expect, it, type RunnerTask } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import { defineAdapterContract, type ContractRunner } from '../../src/testing/index.js';
import { DirectoryAdapter } from './classAdapter.js';

const narrowed = () => createMemoryAdapter({ seed: 5, capabilities: { search: false, sortFields: [] } });
const NARROWED_SKIPS = {
  'search finds a user by part of the email and returns only matches (needs capabilities.search)': 'capabilities.search is false',
  'sorts by every field it declares, in both directions (needs capabilities.sortFields)': 'capabilities.sortFields is []',
};

function leafTests(task: RunnerTask): RunnerTask[] {
  return task.type === 'suite' ? task.tasks.flatMap(leafTests) : [task];
}

describe('a class-based adapter (methods on the prototype, using `this`)', () => {
  defineAdapterContract({ describe, it }, { name: 'class-based adapter', createAdapter: () => new DirectoryAdapter({ seed: 3 }) });
});

describe('a memory adapter without search and sorting', () => {
  defineAdapterContract({ describe, it }, { name: 'narrowed memory adapter', createAdapter: narrowed });

  // What Vitest itself recorded for the checks above: skipped with the reason, not passed.
  // `{}`: Vitest reads the first parameter of a hook as its fixtures; the suite comes second.
  afterAll(({}, suite) => {
    const skipped = Object.fromEntries(
      leafTests(suite)
        .filter((t) => t.result?.state === 'skip')
        // The runner keeps ctx.skip's note on the result; its public type leaves it out.
        .map((t) => [t.name, (t.result as { note?: string } | undefined)?.note]),
    );
    expect(skipped).toEqual(NARROWED_SKIPS);
  });
});

describe('a memory adapter holding one role per membership', () => {
  defineAdapterContract({ describe, it }, { name: 'memory adapter, one role per membership', createAdapter: () => createMemoryAdapter({ seed: 9, capabilities: { rolesPerMembership: 'one' } }) });

  it('refuses a membership of two roles or none, on every write that makes one', async () => {
    const adapter = createMemoryAdapter({ seed: 9, userCount: 20, capabilities: { rolesPerMembership: 'one' } });
    const user = (await adapter.listUsers({ page: { size: 20 } })).items.find((u) => u.memberships?.length)!;
    const [membership] = user.memberships!;
    const organizationId = membership!.organization.id;
    const roles = (await adapter.listRoles({ organizationId })).map((r) => r.id);
    const refused = expect.objectContaining({ code: 'invalid_input' });
    expect(membership!.roleIds).toHaveLength(1);
    await expect(adapter.setUserRoles!(user.id, roles.slice(0, 2), { organizationId })).rejects.toEqual(refused);
    await expect(adapter.addUserRoles!(user.id, [roles.find((r) => r !== membership!.roleIds[0])!], { organizationId })).rejects.toEqual(refused);
    await expect(adapter.removeUserRoles!(user.id, membership!.roleIds, { organizationId })).rejects.toEqual(refused);
    const other = (await adapter.listOrganizations()).items.find((o) => !user.memberships!.some((m) => m.organization.id === o.id))!;
    await expect(adapter.addUserMembership!(user.id, other.id, { roleIds: [] })).rejects.toEqual(refused);
    await expect(adapter.createUser!({ email: 'one.role@example.com', organization: { id: other.id, roleIds: roles.slice(0, 2) } })).rejects.toEqual(refused);
    expect((await adapter.listUserMemberships(user.id)).find((m) => m.organization.id === organizationId)?.roleIds).toEqual(membership!.roleIds);
    // Project-wide roles stay many.
    await adapter.setUserRoles!(user.id, roles.slice(0, 2));
    expect((await adapter.getUser(user.id)).roleIds).toEqual(roles.slice(0, 2));
  });
});

type Outcome = 'passed' | `skipped: ${string}` | `failed: ${string}`;

/**
 * Runs the kit under a minimal runner, the way any runner would: `context` is what the runner
 * hands each test function (undefined for a Jest-like runner without one).
 */
async function runKit(createAdapter: () => RosterAdapter, context: 'vitest-like' | 'none', skip?: ContractRunner['skip']): Promise<Record<string, Outcome>> {
  const tests: { name: string; body: () => unknown }[] = [];
  const path: string[] = [];
  const runner: ContractRunner = {
    describe: (name, body) => {
      path.push(name);
      body();
      path.pop();
    },
    it: (name, body) => void tests.push({ name: [...path.slice(1), name].join(' > '), body }),
    skip,
  };
  defineAdapterContract(runner, { name: 'kit', createAdapter });

  class Skipped extends Error {}
  const outcomes: Record<string, Outcome> = {};
  for (const test of tests) {
    const ctx = context === 'vitest-like' ? { skip: (note: string) => { throw new Skipped(note); } } : undefined;
    try {
      await (test.body as (c?: unknown) => unknown).call(undefined, ctx);
      outcomes[test.name] = 'passed';
    } catch (error) {
      outcomes[test.name] = error instanceof Skipped ? `skipped: ${error.message}` : `failed: ${(error as Error).name}: ${(error as Error).message}`;
    }
  }
  return outcomes;
}

const only = (outcomes: Record<string, Outcome>, prefix: string) => Object.fromEntries(Object.entries(outcomes).filter(([, o]) => o.startsWith(prefix)));

describe('defineAdapterContract', () => {
  it('skips, with the reason, exactly the checks a narrowed adapter does not back; the rest pass', async () => {
    const outcomes = await runKit(narrowed, 'vitest-like');
    expect(only(outcomes, 'failed')).toEqual({});
    expect(only(outcomes, 'skipped')).toEqual({
      'reading users > search finds a user by part of the email and returns only matches (needs capabilities.search)': 'skipped: capabilities.search is false',
      'reading users > sorts by every field it declares, in both directions (needs capabilities.sortFields)': 'skipped: capabilities.sortFields is []',
    });
  });

  it('runs every check on a full adapter: nothing skipped', async () => {
    const outcomes = await runKit(() => createMemoryAdapter({ seed: 9 }), 'vitest-like');
    expect(Object.values(outcomes).every((o) => o === 'passed')).toBe(true);
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(28);
  });

  it('skips every write check on a read-only adapter, each naming what is missing', async () => {
    const outcomes = await runKit(() => createMemoryAdapter({ seed: 9, readOnly: true }), 'vitest-like');
    const skipped = only(outcomes, 'skipped');
    expect(skipped['changing roles > setUserRoles round-trips on project-wide roles (needs capabilities.projectRoles + setUserRoles)']).toBe('skipped: the adapter has no setUserRoles');
    expect(skipped['managing users > deleteUser removes the user, and not_found the second time (needs deleteUser)']).toBe('skipped: the adapter has no deleteUser');
    expect(skipped['managing users > setUserStatus disables and enables a user (needs capabilities.userStatus)']).toBe('skipped: capabilities.userStatus is false');
    expect(skipped['managing users > createUser with invite: true invites the user (needs capabilities.createUser.invite)']).toBe('skipped: capabilities.createUser.invite is false');
    expect(skipped['managing users > updateUser changes each editable field and leaves the others (needs capabilities.editableFields)']).toBe('skipped: capabilities.editableFields is []');
    expect(Object.keys(skipped).every((name) => !name.startsWith('reading users'))).toBe(true);
    expect(only(outcomes, 'failed')).toEqual({});
  });

  it('judges a malformed adapter as the provider would: every check fails on the guard’s TypeError', async () => {
    const malformed = { id: 'broken', capabilities: { sort: ['name'] }, getUser: async () => null } as unknown as RosterAdapter;
    const outcomes = await runKit(() => malformed, 'vitest-like');
    const results = Object.values(outcomes);
    expect(results.length).toBeGreaterThan(0);
    for (const outcome of results) {
      expect(outcome).toMatch(/^failed: TypeError: Roster: the adapter cannot be used/);
      expect(outcome).toContain('adapter.capabilities.sortFields');
      expect(outcome).toContain('adapter.listUsers');
    }
  });

  it('fails a check it cannot skip under a runner without a run-time skip, instead of passing it', async () => {
    const outcomes = await runKit(narrowed, 'none');
    expect(outcomes['reading users > search finds a user by part of the email and returns only matches (needs capabilities.search)']).toMatch(/^failed: ContractFailure: This check does not apply \(capabilities\.search is false\).*Pass `skip\(reason, context\)`/);
    expect(outcomes['reading users > paging by cursor visits every user exactly once']).toBe('passed');
  });

  it('uses the runner’s own skip when one is given', async () => {
    const reasons: string[] = [];
    const outcomes = await runKit(narrowed, 'none', (reason) => void reasons.push(reason));
    expect(reasons.sort()).toEqual(['capabilities.search is false', 'capabilities.sortFields is []']);
    expect(only(outcomes, 'failed')).toEqual({});
  });
});
