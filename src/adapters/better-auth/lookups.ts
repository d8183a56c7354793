/** Looking a user up before a write, so an unknown id is `not_found` before anything changes. */
import { mapErrors, userNotFound } from './errors.js';
import type { AdapterRuntime } from './session.js';
import type { BetterAuthUserRecord } from './types.js';

export async function existingUser(rt: AdapterRuntime, userId: string): Promise<BetterAuthUserRecord> {
  const user = await mapErrors(() => rt.context.internalAdapter.findUserById(userId));
  if (!user) throw userNotFound();
  return user;
}
