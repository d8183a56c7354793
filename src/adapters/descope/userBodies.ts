/**
 * The user fields of Descope's create and patch bodies, as the SDKs and the widget name them
 * (`displayName`, not the docs' `name`), shared by both modes. Who the body is about (`loginId`)
 * and what else it carries differ per mode and are added there.
 */
import { isEmail } from '../../core/email.js';
import { RosterError } from '../../core/errors.js';
import type { CreateUserInput, UpdateUserInput, UserStatus } from '../../core/model.js';
import type { DescopeUserStatus } from './wire.js';

/** The new user's email, which is also its login id. */
export function createEmail(input: CreateUserInput): string {
  const email = typeof input.email === 'string' ? input.email.trim() : '';
  if (!isEmail(email)) {
    throw new RosterError('invalid_input', { message: 'The email address is not valid.', fieldErrors: { email: 'Enter a valid email address.' } });
  }
  return email;
}

/** Profile fields of a create body; only those given are sent. */
export function createProfile(input: CreateUserInput): Record<string, unknown> {
  return {
    ...(input.name ? { displayName: input.name } : {}),
    ...(input.givenName ? { givenName: input.givenName } : {}),
    ...(input.familyName ? { familyName: input.familyName } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.customAttributes ? { customAttributes: input.customAttributes } : {}),
  };
}

/** Every field `updateUser` can change, in both modes: Descope's patch takes each of them. */
export const PATCHABLE_FIELDS = ['name', 'givenName', 'familyName', 'phone', 'picture', 'customAttributes'] as const satisfies readonly (keyof UpdateUserInput)[];

/**
 * Fields of a patch body. Always PATCH, never Descope's full-replace update, which clears every
 * field it is not sent; a field set to null is sent empty, which is how Descope clears it.
 */
export function patchFields(patch: UpdateUserInput): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const text = (value: string | null | undefined) => value ?? '';
  if (patch.name !== undefined) body.displayName = text(patch.name);
  if (patch.givenName !== undefined) body.givenName = text(patch.givenName);
  if (patch.familyName !== undefined) body.familyName = text(patch.familyName);
  if (patch.phone !== undefined) body.phone = text(patch.phone);
  if (patch.picture !== undefined) body.picture = text(patch.picture);
  if (patch.customAttributes !== undefined) body.customAttributes = patch.customAttributes;
  return body;
}

/** The status word `update/status` takes. */
export function descopeStatus(status: Exclude<UserStatus, 'invited'>): DescopeUserStatus {
  if (status !== 'active' && status !== 'disabled') {
    throw new RosterError('invalid_input', { message: 'Status must be active or disabled.', fieldErrors: { status: 'Must be active or disabled.' } });
  }
  return status === 'active' ? 'enabled' : 'disabled';
}
