/** Users of the seeded directory the details tests need: invited ones, and members with a phone. */
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { User } from '../../src/core/model.js';
import { ORG_A, ORG_B } from './harness.js';

export interface DetailsFixture {
  /** Invited, member of A only. */
  invitedA: User;
  /** Another of them, for a second write. */
  invitedA2: User;
  /** Invited, member of B only. */
  invitedB: User;
  /** Active, member of A only, with a phone number. */
  withPhoneA: User;
}

export function detailsFixture(memory: MemoryAdapter): DetailsFixture {
  const users = memory.snapshot().users;
  const only = (org: string) => (u: User) => u.memberships?.length === 1 && u.memberships[0]!.organization.id === org;
  const invited = (org: string) => users.filter((u) => u.status === 'invited' && only(org)(u));
  const [invitedA, invitedA2] = invited(ORG_A);
  const [invitedB] = invited(ORG_B);
  const withPhoneA = users.find((u) => u.status === 'active' && only(ORG_A)(u) && u.phone);
  if (!invitedA || !invitedA2 || !invitedB || !withPhoneA) throw new Error('the fixture directory lacks invited users in A and B, or a member of A with a phone');
  return { invitedA, invitedA2, invitedB, withPhoneA };
}
