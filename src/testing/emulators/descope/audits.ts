/**
 * The Descope emulator's audit trail: seeded, deterministic records of each user's sign-ins and of
 * the changes made to the account, one more for every user write the emulator serves, and the
 * audit search (`POST /v1/mgmt/audit/search`, management key only) over them.
 *
 * The search, strict to what the docs and SDKs send (shared types in adapters/descope/detailsWire.ts):
 * - filters: `userIds`, `actions`, `excludedActions`, `externalIds` (login ids), `tenants` (with
 *   `noTenants`), `devices`, `methods`, `geos`, `remoteAddresses`, `actorIds`, `text`;
 * - `from` keeps records at or after it, `to` those strictly before it ("older than given time");
 *   both epoch milliseconds, a number as the SDKs send them or a string of digits as the docs type
 *   them. A value of 0 or less is no bound: the Go SDK sends its zero time (far negative) when unset.
 * - newest first unless `oldestFirst`; `size` records (default and most 1000, go-sdk) from `page`.
 * - The docs limit `from` to the last 30 days; the emulator keeps every record, since its seeded
 *   trail lies in the directory's past.
 * What a changed record's `data` holds is not documented beyond LoginFailed's `error_message`;
 * the emulator writes none for its own writes.
 */
import type { DescopeAuditRecord } from '../../../adapters/descope/detailsWire.js';
import type { DescopeUser } from '../../../adapters/descope/wire.js';
import { createRandom, pick, type Random } from '../../../adapters/memory/random.js';
import { invalidRequest, optionalBoolean, optionalString, stringList, type Body } from './failures.js';
import type { AuditWrite } from './users.js';

/** Who a management-key write is recorded as: the key's id, never its secret. */
export const MANAGEMENT_KEY_ACTOR = 'K2RosterEmulatorKey';

const DEVICES = ['Desktop', 'Desktop', 'Mobile', 'Tablet', 'Unknown'];
const METHODS = ['password', 'otp', 'magiclink', 'oauth', 'saml'];
const GEOS = ['US', 'DE', 'IL', 'IN', 'BR', 'GB'];
const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A record with Descope's empty values, `occurred` as the string Descope sends. */
export function auditRecord(fields: Partial<DescopeAuditRecord> & Pick<DescopeAuditRecord, 'userId' | 'action'> & { at: number }): DescopeAuditRecord {
  const { at, ...rest } = fields;
  return { projectId: '', device: '', method: '', geo: '', remoteAddress: '', externalIds: [], tenants: [], data: {}, type: 'info', actorId: '', ...rest, occurred: String(at) };
}

function signInFields(random: Random) {
  const ip = random() < 0.85 ? `198.51.100.${1 + Math.floor(random() * 254)}` : `2001:db8::${Math.floor(random() * 0xffff).toString(16)}`;
  return { device: pick(random, DEVICES), method: pick(random, METHODS), geo: pick(random, GEOS), remoteAddress: ip };
}

export interface SeededAccount {
  user: DescopeUser;
  createdAt: number;
  lastLoginAt: number | null;
  /** For an invited user: who sent the invitation (a user id), when known. */
  invitedBy: string | null;
}

/**
 * The trail of every seeded account, in the order it happened: its creation (by the user, the
 * management key or the inviter), sign-ins up to its last one (some preceded by a failed attempt,
 * some by a LoginStarted that is not activity), now and then an admin's change. The first active
 * account gets a long history with several records sharing a millisecond, for paging.
 */
export function seedAudits(accounts: readonly SeededAccount[], seed: number): DescopeAuditRecord[] {
  const random = createRandom(seed ^ 0xa0d17);
  const records: DescopeAuditRecord[] = [];
  const busy = accounts.find((a) => a.user.status === 'enabled' && a.lastLoginAt !== null);
  for (const { user, createdAt, lastLoginAt, invitedBy } of accounts) {
    const base = { userId: user.userId, externalIds: [...user.loginIds], tenants: user.userTenants.map((t) => t.tenantId) };
    const selfMade = user.status !== 'invited' && random() < 0.5;
    records.push(
      auditRecord({ ...base, action: 'UserCreated', at: createdAt, actorId: selfMade ? user.userId : (invitedBy ?? MANAGEMENT_KEY_ACTOR), ...(selfMade ? signInFields(random) : {}) }),
    );
    if (lastLoginAt === null) continue;
    const signIns = user === busy?.user ? 0 : 1 + Math.floor(random() * 5);
    for (let i = signIns - 1; i >= 0; i--) {
      const at = i === 0 ? lastLoginAt : createdAt + Math.floor(((lastLoginAt - createdAt) * (signIns - i)) / signIns);
      const where = signInFields(random);
      if (random() < 0.3) records.push(auditRecord({ ...base, ...where, action: 'LoginStarted', at: at - 2 * SECOND }));
      if (random() < 0.25) {
        records.push(auditRecord({ ...base, ...where, action: 'LoginFailed', type: 'warn', at: at - 30 * SECOND, data: { error_message: 'Invalid credentials' } }));
      }
      records.push(auditRecord({ ...base, ...where, action: 'LoginSucceed', at, actorId: user.userId }));
      if (i === Math.floor(signIns / 2) && random() < 0.15) records.push(auditRecord({ ...base, action: 'UserModified', at: at + HOUR, actorId: MANAGEMENT_KEY_ACTOR }));
    }
    if (user === busy?.user) records.push(...busyHistory(base, lastLoginAt, random));
  }
  return records.sort((x, y) => Number(x.occurred) - Number(y.occurred)).map((r, i) => ({ ...r, ID: auditId(i) }));
}

/** A sign-in a day for 25 days; every other day a failed attempt in the same millisecond as the sign-in. */
function busyHistory(base: Pick<DescopeAuditRecord, 'userId' | 'externalIds' | 'tenants'>, last: number, random: Random): DescopeAuditRecord[] {
  const out: DescopeAuditRecord[] = [];
  for (let day = 24; day >= 0; day--) {
    const at = last - day * DAY;
    const where = signInFields(random);
    if (day % 2 === 0) out.push(auditRecord({ ...base, ...where, action: 'LoginFailed', type: 'warn', at, data: { error_message: 'Invalid OTP code' } }));
    out.push(auditRecord({ ...base, ...where, action: 'LoginSucceed', at, actorId: base.userId }));
  }
  return out;
}

/** Audit ids as the emulator hands them out, in the order records were made. */
export const auditId = (n: number) => `A2${n.toString(36).padStart(10, '0')}`;

const LIST_FILTERS = ['userIds', 'actions', 'excludedActions', 'externalIds', 'tenants', 'devices', 'methods', 'geos', 'remoteAddresses', 'actorIds'] as const;

/** A time bound in epoch milliseconds; 0 or less, or absent, is none. */
function timeBound(body: Body, key: 'from' | 'to'): number | null {
  const value = body[key];
  if (value === undefined || value === null || value === '') return null;
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(ms)) throw invalidRequest(`${key} must be epoch milliseconds`);
  return ms > 0 ? ms : null;
}

function wholeNumber(body: Body, key: 'size' | 'page'): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalidRequest(`${key} must be a whole number`);
  return value;
}

/** The audit search over `records`, as Descope answers it. */
export function searchAudits(records: readonly DescopeAuditRecord[], body: Body, projectId: string): { audits: DescopeAuditRecord[]; total: number } {
  const lists = Object.fromEntries(LIST_FILTERS.flatMap((key) => (body[key] === undefined || body[key] === null ? [] : [[key, stringList(body[key], key)]]))) as Partial<
    Record<(typeof LIST_FILTERS)[number], string[]>
  >;
  const from = timeBound(body, 'from');
  const to = timeBound(body, 'to');
  const text = optionalString(body, 'text')?.toLocaleLowerCase();
  const noTenants = optionalBoolean(body, 'noTenants') === true;
  const oldestFirst = optionalBoolean(body, 'oldestFirst') === true;
  const size = Math.min(wholeNumber(body, 'size') || 1000, 1000);
  const page = wholeNumber(body, 'page') ?? 0;

  const has = (wanted: string[] | undefined, value: string) => !wanted?.length || wanted.includes(value);
  const overlaps = (wanted: string[] | undefined, values: readonly string[]) => !wanted?.length || values.some((v) => wanted.includes(v));
  const matching = records
    .map((record, index) => ({ record, index, at: Number(record.occurred) }))
    .filter(({ record: r, at }) => {
      const tenantsOk = !lists.tenants?.length || overlaps(lists.tenants, r.tenants) || (noTenants && r.tenants.length === 0);
      return (
        has(lists.userIds, r.userId) &&
        has(lists.actions, r.action) &&
        !lists.excludedActions?.includes(r.action) &&
        overlaps(lists.externalIds, r.externalIds) &&
        tenantsOk &&
        has(lists.devices, r.device) &&
        has(lists.methods, r.method) &&
        has(lists.geos, r.geo) &&
        has(lists.remoteAddresses, r.remoteAddress) &&
        has(lists.actorIds, r.actorId ?? '') &&
        (from === null || at >= from) &&
        (to === null || at < to) &&
        (!text || [r.action, r.userId, r.remoteAddress, r.geo, r.device, r.method, ...r.externalIds].some((v) => v.toLocaleLowerCase().includes(text)))
      );
    })
    // Newest first; of one millisecond, the one recorded last first.
    .sort((x, y) => (oldestFirst ? x.at - y.at || x.index - y.index : y.at - x.at || y.index - x.index));
  const audits = matching.slice(page * size, page * size + size).map(({ record }) => ({ ...structuredClone(record), projectId }));
  return { audits, total: matching.length };
}

/** What a write served by the emulator adds to the trail: who did it, to whom, when. */
export function createAuditWriter(state: { audits: DescopeAuditRecord[] }): AuditWrite {
  return (action, user, caller) => {
    const record = auditRecord({
      userId: user.userId,
      action,
      at: Date.now(),
      actorId: caller.kind === 'management' ? MANAGEMENT_KEY_ACTOR : caller.actorId,
      externalIds: [...user.loginIds],
      tenants: user.userTenants.map((t) => t.tenantId),
    });
    state.audits.push({ ...record, ID: auditId(state.audits.length) });
  };
}
