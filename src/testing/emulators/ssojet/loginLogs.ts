/**
 * The emulator's "GET User Login Logs" (shared/reference/ssojet-api.md §3.1.10): seeded per user,
 * deterministically, and answered in the legacy docs' shape — `{ login_logs: [...] }`, every key
 * PascalCase, `""` for what SSOJet does not know. The emulator has no sign-in flow, so nothing adds
 * to a log but a test (through `state.loginLogs`).
 */
import { createRandom, pick, type Random } from '../../../adapters/memory/random.js';
import { toIsoTimestamp } from '../../../adapters/ssojet/timestamps.js';
import type { SsojetLoginLog, SsojetLoginLogs, SsojetUser } from '../../../adapters/ssojet/wireTypes.js';

type Agent = Pick<SsojetLoginLog, 'UserAgent' | 'Name' | 'Os' | 'Device'>;

const AGENTS: readonly Agent[] = [
  {
    UserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    Name: 'Chrome',
    Os: 'Windows',
    Device: 'Desktop',
  },
  {
    UserAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    Name: 'Mobile Safari',
    Os: 'iOS',
    Device: 'Mobile',
  },
  // The docs' own example: no agent string, only the name the agent gives (here CloudFront's).
  { UserAgent: '', Name: 'Amazon CloudFront', Os: '', Device: '' },
  { UserAgent: '', Name: 'Firefox', Os: 'Linux', Device: 'Desktop' },
];

/** City and country as an IP lookup reports them; empty where it could not tell. */
const PLACES: readonly (readonly [string, string])[] = [
  ['Jaipur', 'India'],
  ['Berlin', 'Germany'],
  ['São Paulo', 'Brazil'],
  ['Cairo', 'Egypt'],
  ['Osaka', 'Japan'],
  ['', 'Canada'],
  ['', ''],
];

const HOUR = 3_600_000;

/** Addresses from the ranges reserved for documentation (RFC 5737, RFC 3849). */
function ipAddress(random: Random): string {
  const host = 1 + Math.floor(random() * 254);
  return pick(random, [`203.0.113.${host}`, `198.51.100.${host}`, `2001:db8::${host.toString(16)}`]);
}

/**
 * One to six sign-ins for each user who has signed in, the newest at the user's `LastLoginAt`,
 * the earlier ones hours to days apart and never before the user was created. Kept oldest first,
 * as a log is written; SSOJet documents no order, so the adapter must sort.
 */
export function seedLoginLogs(users: Iterable<SsojetUser>, seed: number): Map<string, SsojetLoginLog[]> {
  const random = createRandom(seed ^ 0x1061f);
  const logs = new Map<string, SsojetLoginLog[]>();
  for (const user of users) {
    const last = toIsoTimestamp(user.LastLoginAt);
    if (!last) {
      logs.set(user._id, []);
      continue;
    }
    const created = Date.parse(toIsoTimestamp(user.created_at) ?? last);
    const count = 1 + Math.floor(random() * 6);
    const entries: SsojetLoginLog[] = [];
    for (let i = 0, at = Date.parse(last); i < count && at >= created; i++) {
      const [City, Country] = pick(random, PLACES);
      entries.push({ IpAddress: ipAddress(random), Country, City, ...pick(random, AGENTS), CreatedAt: new Date(at).toISOString() });
      at -= HOUR + Math.floor(random() * 240 * HOUR);
    }
    logs.set(user._id, entries.reverse());
  }
  return logs;
}

/** The answer: copies, so a test holding one cannot change the log; a Go nil slice (`null`) for none. */
export function loginLogsAnswer(entries: readonly SsojetLoginLog[] | undefined): SsojetLoginLogs {
  return { login_logs: entries?.length ? entries.map((entry) => ({ ...entry })) : null };
}
