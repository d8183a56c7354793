/**
 * Checks an adapter once, where Roster is handed it, so a mistake surfaces as one message naming
 * every wrong field and its fix instead of a crash deep inside a component. Plain-JS authors get
 * no help from the types, and neither does a server's `/capabilities` answer.
 */
import {
  ADAPTER_OPTIONAL_READ_METHODS,
  ADAPTER_READ_METHODS,
  ADAPTER_WRITE_METHODS,
  EDITABLE_USER_FIELDS,
  type AdapterCapabilities,
  type CreateUserCapabilities,
  type RosterAdapter,
} from './adapter.js';
import { USER_SORT_FIELDS } from './model.js';
import type { ManageCapabilities } from './manage.js';
import { USER_DETAILS_FLAGS, type UserDetailsCapabilities } from './userDetails.js';

export interface AdapterProblem {
  /** Where the problem is, e.g. `adapter.capabilities.sortFields`. */
  path: string;
  /** What was expected, what was found and how to fix it. */
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: AdapterProblem[] };

/*
 * How to fix each problem is told in development builds only: the hints are long. Each is written
 * `process.env.NODE_ENV !== 'production' && '…'` in place, which bundlers fold under
 * NODE_ENV=production and so drop the text (a shared const is not inlined across modules).
 * Production messages keep the path, what was expected and what was found.
 */
// Bundlers replace process.env.NODE_ENV; declared here so the browser build needs no Node types.
declare const process: { env: { NODE_ENV?: string } };

interface Rule {
  /** What a valid value looks like, for the message. */
  expected: string;
  fix: string | false;
  accepts(value: unknown): boolean;
  /** Problems inside a value of the right kind: an unknown sort field, a nested flag. */
  inner?(value: unknown, path: string, problems: AdapterProblem[]): void;
}

type Rules<T> = { readonly [K in keyof T]-?: Rule };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch {
      // A cycle or a BigInt: the length says enough.
    }
    return text !== undefined && text.length <= 60 ? text : `an array of ${value.length} items`;
  }
  if (isRecord(value)) return 'an object';
  return String(value);
}

function problem(path: string, rule: Pick<Rule, 'expected' | 'fix'>, value: unknown, hint = ''): AdapterProblem {
  return { path, message: `expected ${rule.expected}, got ${describeValue(value)}${hint}.${rule.fix ? ` ${rule.fix}` : ''}` };
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

function flag(fix: string | false): Rule {
  return { expected: 'true or false', fix, accepts: (value) => typeof value === 'boolean' };
}

function oneOf(values: readonly string[], fix: string | false): Rule {
  return { expected: `one of ${quoted(values)}`, fix, accepts: (value) => values.includes(value as string) };
}

function positiveInteger(fix: string | false): Rule {
  return { expected: 'a positive integer', fix, accepts: (value) => Number.isSafeInteger(value) && (value as number) > 0 };
}

function subsetOf(values: readonly string[], fix: string | false): Rule {
  return {
    expected: `an array of ${quoted(values)} (any of them, or none)`,
    fix,
    accepts: Array.isArray,
    inner(value, path, problems) {
      (value as unknown[]).forEach((item, i) => {
        if (!values.includes(item as string)) problems.push(problem(`${path}[${i}]`, { expected: `one of ${quoted(values)}`, fix }, item));
      });
    },
  };
}

function record<T>(expected: string, fields: Rules<T>, fix: string | false): Rule {
  return { expected, fix, accepts: isRecord, inner: (value, path, problems) => checkFields(value as Record<string, unknown>, path, fields, problems) };
}

/**
 * A key written under another name (`sort` for `sortFields`, `filter` for `filters`): only a hint,
 * because a newer server may well send capabilities this version does not know.
 */
function misspelling(field: string, present: readonly string[], known: readonly string[]): string {
  const norm = (key: string) => key.toLowerCase().replace(/[^a-z]/g, '');
  const wanted = norm(field);
  const found = present.find((key) => {
    const k = norm(key);
    return !known.includes(key) && k.length >= 3 && (wanted.startsWith(k) || wanted.endsWith(k) || k.startsWith(wanted));
  });
  return found === undefined ? '' : ` (there is a "${found}": the field is called "${field}")`;
}

function checkFields<T>(value: Record<string, unknown>, path: string, fields: Rules<T>, problems: AdapterProblem[]): void {
  const known = Object.keys(fields);
  for (const field of known) {
    const rule = fields[field as keyof T];
    const fieldPath = `${path}.${field}`;
    const fieldValue = value[field];
    if (!rule.accepts(fieldValue)) {
      const hint = fieldValue === undefined ? misspelling(field, Object.keys(value), known) : '';
      problems.push(problem(fieldPath, rule, fieldValue, hint));
    } else {
      rule.inner?.(fieldValue, fieldPath, problems);
    }
  }
}

const FILTER_RULES: Rules<AdapterCapabilities['filters']> = {
  status: flag(process.env.NODE_ENV !== 'production' && 'True when the backend filters users by status itself.'),
  roleIds: flag(process.env.NODE_ENV !== 'production' && 'True when the backend filters users by role itself.'),
  organizationId: flag(process.env.NODE_ENV !== 'production' && 'True when the backend filters users by organization itself.'),
};

const CREATE_USER_RULES: Rules<CreateUserCapabilities> = {
  active: flag(process.env.NODE_ENV !== 'production' && 'True when createUser makes a ready, active user without an invitation; false when the backend only invites.'),
  invite: flag(process.env.NODE_ENV !== 'production' && 'True when createUser can send an invitation instead of creating an active user.'),
  phone: flag(process.env.NODE_ENV !== 'production' && 'True when createUser stores `phone`.'),
  nameParts: flag(process.env.NODE_ENV !== 'production' && 'True when createUser stores `givenName` and `familyName` as their own fields.'),
  customAttributes: flag(process.env.NODE_ENV !== 'production' && 'True when createUser stores `customAttributes`.'),
  roleIds: flag(process.env.NODE_ENV !== 'production' && 'True when createUser grants project-wide `roleIds` as it creates the user.'),
  organization: flag(process.env.NODE_ENV !== 'production' && 'True when createUser can place the new user in an organization.'),
};

const MANAGE_RULES: Rules<ManageCapabilities> = {
  projectRoles: flag(process.env.NODE_ENV !== 'production' && 'True when createRole, updateRole and deleteRole work on project-wide roles.'),
  organizationRoles: flag(process.env.NODE_ENV !== 'production' && 'True when createRole, updateRole and deleteRole work on roles defined inside an organization.'),
  permissions: flag(process.env.NODE_ENV !== 'production' && 'True when permissions can be created, renamed or deleted.'),
  organizations: flag(process.env.NODE_ENV !== 'production' && 'True when organizations can be created, changed or deleted.'),
};

const DETAILS_FIX = (name: string) => process.env.NODE_ENV !== 'production' && (name === 'activityIncludesChanges' ? 'True when listUserActivity itself lists each change written through the adapter as a "change" event, false when it holds sign-ins only.' : `True when the adapter offers ${name}, false when not.`);
const DETAILS_RULES = Object.fromEntries(USER_DETAILS_FLAGS.map((name) => [name, flag(DETAILS_FIX(name))])) as Rules<UserDetailsCapabilities>;

const CAPABILITY_RULES: Rules<AdapterCapabilities> = {
  search: flag(process.env.NODE_ENV !== 'production' && 'True when the backend searches users by name and email itself, false when it cannot.'),
  sortFields: subsetOf(USER_SORT_FIELDS, process.env.NODE_ENV !== 'production' && 'Declare the fields your backend can sort by, or [] when it cannot.'),
  filters: record(
    'an object of flags { status, roleIds, organizationId }',
    FILTER_RULES,
    process.env.NODE_ENV !== 'production' && 'Declare each filter, true when the backend applies it itself; all false when it cannot filter.',
  ),
  pagination: oneOf(['offset', 'cursor'], process.env.NODE_ENV !== 'production' && 'Use "offset" when a page can be fetched by index, "cursor" when pages can only follow `nextCursor`.'),
  totals: flag(process.env.NODE_ENV !== 'production' && 'True when listUsers fills in `Page.total`, false when it leaves it null.'),
  maxPageSize: positiveInteger(process.env.NODE_ENV !== 'production' && 'Declare the largest page size the backend accepts, for example 100.'),
  projectRoles: flag(process.env.NODE_ENV !== 'production' && 'True when project-wide roles can be assigned through this adapter; false when roles are held per organization only.'),
  organizationRoles: flag(process.env.NODE_ENV !== 'production' && 'True when roles can be defined in and held per organization.'),
  roleUpdates: oneOf(['delta', 'set'], process.env.NODE_ENV !== 'production' && 'Use "delta" when the backend adds and removes single roles, "set" when it only replaces a user\'s whole set.'),
  rolesPerMembership: oneOf(['many', 'one'], process.env.NODE_ENV !== 'production' && 'Use "many" when a member can hold any number of roles in an organization, "one" when each membership holds exactly one role (as in Clerk).'),
  createUser: record(
    'an object of flags { active, invite, phone, nameParts, customAttributes, roleIds, organization }',
    CREATE_USER_RULES,
    process.env.NODE_ENV !== 'production' && 'Declare which createUser inputs work, or use NO_CREATE_INPUTS (every flag false) when the adapter cannot create users.',
  ),
  editableFields: subsetOf(EDITABLE_USER_FIELDS, process.env.NODE_ENV !== 'production' && 'List the user fields updateUser can change, or [] when it cannot edit users.'),
  userStatus: flag(process.env.NODE_ENV !== 'production' && 'True when setUserStatus can enable and disable users, false when it cannot.'),
  manage: record(
    'an object of flags { projectRoles, organizationRoles, permissions, organizations }',
    MANAGE_RULES,
    process.env.NODE_ENV !== 'production' && 'Declare which definitions the adapter can manage, or use NO_MANAGEMENT (every flag false).',
  ),
  details: record(
    `an object of flags { ${USER_DETAILS_FLAGS.join(', ')} }`,
    DETAILS_RULES,
    process.env.NODE_ENV !== 'production' && 'Declare what the adapter offers about one user, or use NO_DETAILS (every flag false).',
  ),
};

const CAPABILITIES_RULE = record<AdapterCapabilities>(
  'an object describing what the backend can do',
  CAPABILITY_RULES,
  process.env.NODE_ENV !== 'production' && 'Declare every capability; FULL_CAPABILITIES from react-roster lists them all, to copy and narrow.',
);

/**
 * Checks a capabilities description: every field present and well typed. `path` names the value in
 * the problems, e.g. `adapter.capabilities`, or `capabilities` for a server's `/capabilities` answer.
 */
export function validateCapabilities(value: unknown, path = 'capabilities'): Validated<AdapterCapabilities> {
  const problems: AdapterProblem[] = [];
  if (!CAPABILITIES_RULE.accepts(value)) problems.push(problem(path, CAPABILITIES_RULE, value));
  else CAPABILITIES_RULE.inner!(value, path, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value: value as AdapterCapabilities };
}

const READ_METHOD_USAGE: Record<(typeof ADAPTER_READ_METHODS)[number], string> = {
  listUsers: 'listUsers(query, ctx)',
  getUser: 'getUser(userId, ctx)',
  listRoles: 'listRoles(scope, ctx)',
  listOrganizations: 'listOrganizations(query, ctx)',
  listUserMemberships: 'listUserMemberships(userId, ctx)',
};

/** Writes the capabilities promise, each needing its method. */
function promisedWrites(capabilities: unknown): { method: 'createUser' | 'updateUser' | 'setUserStatus'; because: string; fix: string | false }[] {
  if (!isRecord(capabilities)) return [];
  const promised = [];
  const create = capabilities.createUser;
  const inputs = isRecord(create) ? Object.keys(CREATE_USER_RULES).filter((key) => create[key] === true) : [];
  if (inputs.length) {
    promised.push({
      method: 'createUser' as const,
      because: `capabilities.createUser turns on ${inputs.join(', ')}`,
      fix: process.env.NODE_ENV !== 'production' && 'Implement createUser, or set every capabilities.createUser flag to false (NO_CREATE_INPUTS) when the adapter cannot create users.',
    });
  }
  const editable = capabilities.editableFields;
  if (Array.isArray(editable) && editable.length) {
    promised.push({
      method: 'updateUser' as const,
      because: `capabilities.editableFields lists ${editable.map(String).join(', ')}`,
      fix: process.env.NODE_ENV !== 'production' && 'Implement updateUser, or declare editableFields: [] when the adapter cannot edit users.',
    });
  }
  if (capabilities.userStatus === true) {
    promised.push({
      method: 'setUserStatus' as const,
      because: 'capabilities.userStatus is true',
      fix: process.env.NODE_ENV !== 'production' && 'Implement setUserStatus, or declare userStatus: false when the adapter cannot enable and disable users.',
    });
  }
  return promised;
}

/**
 * Checks everything Roster relies on before it calls an adapter: a non-empty `id`, complete and
 * well-typed capabilities, the read methods, write methods that are functions, and a method for
 * every write the capabilities promise. Methods may be inherited (class-based adapters).
 */
export function validateAdapter(value: unknown): Validated<RosterAdapter> {
  if (typeof value !== 'object' || value === null) {
    const fix = process.env.NODE_ENV !== 'production' && 'Pass a RosterAdapter: an object with id, capabilities and methods, for example createMemoryAdapter() from react-roster/memory.';
    return { ok: false, problems: [problem('adapter', { expected: 'an adapter object', fix }, value)] };
  }
  const adapter = value as Record<string, unknown>;
  const problems: AdapterProblem[] = [];
  if (typeof adapter.id !== 'string' || adapter.id === '') {
    const fix = process.env.NODE_ENV !== 'production' && 'Give the adapter a stable id naming the backend and its configuration, for example "my-idp:tenant-1"; it is part of every cache key.';
    problems.push(problem('adapter.id', { expected: 'a non-empty string', fix }, adapter.id));
  }
  const capabilities = validateCapabilities(adapter.capabilities, 'adapter.capabilities');
  if (!capabilities.ok) problems.push(...capabilities.problems);

  for (const name of ADAPTER_READ_METHODS) {
    if (typeof adapter[name] === 'function') continue;
    const fix = process.env.NODE_ENV !== 'production' && `Every adapter implements ${READ_METHOD_USAGE[name]}, as its own property or inherited from a class.`;
    problems.push(problem(`adapter.${name}`, { expected: 'a function', fix }, adapter[name]));
  }
  for (const name of [...ADAPTER_OPTIONAL_READ_METHODS, ...ADAPTER_WRITE_METHODS]) {
    const method = adapter[name];
    if (method === undefined || method === null || typeof method === 'function') continue;
    const fix =
      process.env.NODE_ENV !== 'production' &&
      (name === 'getOrganization'
        ? `Implement ${name}, or leave it out; Roster then pages through listOrganizations instead.`
        : `Implement ${name}, or leave it out when the backend cannot do it; the UI then hides the control.`);
    problems.push(problem(`adapter.${name}`, { expected: 'a function or nothing', fix }, method));
  }
  for (const write of promisedWrites(adapter.capabilities)) {
    if (typeof adapter[write.method] === 'function') continue;
    problems.push(problem(`adapter.${write.method}`, { expected: 'a function', fix: write.fix }, adapter[write.method], `, yet ${write.because}`));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: value as RosterAdapter };
}

/** One line per problem, for an error message. */
export function describeProblems(problems: readonly AdapterProblem[]): string {
  return problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n');
}

/** Throws a TypeError listing every problem, each with its fix, when the adapter is not usable. */
export function assertValidAdapter(value: unknown): asserts value is RosterAdapter {
  const result = validateAdapter(value);
  if (result.ok) return;
  const count = result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`;
  throw new TypeError(`Roster: the adapter cannot be used (${count}):\n${describeProblems(result.problems)}`);
}
