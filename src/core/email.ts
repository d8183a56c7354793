/**
 * The one email check: something@domain.tld, no spaces. Deliberately loose (the backend is the
 * judge of deliverability); it exists to catch typos early with the same answer everywhere.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}
