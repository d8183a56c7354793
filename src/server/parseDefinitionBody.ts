/**
 * Strict parsing of the bodies that define roles, permissions and organizations, by the same
 * rules as the user writes (./parseBody.ts): unknown fields refused, every problem reported on its
 * own field. Names and descriptions are trimmed (a name empty after trimming is refused here, with
 * the handler's own words, before any IdP sees it) and otherwise kept as typed: markup or
 * direction marks in a name are text, and the components render them as text. Domains pass the
 * one domain check of the project (core/domain.ts).
 */
import { isDomain, normalizeDomain } from '../core/domain.js';
import type { OrganizationInput, OrganizationPatch, PermissionInput, PermissionPatch, RoleInput, RolePatch } from '../core/model.js';
import { FieldErrors } from './fieldErrors.js';
import { defined, objectBody, rejectUnknownFields, type Body } from './parseBody.js';

/** Long enough for any real name (and the contract's 1,000-character one), short enough for a log line. */
export const MAX_DEFINITION_NAME = 1024;
const MAX_DESCRIPTION = 2048;
/** A role granting every permission of a large project still fits. */
const MAX_PERMISSIONS = 1000;
const MAX_DOMAINS = 100;

interface TextRule {
  isRequired: boolean;
  max: number;
}

function trimmedText(body: Body, key: string, errors: FieldErrors, { isRequired, max }: TextRule): string | undefined {
  const value = body[key];
  if (value === undefined) return isRequired ? void errors.add(key, 'Required.') : undefined;
  if (typeof value !== 'string') return void errors.add(key, 'Must be text.');
  const trimmed = value.trim();
  if (trimmed.length > max) return void errors.add(key, `Must be at most ${max} characters.`);
  return trimmed;
}

/** A name: required on create, and never empty once trimmed, on create or rename alike. */
function name(body: Body, errors: FieldErrors, isRequired: boolean): string | undefined {
  const value = trimmedText(body, 'name', errors, { isRequired, max: MAX_DEFINITION_NAME });
  if (value === '') return void errors.add('name', 'Enter a name.');
  return value;
}

const description = (body: Body, errors: FieldErrors) => trimmedText(body, 'description', errors, { isRequired: false, max: MAX_DESCRIPTION });

/** Permission names a role grants: the whole set, each once. */
function permissions(body: Body, errors: FieldErrors): string[] | undefined {
  const value = body.permissions;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return void errors.add('permissions', 'Must be a list of permission names.');
  if (value.length > MAX_PERMISSIONS) return void errors.add('permissions', `At most ${MAX_PERMISSIONS} permissions.`);
  const names: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || item.trim() === '') return void errors.add('permissions', 'Each permission must be a non-empty name.');
    if (item.trim().length > MAX_DEFINITION_NAME) return void errors.add('permissions', `Each permission name must be at most ${MAX_DEFINITION_NAME} characters.`);
    names.push(item.trim());
  }
  return [...new Set(names)];
}

/** Email domains, normalized as they are stored (`@Example.COM ` → `example.com`), each once. */
function domains(body: Body, errors: FieldErrors): string[] | undefined {
  const value = body.domains;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return void errors.add('domains', 'Must be a list of domains.');
  if (value.length > MAX_DOMAINS) return void errors.add('domains', `At most ${MAX_DOMAINS} domains.`);
  const found: string[] = [];
  for (const [i, item] of value.entries()) {
    const domain = typeof item === 'string' ? normalizeDomain(item) : '';
    if (!isDomain(domain)) return void errors.add('domains', `Domain ${i + 1} is not a domain such as example.com.`);
    found.push(domain);
  }
  return [...new Set(found)];
}

function parsed<T extends object>(raw: unknown, fields: readonly string[], read: (body: Body, errors: FieldErrors) => T): T {
  const body = objectBody(raw);
  const errors = new FieldErrors();
  rejectUnknownFields(body, fields, errors);
  const value = defined(read(body, errors));
  errors.throwIfAny();
  return value;
}

const ROLE_FIELDS = ['name', 'description', 'permissions'];
const PERMISSION_FIELDS = ['name', 'description'];
const ORGANIZATION_FIELDS = ['name', 'domains'];

export const parseRoleInputBody = (raw: unknown): RoleInput =>
  parsed(raw, ROLE_FIELDS, (b, e) => ({ name: name(b, e, true) ?? '', description: description(b, e), permissions: permissions(b, e) }));

export const parseRolePatchBody = (raw: unknown): RolePatch =>
  parsed(raw, ROLE_FIELDS, (b, e) => ({ name: name(b, e, false), description: description(b, e), permissions: permissions(b, e) }));

export const parsePermissionInputBody = (raw: unknown): PermissionInput =>
  parsed(raw, PERMISSION_FIELDS, (b, e) => ({ name: name(b, e, true) ?? '', description: description(b, e) }));

export const parsePermissionPatchBody = (raw: unknown): PermissionPatch =>
  parsed(raw, PERMISSION_FIELDS, (b, e) => ({ name: name(b, e, false), description: description(b, e) }));

export const parseOrganizationInputBody = (raw: unknown): OrganizationInput =>
  parsed(raw, ORGANIZATION_FIELDS, (b, e) => ({ name: name(b, e, true) ?? '', domains: domains(b, e) }));

export const parseOrganizationPatchBody = (raw: unknown): OrganizationPatch =>
  parsed(raw, ORGANIZATION_FIELDS, (b, e) => ({ name: name(b, e, false), domains: domains(b, e) }));
