/**
 * What the checks of one user, whole, share: the requirement of a `capabilities.details` flag and
 * its method, a user of the check's own to change (made for it where the adapter can create one,
 * deleted afterwards), and the custom attribute values an attacker would try.
 */
import type { RosterAdapter } from '../../core/adapter.js';
import type { User } from '../../core/model.js';
import { userDetailsAvailable, type UserDetailsFlag } from '../../core/userDetails.js';
import { parseUser } from '../../core/validate.js';
import { baseCreate, firstUser, newEmail, type Requirement } from './kit.js';
import { quietly } from './manageKit.js';

const METHOD_OF: Record<UserDetailsFlag, string> = {
  lookupByEmail: 'getUserByEmail',
  activity: 'listUserActivity',
  activityIncludesChanges: 'listUserActivity',
  verifyEmail: 'setUserVerified',
  verifyPhone: 'setUserVerified',
  resendInvitation: 'resendInvitation',
  revokeInvitation: 'revokeInvitation',
  attributeDefinitions: 'listAttributeDefinitions',
};

/** Declared in `capabilities.details`, and its method there (userDetailsAvailable), for every flag. */
export function offers(...flags: UserDetailsFlag[]): Requirement {
  return {
    needs: flags.map((flag) => `capabilities.details.${flag}`).join(' + '),
    unmet(adapter) {
      const available = userDetailsAvailable(adapter);
      const missing = flags.find((flag) => !available[flag]);
      if (missing === undefined) return null;
      return adapter.capabilities.details[missing] ? `capabilities.details.${missing} is true, but the adapter has no ${METHOD_OF[missing]}` : `capabilities.details.${missing} is false`;
    },
  };
}

/** At least one of the flags is offered. */
export function offersAny(...flags: UserDetailsFlag[]): Requirement {
  return {
    needs: flags.map((flag) => `capabilities.details.${flag}`).join(' or '),
    unmet(adapter) {
      const available = userDetailsAvailable(adapter);
      return flags.some((flag) => available[flag]) ? null : `the adapter offers none of ${flags.map((flag) => `capabilities.details.${flag}`).join(', ')}`;
    },
  };
}

/** updateUser takes `field`. */
export function edits(field: 'customAttributes' | null): Requirement {
  return {
    needs: field ? `updateUser + capabilities.editableFields "${field}"` : 'updateUser + capabilities.editableFields',
    unmet(adapter) {
      if (!adapter.updateUser) return 'the adapter has no updateUser';
      const fields = adapter.capabilities.editableFields;
      if (field ? !fields.includes(field) : fields.length === 0) return `capabilities.editableFields is ${JSON.stringify(fields)}`;
      return null;
    },
  };
}

export interface OwnUser {
  user: User;
  /** Deletes the user where the check made it. Never throws: the check's own result stands. */
  cleanup(): Promise<void>;
}

/**
 * A user this check may change: made for it where the adapter creates users (`invite` where it
 * only invites, `phone` where it can store one and `withPhone` asks), else the directory's first.
 */
export async function ownUser(adapter: RosterAdapter, options: { withPhone?: boolean; invite?: boolean } = {}): Promise<OwnUser> {
  if (!adapter.createUser) return { user: await firstUser(adapter), cleanup: async () => {} };
  const phone = options.withPhone && adapter.capabilities.createUser.phone ? { phone: '+15555550142' } : {};
  const invite = options.invite ? { invite: true as const } : baseCreate(adapter);
  const user = parseUser(await adapter.createUser({ ...invite, ...phone, email: newEmail(), name: 'Contract Details Person' }));
  return {
    user,
    cleanup: () => quietly(() => (adapter.deleteUser ? adapter.deleteUser(user.id) : adapter.revokeInvitation?.(user.id))),
  };
}

/** `capabilities.createUser.invite`: the checks of invitations invite a user of their own. */
export const invites: Requirement = {
  needs: 'createUser + capabilities.createUser.invite',
  unmet: (adapter) => (!adapter.createUser ? 'the adapter has no createUser' : adapter.capabilities.createUser.invite ? null : 'capabilities.createUser.invite is false'),
};

/** 10 kB of text from several scripts, a right-to-left override and a zero-width joiner among them. */
export const LONG_VALUE = `${'Ünïcödé ✓ 名前 اسم \u202E\u200D '.repeat(600)}`.slice(0, 10_240);

/** Values that must come back byte for byte: markup, quotes, a right-to-left override. */
export const HOSTILE_VALUES: Readonly<Record<string, string>> = {
  rosterContractMarkup: '<img src=x onerror=alert(1)>',
  rosterContractQuotes: `Robert'); DROP TABLE users;-- "quoted" & <b>bold</b> \u202Egnp.exe`,
};

/** A custom attribute named `__proto__`, as an own key, as JSON.parse gives it to a server. */
export const PROTO_PATCH = (): Record<string, unknown> => JSON.parse('{"__proto__":{"polluted":"yes"}}') as Record<string, unknown>;

/** Whether anything now inherits `polluted`: a write reached Object.prototype. Removes it if so. */
export function prototypePolluted(): boolean {
  const polluted = ({} as Record<string, unknown>).polluted !== undefined;
  // Undone at once, so one broken adapter does not break every check after it.
  if (polluted) delete (Object.prototype as Record<string, unknown>).polluted;
  return polluted;
}
