/**
 * The handler's own audit records, kept where the handler can read them back: the changes admins
 * made through it then appear in a user's activity (`listUserActivity`) as `change` events, also
 * in front of a backend that keeps no activity of its own. A host with a database implements
 * `RosterAuditTrail` over it; `createMemoryAuditTrail` keeps the latest records in memory, for one
 * server process (a restart forgets them, and several instances each keep their own).
 */
import type { ActivityEvent, Page } from '../core/model.js';
import type { RosterAuditChange, RosterAuditRecord } from './audit.js';
import { invalidInput } from './fieldErrors.js';

/** A kept record with the trail's own id, unique among the user's records. */
export type RosterAuditTrailEntry = RosterAuditRecord & { id: string };

export interface RosterAuditTrail {
  /** Keeps one record. The handler hands over only successful writes aimed at a user. */
  record(record: RosterAuditRecord): void | Promise<void>;
  /**
   * The records whose `target.userId` is `userId`, newest first, `page.size` at most; the next
   * page continues from `nextCursor`, which must stay valid while newer records are added.
   */
  listForUser(userId: string, page: { size: number; cursor?: string | null }): Promise<Page<RosterAuditTrailEntry>>;
}

/** The handler keeps a record when it changed a user: activity shows what happened, not attempts. */
export function belongsInTrail(record: RosterAuditRecord): boolean {
  return record.outcome === 'success' && record.target.userId !== undefined;
}

/** The user fields a change touched: the ones it names, and the holdings and states it changed. */
function changedFields(change: RosterAuditChange): string[] {
  const fields = new Set(change.fields);
  if (change.status) fields.add('status');
  if (change.invitation || change.invite !== undefined) fields.add('invitation');
  if (change.membership) fields.add('memberships');
  for (const roles of change.roles ?? []) fields.add(roles.organizationId === null ? 'roleIds' : 'memberships');
  return [...fields];
}

/**
 * A kept record as an activity event: the operation is the handler's name for it, the actor the
 * session's user. Its id is prefixed, so it never equals an id of the backend's own activity.
 */
export function trailEvent(entry: RosterAuditTrailEntry): ActivityEvent {
  return { id: `roster-audit:${entry.id}`, kind: 'change', at: entry.time, action: entry.operation, actor: entry.actor.userId, fields: changedFields(entry.change) };
}

export interface MemoryAuditTrailOptions {
  /** The most records kept, across all users; the oldest go first. Default 10,000. */
  maxRecords?: number;
}

const badCursor = () => invalidInput('The activity cursor is not valid.', { cursor: 'Not a cursor of this activity.' });

/**
 * Cursors are record numbers: a page continues below the last number it showed, so records added
 * meanwhile (higher numbers) and records dropped for space (the lowest) never shift a page.
 */
export function createMemoryAuditTrail({ maxRecords = 10_000 }: MemoryAuditTrailOptions = {}): RosterAuditTrail {
  if (!Number.isInteger(maxRecords) || maxRecords < 1) throw new TypeError('createMemoryAuditTrail: maxRecords must be a whole number of at least 1.');
  let next = 1;
  const byUser = new Map<string, RosterAuditTrailEntry[]>();
  // Every kept record's user, oldest first (a Map keeps insertion order).
  const order = new Map<number, string>();

  function dropOldest(): void {
    const [seq, userId] = order.entries().next().value!;
    order.delete(seq);
    const list = byUser.get(userId)!;
    list.shift();
    if (list.length === 0) byUser.delete(userId);
  }

  return {
    record(record) {
      const userId = record.target.userId;
      if (userId === undefined) return;
      const seq = next++;
      const list = byUser.get(userId) ?? [];
      list.push({ ...structuredClone(record), id: String(seq) });
      byUser.set(userId, list);
      order.set(seq, userId);
      if (order.size > maxRecords) dropOldest();
    },

    async listForUser(userId, { size, cursor }) {
      if (cursor != null && !/^[1-9]\d{0,15}$/.test(cursor)) throw badCursor();
      const list = byUser.get(userId) ?? [];
      const below = cursor == null ? Infinity : Number(cursor);
      // The records are in ascending number order: find the first at or above the cursor.
      let end = list.length;
      let low = 0;
      while (low < end) {
        const mid = (low + end) >> 1;
        if (Number(list[mid]!.id) < below) low = mid + 1;
        else end = mid;
      }
      const start = Math.max(0, end - size);
      const items = list.slice(start, end).reverse().map((entry) => structuredClone(entry));
      return { items, total: list.length, nextCursor: start > 0 ? items[items.length - 1]!.id : null };
    },
  };
}
