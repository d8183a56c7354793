/**
 * Runs the writes for one user strictly one after another, so two quick edits reach the backend
 * in the order the admin made them and a read-modify-write never races another.
 */
export interface MutationQueue {
  run<T>(userId: string, task: () => Promise<T>): Promise<T>;
}

export function createMutationQueue(): MutationQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(userId, task) {
      const previous = tails.get(userId) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(userId, tail);
      void tail.then(() => {
        if (tails.get(userId) === tail) tails.delete(userId);
      });
      return result;
    },
  };
}
