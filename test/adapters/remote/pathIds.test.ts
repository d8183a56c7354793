// @vitest-environment node
/**
 * Finding 10 of issue 14: ids become path segments, and `..` in a path is the parent directory
 * (percent-encoding does not help: URL parsing reads `%2e%2e` as `..` too). An id that could move
 * a request to another route must be refused before any request is made.
 */
import { describe, expect, it } from 'vitest';
import { createRemoteAdapter } from '../../../src/adapters/remote/index.js';
import { ADAPTER_OPTIONAL_READ_METHODS, ADAPTER_WRITE_METHODS, type RosterAdapter } from '../../../src/core/adapter.js';
import { isRosterError } from '../../../src/core/errors.js';

const BASE = 'https://app.example/roster-api';

/** A fetch that records where each request went and answers like the handler would. */
function recordingFetch() {
  const urls: string[] = [];
  const fetch = async (input: string) => {
    urls.push(input);
    const path = new URL(input).pathname;
    if (/\/memberships$/.test(path)) return Response.json([]);
    if (/^\/roster-api\/users\/[^/]+(\/status)?$/.test(path)) return Response.json({ id: 'u', email: null, name: null, status: 'active', emailVerified: false, roleIds: [], createdAt: null, lastLoginAt: null, customAttributes: {} });
    return new Response(null, { status: 204 });
  };
  return { urls, fetch };
}

/** Every adapter call that puts an id into the path, with `id` in each id position. */
function idCalls(adapter: RosterAdapter, id: string): [string, () => Promise<unknown>][] {
  return [
    ['getUser', () => adapter.getUser(id)],
    ['updateUser', () => adapter.updateUser!(id, { name: 'x' })],
    ['deleteUser', () => adapter.deleteUser!(id)],
    ['setUserStatus', () => adapter.setUserStatus!(id, 'disabled')],
    ['addUserRoles', () => adapter.addUserRoles!(id, ['r'])],
    ['removeUserRoles', () => adapter.removeUserRoles!(id, ['r'])],
    ['setUserRoles', () => adapter.setUserRoles!(id, ['r'])],
    ['listUserMemberships', () => adapter.listUserMemberships(id)],
    ['addUserMembership (user)', () => adapter.addUserMembership!(id, 'org_1')],
    ['addUserMembership (organization)', () => adapter.addUserMembership!('u', id)],
    ['removeUserMembership (user)', () => adapter.removeUserMembership!(id, 'org_1')],
    ['removeUserMembership (organization)', () => adapter.removeUserMembership!('u', id)],
    ['updateRole', () => adapter.updateRole!(id, { name: 'x' })],
    ['deleteRole', () => adapter.deleteRole!(id, { organizationId: 'org_1' })],
    ['updatePermission', () => adapter.updatePermission!(id, { name: 'x' })],
    ['deletePermission', () => adapter.deletePermission!(id)],
    ['getOrganization', () => adapter.getOrganization!(id)],
    ['updateOrganization', () => adapter.updateOrganization!(id, { name: 'x' })],
    ['deleteOrganization', () => adapter.deleteOrganization!(id)],
  ];
}

describe('remote adapter: ids that would leave their path segment', () => {
  const unsafe = ['', '.', '..', 'a\u0000b', 'line\nbreak', 'tab\there', '\u007f', 'c1\u0085'];

  it.each(unsafe.map((id) => [JSON.stringify(id), id]))('refuses %s as invalid_input in every call, sending nothing', async (_label, id) => {
    const { urls, fetch } = recordingFetch();
    const adapter = createRemoteAdapter({ baseUrl: BASE, fetch, writeOperations: ADAPTER_WRITE_METHODS, readOperations: ADAPTER_OPTIONAL_READ_METHODS });
    for (const [name, call] of idCalls(adapter, id)) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isRosterError(error) && error.code, name).toBe('invalid_input');
    }
    expect(urls).toEqual([]);
  });

  it('getUser("..") never requests the API root, and setUserStatus("..") never another route', async () => {
    const { urls, fetch } = recordingFetch();
    const adapter = createRemoteAdapter({ baseUrl: BASE, fetch, writeOperations: ADAPTER_WRITE_METHODS });
    await expect(adapter.getUser('..')).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.setUserStatus!('..', 'disabled')).rejects.toMatchObject({ code: 'invalid_input' });
    expect(urls).toEqual([]);
  });

  it('keeps ids that only look odd, each inside its own segment', async () => {
    const { urls, fetch } = recordingFetch();
    const adapter = createRemoteAdapter({ baseUrl: BASE, fetch, writeOperations: ADAPTER_WRITE_METHODS });
    for (const id of ['...', 'a.b', '.hidden', '%2e%2e', 'a/..', 'ünï cødé']) await adapter.getUser(id);
    expect(urls.map((u) => new URL(u).pathname)).toEqual([
      '/roster-api/users/...',
      '/roster-api/users/a.b',
      '/roster-api/users/.hidden',
      '/roster-api/users/%252e%252e',
      '/roster-api/users/a%2F..',
      '/roster-api/users/%C3%BCn%C3%AF%20c%C3%B8d%C3%A9',
    ]);
  });
});
