/**
 * Strict validation of write bodies. A field the protocol does not define is an error, not
 * something to ignore: a body naming `organizationId` where none belongs, or smuggling a field an
 * adapter might pass on to the identity provider, is refused with 400 and per-field messages.
 */
import type { RoleScope } from '../core/adapter.js';
import { isEmail } from '../core/email.js';
import type { CreateUserInput, UpdateUserInput, VerificationChange } from '../core/model.js';
import { FieldErrors, invalidInput } from './fieldErrors.js';
import { isUnsafeId, UNSAFE_ID_MESSAGE } from '../core/pathIds.js';
import { hasReservedKey, isDeeperThan, MAX_ATTRIBUTE_DEPTH } from './jsonLimits.js';

const MAX_TEXT = 512;
const MAX_ID = 256;
const MAX_ROLE_IDS = 100;
const MAX_CUSTOM_ATTRIBUTES_BYTES = 16_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Body = Record<string, unknown>;

export function objectBody(body: unknown, { isOptional = false } = {}): Body {
  if (body === undefined && isOptional) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidInput('The request body must be a JSON object.');
  }
  return body as Body;
}

export function rejectUnknownFields(body: Body, allowed: readonly string[], errors: FieldErrors): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) errors.add(key, 'Unknown field.');
}

function text(body: Body, key: string, errors: FieldErrors, { isNullable = true, max = MAX_TEXT } = {}): string | null | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (value === null && isNullable) return null;
  if (typeof value !== 'string') return void errors.add(key, isNullable ? 'Must be text or null.' : 'Must be text.');
  if (value.length > max) return void errors.add(key, `Must be at most ${max} characters.`);
  return value;
}

function id(value: unknown, field: string, errors: FieldErrors): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return void errors.add(field, 'Must be a non-empty id.');
  if (value.length > MAX_ID) return void errors.add(field, `Must be at most ${MAX_ID} characters.`);
  if (isUnsafeId(value)) return void errors.add(field, UNSAFE_ID_MESSAGE);
  return value;
}

function roleIds(body: Body, errors: FieldErrors, { isRequired }: { isRequired: boolean }): string[] | undefined {
  const value = body.roleIds;
  if (value === undefined) return isRequired ? void errors.add('roleIds', 'Required.') : undefined;
  if (!Array.isArray(value)) return void errors.add('roleIds', 'Must be a list of role ids.');
  if (value.length > MAX_ROLE_IDS) return void errors.add('roleIds', `At most ${MAX_ROLE_IDS} roles at once.`);
  const ids = value.map((v, i) => id(v, `roleIds[${i}]`, errors));
  return ids.every((v): v is string => v !== undefined) ? [...new Set(ids)] : undefined;
}

function customAttributes(body: Body, errors: FieldErrors): Record<string, unknown> | undefined {
  const value = body.customAttributes;
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void errors.add('customAttributes', 'Must be an object.');
  // Depth first: the size check below serialises the value.
  if (Object.values(value).some((v) => isDeeperThan(v, MAX_ATTRIBUTE_DEPTH))) return void errors.add('customAttributes', `Nests deeper than ${MAX_ATTRIBUTE_DEPTH} levels.`);
  if (hasReservedKey(value, FORBIDDEN_KEYS)) return void errors.add('customAttributes', 'Contains a reserved key.');
  if (JSON.stringify(value).length > MAX_CUSTOM_ATTRIBUTES_BYTES) return void errors.add('customAttributes', 'Too large.');
  return value as Record<string, unknown>;
}

function pictureUrl(body: Body, errors: FieldErrors): string | null | undefined {
  const value = text(body, 'picture', errors, { max: 2048 });
  if (typeof value !== 'string') return value;
  // Components only ever show https pictures; storing anything else would plant a tracker or a
  // `javascript:` URL for some other client of the IdP to trip over.
  try {
    if (new URL(value).protocol === 'https:') return value;
  } catch {
    // Falls through to the field error.
  }
  return void errors.add('picture', 'Must be an https: URL.');
}

/** Copies only the fields that were sent, so an absent field stays absent (a partial update). */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function parseCreateUserBody(raw: unknown): CreateUserInput {
  const body = objectBody(raw);
  const errors = new FieldErrors();
  rejectUnknownFields(body, ['email', 'name', 'givenName', 'familyName', 'phone', 'roleIds', 'invite', 'customAttributes', 'organization'], errors);
  const email = text(body, 'email', errors, { isNullable: false, max: 320 });
  if (email === undefined) errors.add('email', 'Required.');
  else if (typeof email === 'string' && !isEmail(email.trim())) errors.add('email', 'Enter a valid email address.');
  if (body.invite !== undefined && typeof body.invite !== 'boolean') errors.add('invite', 'Must be true or false.');
  const input = defined<CreateUserInput>({
    email: email ?? '',
    name: text(body, 'name', errors),
    givenName: text(body, 'givenName', errors),
    familyName: text(body, 'familyName', errors),
    phone: text(body, 'phone', errors, { max: 64 }),
    roleIds: roleIds(body, errors, { isRequired: false }),
    invite: body.invite as boolean | undefined,
    customAttributes: customAttributes(body, errors),
    organization: createInOrganization(body, errors),
  });
  errors.throwIfAny();
  return input;
}

/** `organization: { id, roleIds? }`: the organization a new user joins, with their roles there. */
function createInOrganization(body: Body, errors: FieldErrors): CreateUserInput['organization'] {
  const value = body.organization;
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void errors.add('organization', 'Must be an object with an id.');
  const inner = value as Body;
  const unknown = Object.keys(inner).filter((key) => key !== 'id' && key !== 'roleIds');
  if (unknown.length) return void errors.add('organization', `Unknown field: ${unknown[0]!.slice(0, 40)}.`);
  const organizationId = id(inner.id, 'organization.id', errors);
  const ids = roleIds(inner, errors, { isRequired: false });
  if (organizationId === undefined) return undefined;
  return ids ? { id: organizationId, roleIds: ids } : { id: organizationId };
}

export function parseUpdateUserBody(raw: unknown): UpdateUserInput {
  const body = objectBody(raw);
  const errors = new FieldErrors();
  rejectUnknownFields(body, ['name', 'givenName', 'familyName', 'phone', 'picture', 'customAttributes'], errors);
  const patch = defined<UpdateUserInput>({
    name: text(body, 'name', errors),
    givenName: text(body, 'givenName', errors),
    familyName: text(body, 'familyName', errors),
    phone: text(body, 'phone', errors, { max: 64 }),
    picture: pictureUrl(body, errors),
    customAttributes: customAttributes(body, errors),
  });
  errors.throwIfAny();
  return patch;
}

export function parseStatusBody(raw: unknown): { status: 'active' | 'disabled' } {
  const body = objectBody(raw);
  const errors = new FieldErrors();
  rejectUnknownFields(body, ['status'], errors);
  if (body.status !== 'active' && body.status !== 'disabled') errors.add('status', 'Must be active or disabled.');
  errors.throwIfAny();
  return { status: body.status as 'active' | 'disabled' };
}

/** `{ email?, phone? }`: true or false each, at least one. */
export function parseVerifiedBody(raw: unknown): VerificationChange {
  const body = objectBody(raw);
  const errors = new FieldErrors();
  rejectUnknownFields(body, ['email', 'phone'], errors);
  for (const key of ['email', 'phone'] as const) {
    if (body[key] !== undefined && typeof body[key] !== 'boolean') errors.add(key, 'Must be true or false.');
  }
  if (body.email === undefined && body.phone === undefined) errors.add('email', 'Say whether the email address, the phone number or both are verified.');
  errors.throwIfAny();
  return defined<VerificationChange>({ email: body.email as boolean | undefined, phone: body.phone as boolean | undefined });
}

export function parseRoleChangeBody(raw: unknown): { roleIds: string[]; scope: RoleScope } {
  const body = objectBody(raw);
  const errors = new FieldErrors();
  rejectUnknownFields(body, ['roleIds', 'organizationId'], errors);
  const ids = roleIds(body, errors, { isRequired: true });
  const organizationId = body.organizationId === undefined ? undefined : id(body.organizationId, 'organizationId', errors);
  errors.throwIfAny();
  return { roleIds: ids!, scope: organizationId ? { organizationId } : {} };
}

export function parseMembershipBody(raw: unknown): { roleIds?: string[] } {
  const body = objectBody(raw, { isOptional: true });
  const errors = new FieldErrors();
  rejectUnknownFields(body, ['roleIds'], errors);
  const ids = roleIds(body, errors, { isRequired: false });
  errors.throwIfAny();
  return ids ? { roleIds: ids } : {};
}

export function parseNoBody(raw: unknown): void {
  if (raw !== undefined) throw invalidInput('This request takes no body.');
}
