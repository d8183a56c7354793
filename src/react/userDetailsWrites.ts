/**
 * The writes UserDetails adds: verification and invitations. Pessimistic, like the other single
 * user writes: the screen changes when the backend agrees. Each runs in the user's write queue and
 * revalidates the user's activity, where the change shows up as an event.
 */
import { RosterError } from '../core/errors.js';
import type { User, VerificationChange } from '../core/model.js';
import type { RosterWrites } from './rosterClient.js';
import { dropUserFromCache, foldUserIntoCache, revalidateUser } from './userCache.js';

export interface UserDetailsWrites {
  setUserVerified(userId: string, change: VerificationChange): Promise<User>;
  resendInvitation(userId: string): Promise<void>;
  /** Withdraws the invitation; the invited user is gone afterwards, from every list. */
  revokeInvitation(userId: string): Promise<void>;
}

function unsupported(what: string): never {
  throw new RosterError('unsupported', { message: `This identity provider does not support ${what}.` });
}

function createUserDetailsWrites(writes: RosterWrites): UserDetailsWrites {
  const { adapter, queue } = writes;
  return {
    setUserVerified(userId, change) {
      const send = adapter.setUserVerified;
      if (!send) unsupported('marking users verified');
      return queue(userId, async () => {
        const user = await send(userId, change);
        await foldUserIntoCache(writes, userId, (u) => ({ ...u, emailVerified: user.emailVerified, phoneVerified: user.phoneVerified }));
        revalidateUser(writes, userId);
        return user;
      });
    },
    resendInvitation(userId) {
      const send = adapter.resendInvitation;
      if (!send) unsupported('resending invitations');
      return queue(userId, async () => {
        await send(userId);
        revalidateUser(writes, userId);
      });
    },
    revokeInvitation(userId) {
      const send = adapter.revokeInvitation;
      if (!send) unsupported('revoking invitations');
      return queue(userId, async () => {
        await send(userId);
        await dropUserFromCache(writes, userId);
      });
    },
  };
}

const made = new WeakMap<RosterWrites, UserDetailsWrites>();

/** The provider's details writes, made on first use so a page without UserDetails does not bundle them. */
export function userDetailsWritesFor(writes: RosterWrites): UserDetailsWrites {
  let found = made.get(writes);
  if (!found) made.set(writes, (found = createUserDetailsWrites(writes)));
  return found;
}
