// @vitest-environment node
/**
 * The WorkOS adapter's one-user methods on the wire: lookup by the list's email filter, the
 * verified flag by PUT, and an invited user's invitation — read into `invitation`, sent again,
 * withdrawn with the user record that held the invitee's name.
 */
import { createWorkOSAdapter } from '../../../src/adapters/workos/index.js';
import { RosterError } from '../../../src/core/errors.js';
import { API_KEY, useWorkOSEmulator } from './emulatorServer.js';
import { rejectionOf } from '../../helpers/rejection.js';

const { emulator, sent } = useWorkOSEmulator();
const adapter = () => createWorkOSAdapter({ apiKey: API_KEY });
const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

async function invitee(email = 'details.invitee@roster-details.example') {
  const user = await adapter().createUser!({ invite: true, email, name: 'Details Invitee', organization: { id: 'org_001' } });
  await sent();
  return user;
}

describe('WorkOS adapter: one user, whole', () => {
  it('finds a user with GET /user_management/users?email=, whatever the letter case', async () => {
    const person = emulator.state.users[5]!;
    expect((await adapter().getUserByEmail!(person.email.toUpperCase())).id).toBe(person.id);
    const [list] = await sent('/user_management/users');
    expect(list!.query).toMatchObject({ email: person.email.toUpperCase() });
    expect((await failure(adapter().getUserByEmail!('nobody@roster-details.example'))).code).toBe('not_found');
  });

  it('sets email_verified with PUT and refuses a phone flag', async () => {
    const person = emulator.state.users[6]!;
    const was = person.email_verified;
    expect((await adapter().setUserVerified!(person.id, { email: !was })).emailVerified).toBe(!was);
    expect(emulator.state.users[6]!.email_verified).toBe(!was);
    expect((await failure(adapter().setUserVerified!(person.id, { phone: true }))).code).toBe('unsupported');
  });

  it('reads an invited user’s invitation: when it was sent and by whom', async () => {
    const user = await invitee();
    const pending = emulator.state.invitations.find((i) => i.email === user.email)!;
    pending.inviter_user_id = emulator.state.users[0]!.id;
    const read = await adapter().getUser(user.id);
    expect(read.status).toBe('invited');
    expect(read.invitation).toEqual({ sentAt: pending.created_at, invitedBy: emulator.state.users[0]!.id });
  });

  it('resends each pending invitation to the address with POST …/resend', async () => {
    const user = await invitee();
    await adapter().resendInvitation!(user.id);
    const invitation = emulator.state.invitations.find((i) => i.email === user.email)!;
    expect((await sent()).filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([`/user_management/invitations/${invitation.id}/resend`]);
    expect(invitation.state).toBe('pending');
  });

  it('revokes the invitation and deletes the user record; an active user is refused with invalid_input', async () => {
    const user = await invitee();
    await adapter().revokeInvitation!(user.id);
    expect(emulator.state.invitations.find((i) => i.email === user.email)!.state).toBe('revoked');
    expect(emulator.state.users.some((u) => u.id === user.id)).toBe(false);

    await sent();
    const active = emulator.state.users.find((u) => u.last_sign_in_at !== null)!;
    expect((await failure(adapter().revokeInvitation!(active.id))).code).toBe('invalid_input');
    expect((await failure(adapter().resendInvitation!(active.id))).code).toBe('invalid_input');
    expect((await sent()).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
