/**
 * The per-organization write budget: a token bucket per organization, and one shared by project
 * admins. Identity providers rate-limit per project (Descope does), so without it one tenant's bulk
 * changes could spend the limit every other tenant shares. Off unless configured; time is
 * `Date.now()`, so tests move it with fake timers.
 */

export interface WriteBudget {
  /** Writes allowed in a burst. */
  capacity: number;
  /** Writes regained per second, up to `capacity`. */
  refillPerSecond: number;
}

export interface WriteBudgetOptions extends WriteBudget {
  /** The bucket all project admins share. Default: the same sizes as an organization's. */
  projectAdmins?: WriteBudget;
}

export interface WriteBudgets {
  /** Spends one write; returns null when allowed, else the milliseconds until one is regained. */
  take(organizationId: string | null): number | null;
}

/** Beyond this many organizations, full buckets (the same as none) are forgotten. */
const MAX_BUCKETS = 10_000;

function checked(budget: WriteBudget, path: string): WriteBudget {
  const positive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;
  if (!positive(budget?.capacity) || budget.capacity < 1) {
    throw new TypeError(`createRosterHandler: ${path}.capacity must be a number of writes, 1 or more (got ${String(budget?.capacity)}).`);
  }
  if (!positive(budget.refillPerSecond)) {
    throw new TypeError(`createRosterHandler: ${path}.refillPerSecond must be a positive number of writes per second (got ${String(budget.refillPerSecond)}).`);
  }
  return { capacity: budget.capacity, refillPerSecond: budget.refillPerSecond };
}

interface Bucket {
  tokens: number;
  at: number;
}

function createBucketSet(budget: WriteBudget) {
  const buckets = new Map<string, Bucket>();
  const level = (bucket: Bucket, now: number) => Math.min(budget.capacity, bucket.tokens + ((now - bucket.at) * budget.refillPerSecond) / 1000);
  return (key: string): number | null => {
    const now = Date.now();
    const bucket = buckets.get(key) ?? { tokens: budget.capacity, at: now };
    const tokens = level(bucket, now);
    // A refusal leaves the bucket as it was, so refills are always counted from the last spend.
    if (tokens < 1) return Math.ceil(((1 - tokens) * 1000) / budget.refillPerSecond);
    buckets.set(key, { tokens: tokens - 1, at: now });
    if (buckets.size > MAX_BUCKETS) for (const [k, b] of buckets) if (level(b, now) >= budget.capacity) buckets.delete(k);
    return null;
  };
}

export function createWriteBudgets(options: WriteBudgetOptions): WriteBudgets {
  const perOrganization = createBucketSet(checked(options, 'writeBudget'));
  const projectAdmins = createBucketSet(options.projectAdmins ? checked(options.projectAdmins, 'writeBudget.projectAdmins') : checked(options, 'writeBudget'));
  return {
    take: (organizationId) => (organizationId === null ? projectAdmins('') : perOrganization(organizationId)),
  };
}
