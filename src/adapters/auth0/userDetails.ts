/**
 * One Auth0 user, whole: lookup by email, the email's verified flag and the user's log as their
 * activity, each over its Management API v2 route.
 *
 *   Search Users by Email    GET   /users-by-email?email=   → every user with that exact address
 *   Update a User            PATCH /users/{id}               { email_verified }
 *   Get user's log events    GET   /users/{id}/logs          page, per_page, sort, include_totals (activity.ts)
 */
import type { RequestContext, RosterAdapter } from '../../core/adapter.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import type { ActivityEvent, ActivityQuery, Page, User, VerificationChange } from '../../core/model.js';
import { checkPageSize } from '../../core/paging.js';
import type { UserDetailsCapabilities } from '../../core/userDetails.js';
import { afterAnchor, decodeActivityCursor, encodeActivityCursor, readLog, toActivityEvent, type PlacedLog } from './activity.js';
import { auth0Path, listOf, type Auth0Client } from './client.js';
import { badResponse, readUser } from './mapping.js';
import { AUTH0_LOG_RESULT_CAP, AUTH0_MAX_LOGS_PER_PAGE, AUTH0_PATHS as P, type Auth0Log, type Auth0User } from './wire.js';

export const AUTH0_DETAILS: UserDetailsCapabilities = Object.freeze({
  lookupByEmail: true,
  // Sign-ins, failed sign-ins, sign-outs and the user's own account changes (activity.ts); the
  // Management API's changes are logged as the calling application's, not the user's.
  activity: true,
  activityIncludesChanges: false,
  verifyEmail: true,
  // Auth0 keeps `phone_verified` for SMS-connection users only; this adapter's users are in a
  // database connection, which stores no phone number (createUser.phone is false).
  verifyPhone: false,
  // The adapter invites nobody (createUser.invite is false): Auth0's invitations are to an
  // organization and create no user until accepted, so there is no invited user to act on.
  resendInvitation: false,
  revokeInvitation: false,
  // Auth0's metadata is free-form JSON: nothing defines its keys or their types.
  attributeDefinitions: false,
});

export interface Auth0DetailsDeps {
  client: Auth0Client;
  /** The connection the adapter creates users in: its user wins when an address has several. */
  connection: string;
  withRoles(record: Auth0User, signal: AbortSignal | undefined): Promise<User>;
  patch(userId: string, body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<User>;
  getUser(userId: string, ctx?: RequestContext): Promise<User>;
  requireUser(userId: string, signal: AbortSignal | undefined): Promise<void>;
}

export type Auth0DetailsMethods = Required<Pick<RosterAdapter, 'getUserByEmail' | 'setUserVerified' | 'listUserActivity'>>;

const invalid = (field: string, message: string, fieldMessage: string) => new RosterError('invalid_input', { status: 400, message, fieldErrors: { [field]: fieldMessage } });
const notFound = () => new RosterError('not_found', { status: 404, message: 'User not found.' });

/** How far past the page the log is read: one shown entry more says whether another page follows. */
const LOOKAHEAD = 1;

export function createAuth0Details(deps: Auth0DetailsDeps): Auth0DetailsMethods {
  const { client, connection } = deps;

  async function byEmail(email: string, signal: AbortSignal | undefined): Promise<Auth0User[]> {
    const body = await client.call({ method: 'GET', path: auth0Path(P.usersByEmail, {}), query: { email }, signal });
    if (!Array.isArray(body)) throw badResponse('users-by-email: expected an array');
    return body.map(readUser);
  }

  /** One page of Auth0's log (100 entries), each at its place. */
  async function logPage(userId: string, index: number, signal: AbortSignal | undefined): Promise<{ run: PlacedLog[]; full: boolean }> {
    const query = { page: index, per_page: AUTH0_MAX_LOGS_PER_PAGE, sort: 'date:-1', include_totals: true };
    const { items } = listOf(await client.call({ method: 'GET', path: auth0Path(P.userLogs, { id: userId }), query, signal }), 'logs', (v) => readLog(v));
    const run = (items as Auth0Log[]).map((log, i) => ({ log, position: index * AUTH0_MAX_LOGS_PER_PAGE + i }));
    return { run, full: items.length === AUTH0_MAX_LOGS_PER_PAGE };
  }

  return {
    async getUserByEmail(email: string, ctx?: RequestContext): Promise<User> {
      throwIfAborted(ctx?.signal);
      const wanted = typeof email === 'string' ? email.trim() : '';
      if (!wanted) throw invalid('email', 'Give an email address to look up.', 'Required.');
      // Auth0 compares addresses exactly, and stores its own database users' in lower case; other
      // identity providers' keep their case, so the address as given is asked too.
      let found = await byEmail(wanted.toLowerCase(), ctx?.signal);
      if (found.length === 0 && wanted !== wanted.toLowerCase()) found = await byEmail(wanted, ctx?.signal);
      const same = found.filter((u) => u.email?.toLowerCase() === wanted.toLowerCase());
      const user = same.find((u) => u.identities?.some((i) => i.connection === connection)) ?? same[0];
      if (!user) throw notFound();
      return deps.withRoles(user, ctx?.signal);
    },

    async setUserVerified(userId: string, change: VerificationChange, ctx?: RequestContext): Promise<User> {
      throwIfAborted(ctx?.signal);
      if (change?.phone !== undefined) throw new RosterError('unsupported', { message: 'Auth0 keeps a phone number’s verified flag for SMS users only, and this adapter’s users are database users.' });
      const verified = change?.email;
      if (verified === undefined) return deps.getUser(userId, ctx);
      if (typeof verified !== 'boolean') throw invalid('email', 'Say whether the email address is verified.', 'Must be true or false.');
      return deps.patch(userId, { email_verified: verified }, ctx?.signal);
    },

    async listUserActivity(userId: string, query: ActivityQuery, ctx?: RequestContext): Promise<Page<ActivityEvent>> {
      throwIfAborted(ctx?.signal);
      const { size, cursor, index } = query?.page ?? ({} as ActivityQuery['page']);
      checkPageSize(size, AUTH0_MAX_LOGS_PER_PAGE);
      if (!cursor && index) throw invalid('page.index', 'Activity is paged by cursor only.', 'Use nextCursor instead.');
      const anchor = cursor ? decodeActivityCursor(cursor) : null;
      // From the last entry shown (its place when it was shown), so it is found and skipped.
      let position = anchor ? anchor.offset - 1 : 0;
      const isNew = afterAnchor(anchor);
      const shown: Array<{ event: ActivityEvent; placed: PlacedLog }> = [];
      while (shown.length < size + LOOKAHEAD && position < AUTH0_LOG_RESULT_CAP) {
        const pageIndex = Math.floor(position / AUTH0_MAX_LOGS_PER_PAGE);
        const { run, full } = await logPage(userId, pageIndex, ctx?.signal);
        // Auth0 answers an empty log, not 404, for a user it does not have.
        if (!anchor && pageIndex === 0 && run.length === 0) await deps.requireUser(userId, ctx?.signal);
        for (const placed of run) {
          if (placed.position < position || !isNew(placed.log)) continue;
          const event = toActivityEvent(placed.log);
          if (event) shown.push({ event, placed });
        }
        if (!full) break;
        position = (pageIndex + 1) * AUTH0_MAX_LOGS_PER_PAGE;
      }
      const page = shown.slice(0, size);
      const last = page[page.length - 1];
      return {
        items: page.map((s) => s.event),
        // Auth0's total counts the events that are not shown too.
        total: null,
        nextCursor: last && shown.length > size ? encodeActivityCursor({ offset: last.placed.position + 1, atMs: Date.parse(last.placed.log.date), logId: last.placed.log.log_id }) : null,
      };
    },
  };
}
