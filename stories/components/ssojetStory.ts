/**
 * A story on SSOJet through its real adapter and fetch, answered in the browser by the strict
 * emulator (msw): the manager stories share it. A fresh emulator per story run, so each play
 * function reads the IdP's own state after its writes.
 */
import { createSsojetAdapter } from 'react-roster/ssojet';
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID, type SsojetEmulator } from 'react-roster/testing';

export function onSsojetEmulator(userCount = 30) {
  let current: SsojetEmulator | undefined;
  return {
    parameters: { roster: { adapter: () => createSsojetAdapter({ clientId: SSOJET_EMULATOR_CLIENT_ID, getAccessToken: async () => SSOJET_EMULATOR_ACCESS_TOKEN }) } },
    beforeEach: ({ msw }: { msw: { use: (...handlers: SsojetEmulator['handlers']) => void } }) => {
      current = createSsojetEmulator({ userCount });
      msw.use(...current.handlers);
    },
    /** The emulator of the story running now; only defined once its `beforeEach` has run. */
    emulator: (): SsojetEmulator => current!,
  };
}
