/**
 * What each write of a user leaves behind besides the change itself: an entry in the user's
 * activity log, by the directory's actor, naming the fields it touched; and an invitation that
 * belongs to an invited user only — made when a user is invited, gone once the user is not.
 * Wrapped around the writes (memoryWrites.ts) so they stay about the user record alone.
 */
import type { RoleScope, RosterAdapter } from '../../core/adapter.js';
import type { User } from '../../core/model.js';
import { fieldsOfPatch, type ActivityLog, type RecordedChange } from './activity.js';

export interface RecordingStore {
  users: ReadonlyMap<string, User>;
  log: ActivityLog;
  actor: string;
}

type Write = (...args: never[]) => Promise<unknown>;

/** Per write: the user it changed (from its arguments or its answer), and what to record. */
type Describe = (args: unknown[], answer: unknown) => { userId: string; change: RecordedChange } | null;

const roleField = (scope: unknown) => ((scope as RoleScope | undefined)?.organizationId ? 'memberships' : 'roleIds');

const DESCRIBE: Partial<Record<keyof RosterAdapter, Describe>> = {
  createUser: (args, answer) => {
    const user = answer as User;
    return { userId: user.id, change: { action: user.status === 'invited' ? 'user.invite' : 'user.create' } };
  },
  updateUser: ([userId, patch]) => ({ userId: userId as string, change: { action: 'user.update', fields: fieldsOfPatch(patch as object) } }),
  setUserStatus: ([userId, status]) => ({ userId: userId as string, change: { action: status === 'disabled' ? 'user.disable' : 'user.enable', fields: ['status'] } }),
  addUserRoles: ([userId, , scope]) => ({ userId: userId as string, change: { action: 'user.roles.add', fields: [roleField(scope)] } }),
  removeUserRoles: ([userId, , scope]) => ({ userId: userId as string, change: { action: 'user.roles.remove', fields: [roleField(scope)] } }),
  setUserRoles: ([userId, , scope]) => ({ userId: userId as string, change: { action: 'user.roles.set', fields: [roleField(scope)] } }),
  addUserMembership: ([userId]) => ({ userId: userId as string, change: { action: 'user.memberships.add', fields: ['memberships'] } }),
  removeUserMembership: ([userId]) => ({ userId: userId as string, change: { action: 'user.memberships.remove', fields: ['memberships'] } }),
};

/** `writes` with each user write recording its change; deleteUser drops the user's log. */
export function recordingWrites<T extends Partial<RosterAdapter>>(writes: T, store: RecordingStore): T {
  const { users, log, actor } = store;
  const out: Record<string, Write> = {};
  for (const [name, write] of Object.entries(writes) as [keyof RosterAdapter, Write][]) {
    const describe = DESCRIBE[name];
    if (name === 'deleteUser') {
      out[name] = async (...args) => {
        await write(...args);
        log.forget(args[0] as unknown as string);
      };
    } else if (describe) {
      out[name] = async (...args) => {
        const answer = await write(...args);
        const what = describe(args, answer);
        const user = what && users.get(what.userId);
        if (!what || !user) return answer;
        if (name === 'createUser' && user.status === 'invited') user.invitation = { sentAt: user.createdAt, invitedBy: actor };
        const accepted = user.status !== 'invited' && user.invitation !== undefined;
        if (accepted) delete user.invitation;
        log.record(user, what.change);
        // The answer was copied before the invitation changed: copy again.
        return (name === 'createUser' || accepted) && answer !== undefined ? structuredClone(user) : answer;
      };
    } else {
      out[name] = write;
    }
  }
  return out as unknown as T;
}
