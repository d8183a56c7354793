/**
 * Directories for the UserDetails stories and tests: a small seeded directory with three people
 * of our own at the top — Ana Silva (every profile field and attribute set, verified phone), Ivo
 * Invited (a pending invitation, with its date and inviter) and a hostile record whose attributes
 * are an object, a list of numbers, a megabyte of text and a key named `__proto__`.
 */
import type { Directory } from 'react-roster/memory';
import { generateDirectory } from 'react-roster/memory';
import type { User } from 'react-roster';

const seeded = generateDirectory({ seed: 18, userCount: 24, organizationCount: 4 });
const template = seeded.users.find((u) => u.status === 'active' && (u.memberships?.length ?? 0) > 0)!;

export const ANA: User = {
  ...template,
  id: 'usr_ana',
  email: 'ana.silva@example.com',
  name: 'Ana Silva',
  givenName: 'Ana',
  familyName: 'Silva',
  phone: '+44 20 7946 0018',
  picture: null,
  status: 'active',
  emailVerified: true,
  phoneVerified: false,
  createdAt: '2023-02-14T09:30:00.000Z',
  lastLoginAt: '2025-01-20T08:15:00.000Z',
  customAttributes: { department: 'Sales', employeeId: 10_018, startDate: '2023-03-01', remote: true, tags: ['mentor'] },
};

export const INVITEE: User = {
  ...template,
  id: 'usr_invited',
  email: 'ivo.invited@example.com',
  name: 'Ivo Invited',
  givenName: null,
  familyName: null,
  phone: null,
  status: 'invited',
  emailVerified: false,
  phoneVerified: false,
  lastLoginAt: null,
  createdAt: '2025-01-10T12:00:00.000Z',
  invitation: { sentAt: '2025-01-10T12:00:00.000Z', invitedBy: 'Grace Hopper' },
  customAttributes: {},
};

export const HOSTILE_TEXT = '<img src=x onerror="window.__rosterPwned=1">\u202Etxt.exe';
export const MEGABYTE = 'A'.repeat(1024 * 1024);

/** Attributes no form should edit, one of each kind; `__proto__` is an own key, as JSON.parse makes it. */
export const hostileAttributes = (): Record<string, unknown> => ({
  ...JSON.parse('{"__proto__": {"polluted": true}}'),
  nested: { level: { deeper: HOSTILE_TEXT } },
  scores: [1, 2, 3],
  notes: MEGABYTE,
  department: HOSTILE_TEXT,
});

export const HOSTILE: User = {
  ...template,
  id: 'usr_hostile',
  email: 'mallory@example.com',
  name: HOSTILE_TEXT,
  givenName: HOSTILE_TEXT,
  familyName: null,
  phone: null,
  picture: 'javascript:alert(1)',
  status: 'active',
  customAttributes: hostileAttributes(),
};

/** The seeded directory with Ana, Ivo and the hostile record first. */
export const detailsDirectory: Directory = { ...seeded, users: [ANA, INVITEE, HOSTILE, ...seeded.users] };
