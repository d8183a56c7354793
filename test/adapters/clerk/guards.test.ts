/**
 * The Clerk adapter refuses to start where a browser runs it (this file runs in jsdom, which has
 * `window`), and refuses keys that are not a Clerk secret key, before anything is sent.
 */
import { createClerkAdapter } from '../../../src/adapters/clerk/index.js';

describe('createClerkAdapter guards', () => {
  it('refuses to start where window exists, saying where to put the key instead', () => {
    expect(typeof window).toBe('object');
    expect(() => createClerkAdapter({ secretKey: 'sk_test_Abc123' })).toThrow(/runs only on a server.*react-roster\/server/s);
  });

  it('names the fix for a missing, publishable or malformed key', () => {
    const saved = globalThis.window;
    // @ts-expect-error -- jsdom's window, taken away for this check only.
    delete globalThis.window;
    const savedDocument = globalThis.document;
    // @ts-expect-error -- as above.
    delete globalThis.document;
    try {
      expect(() => createClerkAdapter({ secretKey: '' })).toThrow(/needs `secretKey`/);
      expect(() => createClerkAdapter({ secretKey: 'pk_test_Abc' })).toThrow(/publishable key/);
      expect(() => createClerkAdapter({ secretKey: 'sk_test_abc\r\nX-Evil: 1' })).toThrow(/sk_live_/);
      expect(() => createClerkAdapter({ secretKey: 'sk_test_Abc123', defaultOrganizationRole: 'admin' })).toThrow(/org:member/);
      expect(createClerkAdapter({ secretKey: 'sk_test_Abc123', id: 'clerk:eu' }).id).toBe('clerk:eu');
    } finally {
      globalThis.window = saved;
      globalThis.document = savedDocument;
    }
  });
});
