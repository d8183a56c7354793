/**
 * What the seeded directory says about each user beyond the table's columns: who invited an
 * invited user and when, which phone numbers are verified, and the typed custom attributes an HR
 * system would sync (with their definitions). Drawn from a generator of its own, so adding these
 * left every name, email, date and role of a seed exactly as it was before.
 */
import type { AttributeDefinition, User } from '../../core/model.js';
import { createRandom, pick, pickSome } from './random.js';

/** The definitions of the attributes the seeded directory gives its users. */
export const DEFAULT_ATTRIBUTE_DEFINITIONS: readonly AttributeDefinition[] = Object.freeze([
  { key: 'department', label: 'Department', type: 'string', editable: true, options: ['Sales', 'Engineering', 'Finance', 'Operations', 'Legal'] },
  // Issued by the HR system, so an admin reads it and never changes it here.
  { key: 'employeeId', label: 'Employee ID', type: 'number', editable: false },
  { key: 'startDate', label: 'Start date', type: 'date', editable: true },
  { key: 'remote', label: 'Works remotely', type: 'boolean', editable: true },
  { key: 'tags', label: 'Tags', type: 'list', editable: true },
]);

const TAGS = ['on-call', 'mentor', 'first-aider', 'contractor', 'works-council'];
const DAY = 86_400_000;

/** Who sends invitations: the people holding an admin or owner role. */
function invitersOf(users: readonly User[]): string[] {
  const admins = users.filter((u) => u.status === 'active' && u.roleIds.some((id) => id === 'admin' || id === 'owner'));
  return admins.length ? admins.slice(0, 12).map((u, i) => (i % 3 === 2 ? u.email! : u.name!)) : ['Roster admin'];
}

/**
 * Adds invitations, phone verification and typed attributes to freshly generated users, in place.
 * `epoch` bounds every date, as the directory's own dates are.
 */
export function addGeneratedDetails(users: User[], seed: number, epoch: number): void {
  const random = createRandom(seed ^ 0xde7a11);
  const inviters = invitersOf(users);
  for (let i = 0; i < users.length; i++) {
    const user = users[i]!;
    const createdAt = Date.parse(user.createdAt!);
    user.phoneVerified = user.phone !== null && user.status !== 'invited' && random() < 0.7;
    if (user.status === 'invited') {
      // Sent when the account was made; now and then sent again some days later.
      const resentAfter = random() < 0.25 ? Math.floor(random() * 20 * DAY) : 0;
      user.invitation = { sentAt: new Date(Math.min(epoch, createdAt + resentAfter)).toISOString(), invitedBy: pick(random, inviters) };
    }
    const attributes = user.customAttributes;
    if (random() < 0.5) attributes.employeeId = 10_000 + i;
    if (random() < 0.4) attributes.startDate = new Date(createdAt).toISOString().slice(0, 10);
    if (random() < 0.3) attributes.remote = random() < 0.5;
    if (random() < 0.2) attributes.tags = pickSome(random, TAGS, 1 + Math.floor(random() * 2));
  }
}
