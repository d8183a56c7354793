/**
 * Runs in jsdom, where `window` exists: the WorkOS adapter must refuse its secret key here, and
 * say where the key belongs instead.
 */
import { createWorkOSAdapter } from '../../../src/adapters/workos/index.js';

describe('createWorkOSAdapter where a browser runs it', () => {
  it('refuses to start and points at react-roster/server', () => {
    expect(typeof window).toBe('object');
    expect(() => createWorkOSAdapter({ apiKey: 'sk_test_in_a_browser' })).toThrow(/must never reach a browser[\s\S]*react-roster\/server/);
  });

  it('names a missing or mangled key before anything else', () => {
    expect(() => createWorkOSAdapter({} as never)).toThrow(/needs `apiKey`/);
    expect(() => createWorkOSAdapter({ apiKey: 'sk_test one' })).toThrow(/whitespace/);
  });
});
