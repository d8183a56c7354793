// The emulator's reading of Auth0's user-search query syntax: what it matches, and what it refuses.
import { compileQuery, LuceneError, type FieldValue } from '../../../src/testing/emulators/auth0/lucene.js';

const user: Record<string, FieldValue[]> = {
  name: ['Jane Smith'],
  email: ['jane.smith@acme.example'],
  blocked: [true],
  organization_id: ['org_a', 'org_b'],
  logins_count: [12],
  'app_metadata.plan': ['Gold'],
};
const read = (field: string) => user[field] ?? null;
const matches = (q: string) => compileQuery(q)(read);

describe('Auth0 emulator: user search query syntax', () => {
  it('matches fields case-insensitively where Auth0 normalizes them, and metadata exactly', () => {
    expect(matches('name:"JANE SMITH"')).toBe(true);
    expect(matches('name:smith')).toBe(true);
    expect(matches('email:*SMITH@ACME*')).toBe(true);
    expect(matches('name:ja*')).toBe(true);
    expect(matches('app_metadata.plan:"gold"')).toBe(false);
    expect(matches('app_metadata.plan:"Gold"')).toBe(true);
  });

  it('combines with AND, OR, NOT and parentheses; juxtaposition is OR', () => {
    expect(matches('blocked:true AND organization_id:"org_b"')).toBe(true);
    expect(matches('NOT blocked:true')).toBe(false);
    expect(matches('(name:nobody OR email:jane*) AND NOT organization_id:"org_c"')).toBe(true);
    expect(matches('name:nobody email:jane*')).toBe(true);
    expect(matches('logins_count:[10 TO 20]')).toBe(true);
  });

  it('treats escaped characters as text, and refuses what Auth0 refuses', () => {
    expect(matches('name:Jane\\ Smith')).toBe(true);
    expect(matches('email:jane\\*')).toBe(false);
    for (const q of ['name:*ab*', 'name:*a', 'app_metadata.plan:Go*', 'unknown_field:x', 'name:/jan.*/', 'name:"open', 'name:jane~', '(name:jane']) {
      expect(() => compileQuery(q), q).toThrow(LuceneError);
    }
  });
});
