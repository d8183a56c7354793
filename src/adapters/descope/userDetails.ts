/**
 * What both modes of the Descope adapter share for UserDetails: finding a user by email among
 * search results, the verified flags of a patch, the invitation checks, and the custom attributes'
 * definitions (`GET /v1/mgmt/user/customattributes`, which the user-management widget reads too).
 */
import { RosterError } from '../../core/errors.js';
import type { AttributeDefinition, AttributeType, User, VerificationChange } from '../../core/model.js';
import { badShape, readArrayOf, readBoolean, readNonEmptyString, readObject, readOptional, readString } from '../../core/shape.js';
import { DESCOPE_ATTRIBUTE_TYPES } from './detailsWire.js';
import type { DescopeUser } from './wire.js';

/** The address to look up: trimmed, and something at all. */
export function lookupEmail(email: unknown): string {
  const text = typeof email === 'string' ? email.trim() : '';
  if (!text) throw new RosterError('invalid_input', { message: 'Enter an email address to look up.', fieldErrors: { email: 'Enter an email address.' } });
  return text;
}

const folded = (text: string) => text.toLocaleLowerCase('en-US');

/**
 * The spellings to ask Descope's exact-match `emails` filter for: as typed and folded to lower
 * case (how addresses are mostly stored). Whether Descope compares them case-insensitively is not
 * documented; a stored spelling in other cases is left to the text search after it.
 */
export function emailSpellings(email: string): string[] {
  return [...new Set([email, folded(email)])];
}

/**
 * The record holding `email`, compared case-insensitively; of several, the one spelled exactly so,
 * then one signing in with it, then the first in Descope's order.
 */
export function pickByEmail(records: readonly DescopeUser[], email: string): DescopeUser | undefined {
  const wanted = folded(email);
  const matching = records.filter((r) => folded(r.email) === wanted);
  return (
    matching.find((r) => r.email === email) ??
    matching.find((r) => r.loginIds.some((id) => folded(id) === wanted)) ??
    matching[0]
  );
}

export function noUserWithEmail(): RosterError {
  return new RosterError('not_found', { status: 404, message: 'No user has this email address.' });
}

/** The verified flags of a patch body; only those given are sent. */
export function verificationFields(change: VerificationChange): { verifiedEmail?: boolean; verifiedPhone?: boolean } {
  const c = (typeof change === 'object' && change !== null ? change : {}) as Record<string, unknown>;
  const fields: { verifiedEmail?: boolean; verifiedPhone?: boolean } = {};
  for (const [key, wire] of [['email', 'verifiedEmail'], ['phone', 'verifiedPhone']] as const) {
    const value = c[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') {
      throw new RosterError('invalid_input', { message: 'A verified flag must be true or false.', fieldErrors: { [key]: 'Must be true or false.' } });
    }
    fields[wire] = value;
  }
  return fields;
}

/**
 * Descope answers a patch with the user as it now is; a flag it did not take (an address the user
 * does not have, a session Descope does not let set it) fails here instead of passing unnoticed.
 */
export function checkVerified(user: User, fields: { verifiedEmail?: boolean; verifiedPhone?: boolean }): User {
  const missed = (
    [
      ['email', fields.verifiedEmail, user.emailVerified, user.email],
      ['phone', fields.verifiedPhone, user.phoneVerified, user.phone],
    ] as const
  ).filter(([, wanted, now]) => wanted !== undefined && wanted !== now);
  if (missed.length === 0) return user;
  const [field, , , value] = missed[0]!;
  if (!value) {
    throw new RosterError('invalid_input', {
      message: field === 'email' ? 'The user has no email address to verify.' : 'The user has no phone number to verify.',
      fieldErrors: { [field]: 'Nothing to verify.' },
    });
  }
  throw new RosterError('unsupported', { message: 'Descope did not change the verified state.' });
}

/** Resending and withdrawing apply to a pending invitation only. */
export function requireInvited(record: DescopeUser, what: 'resend' | 'revoke'): void {
  if (record.status === 'invited') return;
  throw new RosterError('invalid_input', {
    message: what === 'resend' ? 'Only a pending invitation can be sent again.' : 'Only a pending invitation can be withdrawn.',
    fieldErrors: { status: 'The user is not invited.' },
  });
}

const TYPES: Record<number, AttributeType> = {
  [DESCOPE_ATTRIBUTE_TYPES.text]: 'string',
  [DESCOPE_ATTRIBUTE_TYPES.numeric]: 'number',
  [DESCOPE_ATTRIBUTE_TYPES.bool]: 'boolean',
  [DESCOPE_ATTRIBUTE_TYPES.singleSelect]: 'string',
  [DESCOPE_ATTRIBUTE_TYPES.array]: 'list',
  [DESCOPE_ATTRIBUTE_TYPES.date]: 'date',
};

/** An option: `{ value, label }` (docs, node-sdk) or a plain string (the widget's types). */
function readOption(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  return readString(readObject(value, path).value, `${path}.value`);
}

function readDefinition(value: unknown, path: string, editableByDefault: boolean): AttributeDefinition | null {
  const d = readObject(value, path);
  const key = readNonEmptyString(d.name, `${path}.name`);
  if (typeof d.type !== 'number') badShape(`${path}.type`, 'a number', d.type);
  const type = TYPES[d.type];
  // A type Descope adds later: left out, so the attribute shows typed by its value instead.
  if (!type) return null;
  const label = readOptional(d.displayName, `${path}.displayName`, readString, '');
  const options = readOptional(d.options, `${path}.options`, (v, p) => readArrayOf(v, p, readOption), []);
  return {
    key,
    label: label.trim() ? label : null,
    type,
    editable: readOptional(d.editable, `${path}.editable`, readBoolean, editableByDefault),
    ...(d.type === DESCOPE_ATTRIBUTE_TYPES.singleSelect ? { options } : {}),
  };
}

/**
 * `{ data: [...] }` as definitions. `editable` is "whether this specific user can edit this
 * field" (docs); where Descope leaves it out, `editableByDefault` decides: a management key may
 * change every attribute, while the widget shows an attribute without `editable: true` read-only.
 */
export function readAttributeDefinitions(body: unknown, editableByDefault: boolean): AttributeDefinition[] {
  const read = (v: unknown, p: string) => readArrayOf(v, p, (item, at) => readDefinition(item, at, editableByDefault));
  const data: Array<AttributeDefinition | null> = readOptional(readObject(body, 'response').data, 'data', read, []);
  // One definition per key, the first, so a list keyed by it stays sound.
  const seen = new Set<string>();
  return data.filter((d): d is AttributeDefinition => d !== null && !seen.has(d.key) && Boolean(seen.add(d.key)));
}
