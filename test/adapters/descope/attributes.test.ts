// @vitest-environment node
// listAttributeDefinitions with a management key: Descope's schema (`GET /v1/mgmt/user/customattributes`)
// as typed definitions, and custom attribute edits that merge.
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { guardAdapter } from '../../../src/core/guardAdapter.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator, sent } = useDescopeEmulator();
let adapter: RosterAdapter;
beforeEach(() => {
  adapter = guardAdapter(createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } }));
});

const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

describe('listAttributeDefinitions (management key)', () => {
  it('types the seeded schema; a management key may edit every attribute', async () => {
    const definitions = await adapter.listAttributeDefinitions!();
    const [request] = await sent();
    expect(request).toMatchObject({ method: 'GET', path: '/v1/mgmt/user/customattributes', query: {} });
    expect(definitions).toEqual([
      { key: 'department', label: 'Department', type: 'string', editable: true, options: ['Sales', 'Engineering', 'Finance', 'Operations', 'Legal'] },
      { key: 'employeeId', label: 'Employee ID', type: 'number', editable: true },
      { key: 'startDate', label: 'Start date', type: 'date', editable: true },
      { key: 'remote', label: 'Works remotely', type: 'boolean', editable: true },
      { key: 'tags', label: 'Tags', type: 'list', editable: true },
    ]);
  });

  it('reads every Descope type and both forms of options, leaves out types it does not know, keeps the first of a name', async () => {
    emulator.state.customAttributes = [
      { name: 'note', type: 1, displayName: '' },
      { name: 'tier', type: 4, options: ['gold', 'silver'], displayName: 'Tier', editable: false },
      { name: 'hologram', type: 9, displayName: 'From the future' },
      { name: 'note', type: 2, displayName: 'A second “note”' },
      { name: '__proto__', type: 5 },
    ];
    expect(await adapter.listAttributeDefinitions!()).toEqual([
      { key: 'note', label: null, type: 'string', editable: true },
      { key: 'tier', label: 'Tier', type: 'string', editable: true, options: ['gold', 'silver'] },
      { key: '__proto__', label: null, type: 'list', editable: true },
    ]);
  });

  it('keeps an `editable: false` Descope sends, and hostile names and labels byte for byte', async () => {
    const hostile = '<b onmouseover=alert(1)>\u202eevil\u0000';
    emulator.faults.failNext('/v1/mgmt/user/customattributes', {
      status: 200,
      body: { data: [{ name: hostile, type: 4, displayName: hostile, options: [{ value: hostile, label: 'x' }], editable: false }], total: '1' },
    });
    expect(await adapter.listAttributeDefinitions!()).toEqual([{ key: hostile, label: hostile, type: 'string', editable: false, options: [hostile] }]);
  });

  it('an answer without definitions is none; a malformed one is bad_response', async () => {
    emulator.faults.failNext('/v1/mgmt/user/customattributes', { status: 200, body: {} });
    expect(await adapter.listAttributeDefinitions!()).toEqual([]);
    const bodies = [
      { data: 'none' },
      { data: [{ type: 1 }] },
      { data: [{ name: 'a', type: '1' }] },
      { data: [{ name: 'a', type: 4, options: [{ value: 3 }] }] },
      { data: [{ name: 'a', type: 1, editable: 'yes' }] },
      { data: [{ name: 'a', type: 1, displayName: ['A'] }] },
    ];
    for (const body of bodies) {
      emulator.faults.failNext('/v1/mgmt/user/customattributes', { status: 200, body });
      expect(await failure(adapter.listAttributeDefinitions!())).toMatchObject({ code: 'bad_response' });
    }
    emulator.faults.failNext('/v1/mgmt/user/customattributes', { status: 403 });
    expect(await failure(adapter.listAttributeDefinitions!())).toMatchObject({ code: 'forbidden' });
  });
});

describe('custom attributes on the user', () => {
  it('an update changes only the keys it names; the others stay', async () => {
    const user = emulator.state.users.find((u) => Object.keys(u.customAttributes).length >= 2)!;
    const before = structuredClone(user.customAttributes);
    const [first] = Object.keys(before);
    const updated = await adapter.updateUser!(user.userId, { customAttributes: { [first!]: 'changed', added: [1, 2] } });
    expect(updated.customAttributes).toEqual({ ...before, [first!]: 'changed', added: [1, 2] });
    expect(emulator.userDetails(user.userId).user!.customAttributes).toEqual({ ...before, [first!]: 'changed', added: [1, 2] });
  });
});
