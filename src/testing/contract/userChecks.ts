/** Managing users: create with each declared input, update each editable field, status, delete. */
import { isRosterError } from '../../core/errors.js';
import { parseMemberships, parseOrganizationsPage, parseRoles, parseUser } from '../../core/validate.js';
import { check, checkEqual, checkRejects, sameMembers } from '../assert.js';
import { baseCreate, capability, createInput, EDITED_VALUES, firstUser, isCode, methods, newEmail, type Check } from './kit.js';

export function userChecks(test: Check): void {
  test(
    'createUser creates a user that can be read back',
    async (adapter) => {
      const email = newEmail();
      const created = parseUser(await adapter.createUser!({ ...baseCreate(adapter), email, name: 'Contract Person' }));
      checkEqual(created.email, email, 'createUser must keep the email');
      const fetched = parseUser(await adapter.getUser(created.id));
      checkEqual([fetched.id, fetched.email], [created.id, email], 'a created user must be readable');
    },
    methods('createUser'),
  );

  test(
    'creating a user with a malformed email rejects with invalid_input',
    async (adapter) => {
      const error = await checkRejects(adapter.createUser!({ ...baseCreate(adapter), email: 'not-an-email' }), isCode('invalid_input'), 'a malformed email must be rejected as invalid_input');
      check(isRosterError(error) && typeof error.message === 'string' && error.message.length > 0, 'the error needs a message');
    },
    methods('createUser'),
  );

  test(
    'createUser without an invitation makes an active user',
    async (adapter) => {
      const created = parseUser(await adapter.createUser!({ email: newEmail() }));
      checkEqual(parseUser(await adapter.getUser(created.id)).status, 'active', 'a user created without an invitation must read back as active');
    },
    createInput('active'),
  );

  test(
    'createUser with invite: true invites the user',
    async (adapter) => {
      const created = parseUser(await adapter.createUser!({ ...baseCreate(adapter), email: newEmail(), invite: true }));
      checkEqual(parseUser(await adapter.getUser(created.id)).status, 'invited', 'an invited user must read back as invited');
    },
    createInput('invite'),
  );

  test(
    'createUser stores the phone number',
    async (adapter) => {
      const created = parseUser(await adapter.createUser!({ ...baseCreate(adapter), email: newEmail(), phone: '+15555550123' }));
      checkEqual(parseUser(await adapter.getUser(created.id)).phone, '+15555550123', 'the phone number must read back');
    },
    createInput('phone'),
  );

  test(
    'createUser stores given and family names',
    async (adapter) => {
      const created = parseUser(await adapter.createUser!({ ...baseCreate(adapter), email: newEmail(), givenName: 'Contract', familyName: 'Person' }));
      const user = parseUser(await adapter.getUser(created.id));
      checkEqual([user.givenName, user.familyName], ['Contract', 'Person'], 'givenName and familyName must read back');
    },
    createInput('nameParts'),
  );

  test(
    'createUser stores custom attributes',
    async (adapter) => {
      const created = parseUser(await adapter.createUser!({ ...baseCreate(adapter), email: newEmail(), customAttributes: { rosterContract: 'kept' } }));
      checkEqual(parseUser(await adapter.getUser(created.id)).customAttributes.rosterContract, 'kept', 'a custom attribute must read back');
    },
    createInput('customAttributes'),
  );

  test(
    'createUser grants project-wide roles',
    async (adapter) => {
      const [role] = parseRoles(await adapter.listRoles());
      const created = parseUser(await adapter.createUser!({ ...baseCreate(adapter), email: newEmail(), roleIds: [role!.id] }));
      checkEqual(parseUser(await adapter.getUser(created.id)).roleIds, [role!.id], 'the roles given at creation must be held');
    },
    createInput('roleIds'),
  );

  test(
    'createUser places the user in an organization',
    async (adapter) => {
      const org = parseOrganizationsPage(await adapter.listOrganizations()).items[0]!;
      const roleIds = adapter.capabilities.organizationRoles ? parseRoles(await adapter.listRoles({ organizationId: org.id })).slice(0, 1).map((r) => r.id) : [];
      const created = parseUser(await adapter.createUser!({ ...baseCreate(adapter), email: newEmail(), organization: { id: org.id, roleIds } }));
      const membership = parseMemberships(await adapter.listUserMemberships(created.id)).find((m) => m.organization.id === org.id);
      check(membership, 'the created user must be a member of the organization');
      check(sameMembers(membership.roleIds, roleIds), 'the created user must hold the given roles in the organization');
    },
    createInput('organization'),
  );

  test(
    'updateUser changes each editable field and leaves the others',
    async (adapter) => {
      const userId = (await firstUser(adapter)).id;
      for (const field of adapter.capabilities.editableFields) {
        const before = parseUser(await adapter.getUser(userId));
        const value = EDITED_VALUES[field];
        const updated = parseUser(await adapter.updateUser!(userId, { [field]: value }));
        const after = parseUser(await adapter.getUser(userId));
        for (const user of [updated, after]) {
          if (field === 'customAttributes') checkEqual(user.customAttributes.rosterContract, 'edited', 'updateUser must change the custom attribute it was given');
          else checkEqual(user[field], value, `updateUser({ ${field} }) must change ${field}`);
        }
        for (const other of ['email', 'status', 'roleIds', 'phone', 'picture'] as const) {
          if (other !== field) checkEqual(after[other], before[other], `updateUser({ ${field} }) must leave ${other} as it was`);
        }
      }
    },
    capability('editableFields', (c) => c.editableFields, (fields) => fields.length > 0),
  );

  test(
    'setUserStatus disables and enables a user',
    async (adapter) => {
      const { items } = await adapter.listUsers({ page: { size: 20 } });
      const user = items.find((u) => u.status === 'active');
      check(user, 'none of the first 20 users is active; the fixture should have some');
      checkEqual(parseUser(await adapter.setUserStatus!(user.id, 'disabled')).status, 'disabled', 'setUserStatus(disabled) must disable');
      checkEqual(parseUser(await adapter.getUser(user.id)).status, 'disabled', 'a disabled user must read back as disabled');
      checkEqual(parseUser(await adapter.setUserStatus!(user.id, 'active')).status, 'active', 'setUserStatus(active) must enable');
      checkEqual(parseUser(await adapter.getUser(user.id)).status, 'active', 'an enabled user must read back as active');
    },
    capability('userStatus', (c) => c.userStatus),
  );

  test(
    'deleteUser removes the user, and not_found the second time',
    async (adapter) => {
      const userId = (await firstUser(adapter)).id;
      await adapter.deleteUser!(userId);
      await checkRejects(adapter.getUser(userId), isCode('not_found'), 'a deleted user must be gone');
      await checkRejects(adapter.deleteUser!(userId), isCode('not_found'), 'deleting a deleted user must reject with not_found');
    },
    methods('deleteUser'),
  );
}
