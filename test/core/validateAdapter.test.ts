import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { adapterMethods, FULL_CAPABILITIES, NO_CREATE_INPUTS, type RosterAdapter } from '../../src/core/adapter.js';
import { isRosterError, RosterError } from '../../src/core/errors.js';
import { guardAdapter } from '../../src/core/guardAdapter.js';
import { validateAdapter, validateCapabilities, type AdapterProblem } from '../../src/core/validateAdapter.js';
import { withUpstreamErrors } from '../../src/server/upstreamErrors.js';
import { DirectoryAdapter } from '../testing/classAdapter.js';

const paths = (problems: AdapterProblem[]) => problems.map((p) => p.path);

function problemsOf(value: unknown): AdapterProblem[] {
  const result = validateAdapter(value);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const reads = {
  listUsers: async () => ({ items: [], total: 0, nextCursor: null }),
  getUser: async () => null,
  listRoles: async () => [],
  listOrganizations: async () => ({ items: [], total: 0, nextCursor: null }),
  listUserMemberships: async () => [],
};
const readOnlyCapabilities = { ...FULL_CAPABILITIES, createUser: NO_CREATE_INPUTS, editableFields: [], userStatus: false };

describe('validateCapabilities', () => {
  it('accepts a complete description and returns it typed', () => {
    expect(validateCapabilities(FULL_CAPABILITIES)).toEqual({ ok: true, value: FULL_CAPABILITIES });
  });

  it('names every missing field, and a key written under another name', () => {
    const result = validateCapabilities({ sort: ['name'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(paths(result.problems)).toEqual([
      'capabilities.search',
      'capabilities.sortFields',
      'capabilities.filters',
      'capabilities.pagination',
      'capabilities.totals',
      'capabilities.maxPageSize',
      'capabilities.projectRoles',
      'capabilities.organizationRoles',
      'capabilities.roleUpdates',
      'capabilities.rolesPerMembership',
      'capabilities.createUser',
      'capabilities.editableFields',
      'capabilities.userStatus',
      'capabilities.manage',
      'capabilities.details',
    ]);
    expect(result.problems[1]!.message).toBe(
      'expected an array of "name", "email", "createdAt", "lastLoginAt", "status" (any of them, or none), got undefined (there is a "sort": the field is called "sortFields"). ' +
        'Declare the fields your backend can sort by, or [] when it cannot.',
    );
  });

  it('checks values, nested flags and list members, each at its own path', () => {
    const result = validateCapabilities(
      {
        ...FULL_CAPABILITIES,
        sortFields: ['name', 'nmae'],
        filters: { status: true, roleIds: 'yes' },
        pagination: 'pages',
        maxPageSize: 0,
        roleUpdates: 'replace',
        rolesPerMembership: 1,
        createUser: { ...NO_CREATE_INPUTS, phone: 1 },
        editableFields: ['name', 'email'],
        userStatus: 'true',
      },
      'body.capabilities',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.problems.map((p) => [p.path, p.message.split('. ')[0]]))).toEqual({
      'body.capabilities.sortFields[1]': 'expected one of "name", "email", "createdAt", "lastLoginAt", "status", got "nmae"',
      'body.capabilities.filters.roleIds': 'expected true or false, got "yes"',
      'body.capabilities.filters.organizationId': 'expected true or false, got undefined',
      'body.capabilities.pagination': 'expected one of "offset", "cursor", got "pages"',
      'body.capabilities.maxPageSize': 'expected a positive integer, got 0',
      'body.capabilities.roleUpdates': 'expected one of "delta", "set", got "replace"',
      'body.capabilities.rolesPerMembership': 'expected one of "many", "one", got 1',
      'body.capabilities.createUser.phone': 'expected true or false, got 1',
      'body.capabilities.editableFields[1]': 'expected one of "name", "givenName", "familyName", "phone", "picture", "customAttributes", got "email"',
      'body.capabilities.userStatus': 'expected true or false, got "true"',
    });
  });

  it('takes one role per membership, with a fix hint naming both choices', () => {
    expect(validateCapabilities({ ...FULL_CAPABILITIES, rolesPerMembership: 'one' }).ok).toBe(true);
    const result = validateCapabilities({ ...FULL_CAPABILITIES, rolesPerMembership: 'single' });
    expect(result.ok || result.problems).toEqual([
      { path: 'capabilities.rolesPerMembership', message: expect.stringMatching(/^expected one of "many", "one", got "single"\. Use "many" when .* "one" when each membership holds exactly one role/) },
    ]);
  });

  it('asks whether the activity holds the changes, saying what the flag means', () => {
    const { activityIncludesChanges: _left, ...details } = FULL_CAPABILITIES.details;
    const result = validateCapabilities({ ...FULL_CAPABILITIES, details });
    expect(result.ok || result.problems).toEqual([
      { path: 'capabilities.details.activityIncludesChanges', message: expect.stringMatching(/^expected true or false, got undefined\. True when listUserActivity itself lists each change .* false when it holds sign-ins only/) },
    ]);
  });

  it('refuses something that is not an object at all, once', () => {
    const result = validateCapabilities(['search']);
    expect(result).toEqual({ ok: false, problems: [{ path: 'capabilities', message: expect.stringMatching(/^expected an object describing what the backend can do, got \["search"\]\. /) }] });
  });
});

describe('validateAdapter', () => {
  it('accepts the memory adapter, full and read-only', () => {
    expect(validateAdapter(createMemoryAdapter()).ok).toBe(true);
    expect(validateAdapter(createMemoryAdapter({ readOnly: true })).ok).toBe(true);
  });

  it('accepts a class instance whose methods and capabilities are inherited', () => {
    expect(validateAdapter(new DirectoryAdapter()).ok).toBe(true);
  });

  it('reports the id, a missing read method and a write method that is not a function, all at once', () => {
    const problems = problemsOf({ ...reads, listUsers: undefined, deleteUser: 'yes', createUser: null, id: '', capabilities: readOnlyCapabilities });
    expect(problems).toEqual([
      { path: 'adapter.id', message: expect.stringContaining('expected a non-empty string, got "". Give the adapter a stable id') },
      { path: 'adapter.listUsers', message: expect.stringContaining('expected a function, got undefined. Every adapter implements listUsers(query, ctx)') },
      { path: 'adapter.deleteUser', message: expect.stringContaining('expected a function or nothing, got "yes". Implement deleteUser, or leave it out') },
    ]);
  });

  it('requires the method behind every write the capabilities promise', () => {
    const problems = problemsOf({ ...reads, id: 'promises', capabilities: { ...FULL_CAPABILITIES, createUser: { ...NO_CREATE_INPUTS, invite: true }, editableFields: ['name'] } });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'adapter.createUser: expected a function, got undefined, yet capabilities.createUser turns on invite. Implement createUser, or set every capabilities.createUser flag to false (NO_CREATE_INPUTS) when the adapter cannot create users.',
      'adapter.updateUser: expected a function, got undefined, yet capabilities.editableFields lists name. Implement updateUser, or declare editableFields: [] when the adapter cannot edit users.',
      'adapter.setUserStatus: expected a function, got undefined, yet capabilities.userStatus is true. Implement setUserStatus, or declare userStatus: false when the adapter cannot enable and disable users.',
    ]);
  });

  it('refuses a value that is not an adapter', () => {
    expect(problemsOf(undefined)).toEqual([{ path: 'adapter', message: expect.stringMatching(/^expected an adapter object, got undefined\. Pass a RosterAdapter/) }]);
  });
});

describe('guardAdapter', () => {
  it('throws one TypeError listing every problem', () => {
    const call = () => guardAdapter({ id: 'broken', capabilities: { sort: ['name'] } } as unknown as RosterAdapter);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^Roster: the adapter cannot be used \(20 problems\):\n {2}- adapter\.capabilities\.search: /);
  });

  it('keeps a class instance’s inherited methods, called with the instance as `this`', async () => {
    const guarded = guardAdapter(new DirectoryAdapter({ seed: 4 }));
    const page = await guarded.listUsers({ page: { size: 3 } });
    expect(page.items).toHaveLength(3);
    const user = await guarded.setUserStatus!(page.items[0]!.id, 'disabled');
    expect(user.status).toBe('disabled');
    expect(typeof guarded.removeUserMembership).toBe('function');
  });
});

describe('adapterMethods', () => {
  it('finds methods by name through the prototype chain, bound to the adapter, and nothing else', async () => {
    const adapter = new DirectoryAdapter({ seed: 4 });
    const methods = adapterMethods(adapter);
    expect(Object.keys(methods).sort()).toEqual(
      [
        'listUsers', 'getUser', 'listRoles', 'listOrganizations', 'listUserMemberships', 'createUser', 'updateUser', 'deleteUser',
        'setUserStatus', 'addUserRoles', 'removeUserRoles', 'setUserRoles', 'addUserMembership', 'removeUserMembership',
      ].sort(),
    );
    expect(await methods.listRoles!()).toEqual(await adapter.listRoles());
    expect(Object.keys(adapterMethods(createMemoryAdapter({ readOnly: true })))).not.toContain('snapshot');
  });
});

describe('withUpstreamErrors (server)', () => {
  it('wraps a class instance’s inherited methods, keeping `this` and re-reading a rejected server credential', async () => {
    class Upstream extends DirectoryAdapter {
      override getUser(): never {
        throw new RosterError('unauthorized', { status: 401 });
      }
    }
    const wrapped = withUpstreamErrors(new Upstream({ seed: 4 }));
    expect((await wrapped.listUsers({ page: { size: 2 } })).items).toHaveLength(2);
    const error = await wrapped.getUser('anyone').catch((e: unknown) => e);
    expect(isRosterError(error) && [error.code, error.status]).toEqual(['server', 502]);
  });
});
