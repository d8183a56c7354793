/**
 * Runs one action over many users, a few at a time (so a bulk action does not trip the
 * identity provider's rate limit), and reports each user's outcome instead of stopping at the
 * first failure.
 */
export interface BulkOutcome {
  succeeded: string[];
  failed: { userId: string; error: unknown }[];
}

export async function runBulk(userIds: readonly string[], action: (userId: string) => Promise<unknown>, concurrency = 4): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { succeeded: [], failed: [] };
  const queue = [...userIds];
  const worker = async () => {
    for (let userId = queue.shift(); userId !== undefined; userId = queue.shift()) {
      try {
        await action(userId);
        outcome.succeeded.push(userId);
      } catch (error) {
        outcome.failed.push({ userId, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return outcome;
}
