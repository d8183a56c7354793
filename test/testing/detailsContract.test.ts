/**
 * The contract's checks of one user, whole, catch the mistakes a real adapter makes: each broken
 * copy of the memory adapter below fails exactly the checks written for its mistake, and the
 * intact one passes them all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import { isRosterError, RosterError } from '../../src/core/errors.js';
import { defineAdapterContract, type ContractRunner } from '../../src/testing/index.js';

type Outcome = 'passed' | 'skipped' | 'failed';

/** Runs the checks under "one user, whole" only, as a bare runner would, and says how each ended. */
async function runDetailsChecks(createAdapter: () => RosterAdapter): Promise<Record<string, Outcome>> {
  const tests: { name: string; body: (ctx: unknown) => unknown }[] = [];
  const path: string[] = [];
  const runner: ContractRunner = {
    describe(name, body) {
      path.push(name);
      body();
      path.pop();
    },
    it(name, body) {
      if (path.at(-1) === 'one user, whole') tests.push({ name: name.replace(/ \(needs .*\)$/, ''), body: body as (ctx: unknown) => unknown });
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

const failed = async (createAdapter: () => RosterAdapter) => {
  const outcomes = await runDetailsChecks(createAdapter);
  return Object.keys(outcomes).filter((name) => outcomes[name] === 'failed');
};

/** A small memory directory with some of its methods replaced; `replace` gets the intact ones. */
function broken(replace: (intact: RosterAdapter) => Partial<RosterAdapter>) {
  return () => {
    const adapter = createMemoryAdapter({ seed: 3, userCount: 30 });
    return Object.assign(adapter, replace({ ...adapter }));
  };
}

const CHECK = {
  lookup: 'getUserByEmail finds a user by the exact address and by the address in other letter case',
  lookupMissing: 'getUserByEmail rejects an address no user has with not_found, also the tail of a user’s address',
  paging: 'listUserActivity pages a user’s activity newest first, each page by cursor older than the one before',
  unknownActivity: 'listUserActivity of an unknown user rejects with not_found',
  change: 'a change made with updateUser shows in the user’s activity, naming the field',
  verifyEmail: 'setUserVerified marks the email address verified and unverified, read back by getUser',
  resend: 'resendInvitation sends an invited user’s invitation again; the user stays invited',
  refuse: 'resendInvitation and revokeInvitation refuse a user who is not invited with invalid_input, changing nothing',
  revoke: 'revokeInvitation withdraws the invitation and removes the invited user',
  definitions: 'listAttributeDefinitions reports each custom attribute once, with a known type',
  merge: 'updateUser with one custom attribute leaves the user’s other attributes as they were',
  hostile: 'hostile custom attribute values come back byte for byte, 10 kB too, and a key named __proto__ reaches no prototype',
};

afterEach(() => {
  // No broken copy may leave Object.prototype changed for the tests after it.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('the contract of one user, whole', () => {
  it('passes every check on the memory directory, and skips none', async () => {
    const outcomes = await runDetailsChecks(broken(() => ({})));
    expect(Object.keys(outcomes).sort()).toEqual([...Object.values(CHECK), 'setUserVerified marks the phone number verified and unverified, read back by getUser'].sort());
    expect(Object.values(outcomes).every((o) => o === 'passed')).toBe(true);
  });

  it('fails a lookup by email that minds the letter case', async () => {
    const caseSensitive = broken((memory) => ({
      async getUserByEmail(email) {
        const user = await memory.getUserByEmail!(email);
        if (user.email !== email) throw new RosterError('not_found');
        return user;
      },
    }));
    expect(await failed(caseSensitive)).toEqual([CHECK.lookup]);
  });

  it('fails a lookup by email built on search, which finds a user whose address only contains the one asked for', async () => {
    const bySearch = broken((memory) => ({
      async getUserByEmail(email) {
        const [user] = (await memory.listUsers({ search: email, page: { size: 1 } })).items;
        if (!user) throw new RosterError('not_found');
        return user;
      },
    }));
    expect(await failed(bySearch)).toEqual([CHECK.lookupMissing]);
  });

  it('fails activity listed oldest first', async () => {
    const oldestFirst = broken((memory) => ({
      async listUserActivity(userId, query) {
        const page = await memory.listUserActivity!(userId, query);
        return { ...page, items: page.items.reverse() };
      },
    }));
    expect(await failed(oldestFirst)).toEqual([CHECK.paging]);
  });

  it('fails activity paging that ignores the cursor', async () => {
    const firstPageAlways = broken((memory) => ({ listUserActivity: (userId, query) => memory.listUserActivity!(userId, { page: { size: query.page.size } }) }));
    expect(await failed(firstPageAlways)).toEqual([CHECK.paging]);
  });

  it('fails an empty activity for a user who does not exist', async () => {
    const emptyForUnknown = broken((memory) => ({
      async listUserActivity(userId, query) {
        try {
          return await memory.listUserActivity!(userId, query);
        } catch (error) {
          if (isRosterError(error) && error.code === 'not_found') return { items: [], total: 0, nextCursor: null };
          throw error;
        }
      },
    }));
    expect(await failed(emptyForUnknown)).toEqual([CHECK.unknownActivity]);
  });

  it('fails activity that leaves out the changes admins made', async () => {
    const signInsOnly = broken((memory) => ({
      async listUserActivity(userId, query) {
        const page = await memory.listUserActivity!(userId, query);
        return { ...page, items: page.items.filter((e) => e.kind !== 'change') };
      },
    }));
    expect(await failed(signInsOnly)).toEqual([CHECK.change]);
  });

  it('holds to the changes only a backend that says its activity has them', async () => {
    const signInsOnly = () => {
      const adapter = broken((memory) => ({
        async listUserActivity(userId, query) {
          const page = await memory.listUserActivity!(userId, query);
          return { ...page, items: page.items.filter((e) => e.kind !== 'change') };
        },
      }))();
      return Object.assign(adapter, { capabilities: { ...adapter.capabilities, details: { ...adapter.capabilities.details, activityIncludesChanges: false } } });
    };
    const outcomes = await runDetailsChecks(signInsOnly);
    expect(outcomes[CHECK.change]).toBe('skipped');
    expect(Object.keys(outcomes).filter((name) => outcomes[name] === 'failed')).toEqual([]);
  });

  it('fails a verification that can only be given, never taken back', async () => {
    const onlyTrue = broken((memory) => ({ setUserVerified: (userId, change) => memory.setUserVerified!(userId, change.email === false ? {} : change) }));
    expect(await failed(onlyTrue)).toEqual([CHECK.verifyEmail]);
  });

  it('fails a resend that activates the invited user', async () => {
    const activates = broken((memory) => ({
      async resendInvitation(userId) {
        await memory.setUserStatus!(userId, 'active');
      },
    }));
    expect(await failed(activates)).toEqual([CHECK.resend, CHECK.refuse]);
  });

  it('fails a revoke that leaves the invitee in the directory', async () => {
    const keepsUser = broken((memory) => ({ revokeInvitation: (userId) => memory.resendInvitation!(userId) }));
    expect(await failed(keepsUser)).toEqual([CHECK.revoke]);
  });

  it('fails an attribute defined twice', async () => {
    const twice = broken((memory) => ({
      async listAttributeDefinitions() {
        const definitions = await memory.listAttributeDefinitions!();
        return [...definitions, definitions[0]!];
      },
    }));
    expect(await failed(twice)).toEqual([CHECK.definitions]);
  });

  it('fails custom attributes replaced whole instead of merged', async () => {
    const replaces = broken((memory) => ({
      async updateUser(userId, patch) {
        if (!patch.customAttributes) return memory.updateUser!(userId, patch);
        const held = (await memory.getUser(userId)).customAttributes;
        const cleared = Object.fromEntries(Object.keys(held).map((key) => [key, null]));
        return memory.updateUser!(userId, { ...patch, customAttributes: { ...cleared, ...patch.customAttributes } });
      },
    }));
    expect(await failed(replaces)).toEqual([CHECK.merge, CHECK.hostile]);
  });

  it('fails attribute values escaped as HTML instead of kept as text', async () => {
    const escape = (value: unknown) => (typeof value === 'string' ? value.replace(/</g, '&lt;') : value);
    const escapes = broken((memory) => ({
      updateUser: (userId, patch) =>
        memory.updateUser!(userId, patch.customAttributes ? { ...patch, customAttributes: Object.fromEntries(Object.entries(patch.customAttributes).map(([k, v]) => [k, escape(v)])) } : patch),
    }));
    expect(await failed(escapes)).toEqual([CHECK.hostile]);
  });

  it('fails a long value cut short instead of refused', async () => {
    const cut = (value: unknown) => (typeof value === 'string' ? value.slice(0, 600) : value);
    const cuts = broken((memory) => ({
      updateUser: (userId, patch) =>
        memory.updateUser!(userId, patch.customAttributes ? { ...patch, customAttributes: Object.fromEntries(Object.entries(patch.customAttributes).map(([k, v]) => [k, cut(v)])) } : patch),
    }));
    expect(await failed(cuts)).toEqual([CHECK.hostile]);
  });

  it('passes a long value refused with invalid_input, as a backend with a length limit does', async () => {
    const refuses = broken((memory) => ({
      async updateUser(userId, patch) {
        if (Object.values(patch.customAttributes ?? {}).some((v) => typeof v === 'string' && v.length > 600)) throw new RosterError('invalid_input', { fieldErrors: { customAttributes: 'At most 600 characters.' } });
        return memory.updateUser!(userId, patch);
      },
    }));
    expect(await failed(refuses)).toEqual([]);
  });

  it('fails an attribute named __proto__ assigned, which swaps the prototype and loses the key', async () => {
    const assigns = broken((memory) => ({
      updateUser: (userId, patch) => memory.updateUser!(userId, patch.customAttributes ? { ...patch, customAttributes: Object.assign({}, patch.customAttributes) } : patch),
    }));
    expect(await failed(assigns)).toEqual([CHECK.hostile]);
  });

  it('fails a deep merge that writes an attribute named __proto__ into Object.prototype, and undoes it', async () => {
    function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
      for (const key of Object.keys(source)) {
        const value = source[key];
        if (typeof value === 'object' && value !== null) deepMerge((target[key] ??= {}) as Record<string, unknown>, value as Record<string, unknown>);
        else target[key] = value;
      }
      return target;
    }
    const pollutes = broken((memory) => ({
      updateUser: (userId, patch) => memory.updateUser!(userId, patch.customAttributes ? { ...patch, customAttributes: deepMerge({}, patch.customAttributes) } : patch),
    }));
    expect(await failed(pollutes)).toEqual([CHECK.hostile]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
