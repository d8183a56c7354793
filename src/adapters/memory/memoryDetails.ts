/**
 * One user, whole, in the memory directory: lookup by email, the activity log, verification,
 * invitations and the attributes' definitions. Like a narrower backend, a directory whose
 * `capabilities.details` withdraws something has no method for it, and `setUserVerified` refuses a
 * flag it does not declare rather than store it.
 */
import type { AdapterCapabilities, AdapterMethodName, RequestContext, RosterAdapter } from '../../core/adapter.js';
import { RosterError } from '../../core/errors.js';
import type { AttributeDefinition, User } from '../../core/model.js';
import { USER_DETAILS_WRITE_METHODS } from '../../core/userDetails.js';
import type { ActivityLog } from './activity.js';

export interface DetailsStore {
  users: Map<string, User>;
  capabilities: AdapterCapabilities;
  log: ActivityLog;
  actor: string;
  attributeDefinitions: readonly AttributeDefinition[];
  enter(operation: AdapterMethodName, ctx: RequestContext | undefined): Promise<void>;
  findUser(userId: string): User;
  /** `user` was changed in place or deleted (already out of `users`). */
  changed(user: User): void;
}

type DetailsRead = 'getUserByEmail' | 'listUserActivity' | 'listAttributeDefinitions';
type DetailsWrite = (typeof USER_DETAILS_WRITE_METHODS)[number];

export interface MemoryDetails {
  /** Reads: kept by a read-only directory too. */
  reads: Partial<Pick<RosterAdapter, DetailsRead>>;
  /** The writes `capabilities.details` allows. */
  writes: Partial<Pick<RosterAdapter, DetailsWrite>>;
}

function invalid(field: string, message: string): never {
  throw new RosterError('invalid_input', { status: 400, message, fieldErrors: { [field]: message } });
}

function unsupported(what: string): never {
  throw new RosterError('unsupported', { message: `This directory was set up without ${what}.` });
}

export function createMemoryDetails(store: DetailsStore): MemoryDetails {
  const { users, capabilities, log, enter, findUser, changed } = store;
  const details = capabilities.details;

  function invitee(userId: string): User {
    const user = findUser(userId);
    if (user.status !== 'invited') invalid('status', 'Only an invited user has an invitation.');
    return user;
  }

  const reads: Required<MemoryDetails['reads']> = {
    async getUserByEmail(email, ctx) {
      await enter('getUserByEmail', ctx);
      const wanted = typeof email === 'string' ? email.trim().toLowerCase() : '';
      if (!wanted) invalid('email', 'Enter an email address.');
      // A scan, as createUser's own check: an email never changes, and a lookup is one request.
      for (const user of users.values()) if (user.email?.toLowerCase() === wanted) return structuredClone(user);
      throw new RosterError('not_found', { status: 404, message: 'No user with this email address.' });
    },

    async listUserActivity(userId, query, ctx) {
      await enter('listUserActivity', ctx);
      return log.page(findUser(userId), query.page, capabilities.maxPageSize);
    },

    async listAttributeDefinitions(ctx) {
      await enter('listAttributeDefinitions', ctx);
      return structuredClone([...store.attributeDefinitions]);
    },
  };

  const writes: Required<MemoryDetails['writes']> = {
    async setUserVerified(userId, change, ctx) {
      await enter('setUserVerified', ctx);
      const user = findUser(userId);
      const { email, phone } = change ?? {};
      for (const [field, flag] of [['email', email], ['phone', phone]] as const) if (flag !== undefined && typeof flag !== 'boolean') invalid(field, 'Must be true or false.');
      if (email !== undefined && !details.verifyEmail) unsupported('verifying email addresses');
      if (phone !== undefined && !details.verifyPhone) unsupported('verifying phone numbers');
      if (phone && !user.phone) invalid('phone', 'The user has no phone number to verify.');
      const fields: string[] = [];
      if (email !== undefined) {
        user.emailVerified = email;
        fields.push('emailVerified');
      }
      if (phone !== undefined) {
        user.phoneVerified = phone;
        fields.push('phoneVerified');
      }
      if (fields.length) {
        changed(user);
        log.record(user, { action: 'user.verification.update', fields });
      }
      return structuredClone(user);
    },

    async resendInvitation(userId, ctx) {
      await enter('resendInvitation', ctx);
      const user = invitee(userId);
      // Sent again now, by whoever sends it this time.
      user.invitation = { sentAt: new Date().toISOString(), invitedBy: store.actor };
      changed(user);
      log.record(user, { action: 'invitation.resend', fields: ['invitation'] });
    },

    async revokeInvitation(userId, ctx) {
      await enter('revokeInvitation', ctx);
      const user = invitee(userId);
      // The invitee goes with the invitation, as in Descope, Clerk and WorkOS.
      users.delete(userId);
      changed(user);
      log.forget(userId);
    },
  };

  const readFlags: Record<DetailsRead, boolean> = { getUserByEmail: details.lookupByEmail, listUserActivity: details.activity, listAttributeDefinitions: details.attributeDefinitions };
  const writeFlags: Record<DetailsWrite, boolean> = {
    setUserVerified: details.verifyEmail || details.verifyPhone,
    resendInvitation: details.resendInvitation,
    revokeInvitation: details.revokeInvitation,
  };
  return {
    reads: Object.fromEntries(Object.entries(reads).filter(([name]) => readFlags[name as DetailsRead])),
    writes: Object.fromEntries(Object.entries(writes).filter(([name]) => writeFlags[name as DetailsWrite])),
  };
}
