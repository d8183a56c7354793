/**
 * The Clerk emulator's email address and phone number updates, as the Backend API documents them:
 *
 *   PATCH /email_addresses/{email_address_id}  { verified?, primary? }
 *   PATCH /phone_numbers/{phone_number_id}     { verified?, primary?, reserved_for_second_factor? }
 *
 * Each answers the updated address or number (not the user); an unknown id is a 404, any other
 * field is refused with `form_param_unknown`. `verified: true` marks it verified by an admin
 * (strategy `admin`), `false` leaves it with no verification, as an address added unverified is.
 * `primary: true` makes it the user's primary one.
 */
import type { ClerkEmailAddress, ClerkPhoneNumber, ClerkUser } from '../../../adapters/clerk/wire.js';
import { notFound, onlyParams, optionalBoolean, paramValueInvalid, type Body } from './failures.js';
import type { ClerkEmulatorState } from './state.js';

type Kind = 'email' | 'phone';

function holderOf(state: ClerkEmulatorState, kind: Kind, id: string): { user: ClerkUser; entry: ClerkEmailAddress | ClerkPhoneNumber } {
  for (const user of state.users) {
    const entries: Array<ClerkEmailAddress | ClerkPhoneNumber> = kind === 'email' ? user.email_addresses : user.phone_numbers;
    const entry = entries.find((e) => e.id === id);
    if (entry) return { user, entry };
  }
  throw notFound();
}

export function createIdentificationOperations(state: ClerkEmulatorState) {
  function update(kind: Kind, id: string, body: Body) {
    onlyParams(Object.keys(body), kind === 'email' ? ['verified', 'primary'] : ['verified', 'primary', 'reserved_for_second_factor']);
    const verified = optionalBoolean(body, 'verified');
    const primary = optionalBoolean(body, 'primary');
    const reserved = kind === 'phone' ? optionalBoolean(body, 'reserved_for_second_factor') : undefined;
    const { user, entry } = holderOf(state, kind, id);
    const isVerified = verified ?? entry.verification?.status === 'verified';
    if (reserved && !isVerified) throw paramValueInvalid('reserved_for_second_factor', 'Only a verified phone number can be reserved for second factor.');
    const now = Date.now();
    if (verified !== undefined) entry.verification = verified ? { status: 'verified', strategy: 'admin', attempts: null, expire_at: null } : null;
    if (primary) {
      if (kind === 'email') user.primary_email_address_id = entry.id;
      else user.primary_phone_number_id = entry.id;
    }
    if (reserved !== undefined && kind === 'phone') (entry as ClerkPhoneNumber).reserved_for_second_factor = reserved;
    entry.updated_at = now;
    user.updated_at = now;
    return structuredClone(entry);
  }

  return {
    updateEmailAddress: (id: string, body: Body) => update('email', id, body),
    updatePhoneNumber: (id: string, body: Body) => update('phone', id, body),
  };
}
