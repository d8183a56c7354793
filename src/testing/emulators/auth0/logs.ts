/**
 * The Auth0 emulator's user reads beyond the record: `GET /users-by-email` (an exact, case-sensitive
 * match, as the reference warns) and `GET /users/{id}/logs` (offset pages of at most 100, the first
 * 1,000 entries only, sortable by a log field), and the seeded log events they read.
 *
 * What the reference leaves open, the emulator answers as Auth0 does in practice: the log of a user
 * it does not have is empty (the route documents no 404), and without `sort` the log comes newest
 * first.
 */
import { createRandom } from '../../../adapters/memory/random.js';
import { AUTH0_ERROR_CODES as CODES, AUTH0_LOG_RESULT_CAP, AUTH0_MAX_LOGS_PER_PAGE, type Auth0Log, type Auth0User } from '../../../adapters/auth0/wire.js';
import { badRequest, queryError } from './failures.js';
import { offsetPage, offsetPaging } from './paging.js';
import type { Auth0EmulatorState } from './state.js';

/** Refuses a query parameter the route does not take, as Auth0's query validation does. */
function checkQuery(url: URL, allowed: readonly string[]): void {
  const extra = [...new Set(url.searchParams.keys())].filter((k) => !allowed.includes(k));
  if (extra.length) throw queryError(`Additional properties not allowed: ${extra.join(',')}.`);
}

/** The fields a log can be sorted by ("Searchable Fields" of the log search syntax). */
const SORTABLE = new Set(['date', 'type', 'description', 'connection', 'connection_id', 'client_id', 'client_name', 'ip', 'user_id', 'user_name', 'log_id', 'strategy', 'strategy_type', 'hostname', 'audience', 'isMobile']);

export function createLogOperations(state: Auth0EmulatorState, project: (user: Auth0User, url: URL) => Record<string, unknown>) {
  function usersByEmail(url: URL): unknown[] {
    checkQuery(url, ['email', 'fields', 'include_fields']);
    const email = url.searchParams.get('email');
    if (email === null || email === '') throw queryError('Missing required property: email');
    return state.users.filter((u) => u.email === email).map((u) => project(u, url));
  }

  function userLogs(userId: string, url: URL): unknown {
    checkQuery(url, ['page', 'per_page', 'sort', 'include_totals']);
    const paging = offsetPaging(url, AUTH0_MAX_LOGS_PER_PAGE);
    if ((paging.page + 1) * paging.perPage > AUTH0_LOG_RESULT_CAP) {
      throw badRequest('You can only page through the first 1000 records. See https://auth0.com/docs/logs/retrieve-log-events-using-mgmt-api#limitations', CODES.invalidPaging);
    }
    let field = 'date';
    let direction = -1;
    const sort = url.searchParams.get('sort');
    if (sort) {
      const match = /^([a-zA-Z0-9_.]+):(1|-1)$/.exec(sort);
      if (!match) throw queryError('String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$ on property sort.');
      if (!SORTABLE.has(match[1]!)) throw queryError(`Sorting by ${match[1]} is not supported.`);
      field = match[1]!;
      direction = match[2] === '1' ? 1 : -1;
    }
    const value = (log: Auth0Log) => String(log[field] ?? '');
    const logs = state.logs
      .filter((l) => l.user_id === userId)
      .sort((a, b) => direction * (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) || (a.log_id < b.log_id ? 1 : -1));
    return offsetPage(structuredClone(logs), paging, 'logs', true);
  }

  return { usersByEmail, userLogs };
}

const AGENTS = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0 Safari/537.36'];
const PLACES = [
  { city_name: 'Lisbon', country_name: 'Portugal', country_code: 'PT' },
  { city_name: 'Jaipur', country_name: 'India', country_code: 'IN' },
];
/** Sign-ins mostly, a failure, a sign-out, a password change, and events the adapter does not show. */
const TYPES = ['s', 'slo', 's', 'fp', 's', 'seacft', 's', 'scp', 'ssa', 's', 'fu', 's'];
const DESCRIPTIONS: Record<string, string> = { fp: 'Wrong email or password.', fu: 'Wrong email or password.', scp: 'Password changed' };

/** A few hours apart, ending at the user's last login, for every user who has signed in. */
export function seedLogs(users: readonly Auth0User[], seed: number): Auth0Log[] {
  const random = createRandom(seed ^ 0x10_65);
  const logs: Auth0Log[] = [];
  let serial = 0;
  for (const user of users) {
    if (!user.last_login) continue;
    const count = 4 + Math.floor(random() * 8);
    const end = Date.parse(user.last_login);
    for (let i = count - 1; i >= 0; i--) {
      const type = i === 0 ? 's' : TYPES[(i + serial) % TYPES.length]!;
      const date = new Date(end - i * 3_600_000 * (1 + Math.floor(random() * 30))).toISOString();
      serial++;
      logs.push({
        date,
        type,
        description: DESCRIPTIONS[type] ?? '',
        ip: `198.51.100.${serial % 250}`,
        user_agent: AGENTS[serial % AGENTS.length]!,
        user_id: user.user_id,
        user_name: user.email ?? '',
        connection: 'Username-Password-Authentication',
        client_id: 'RosterEmulatorSpaClient000000001',
        client_name: 'Roster Emulator',
        log_id: `90020${date.replace(/\D/g, '')}${String(serial).padStart(31, '0')}`,
        location_info: PLACES[serial % PLACES.length]!,
      });
    }
  }
  return logs;
}
