/**
 * A contract runner that skips the named checks, each with its reason in the skipped test's
 * title, and a test that fails once the contract no longer has one of them: a renamed check then
 * runs (or fails) instead of slipping by unseen.
 */
import { describe, expect, it } from 'vitest';

export function skippingRunner(who: string, notApplicable: Readonly<Record<string, string>>) {
  const seen = new Set<string>();
  const runner = {
    describe,
    it: (name: string, body: () => void | Promise<void>, timeout?: number) => {
      // The contract may append what a check needs, "name (needs …)".
      const check = Object.keys(notApplicable).find((key) => name === key || name.startsWith(`${key} (`));
      if (check === undefined) return it(name, body, timeout);
      seen.add(check);
      it.skip(`${name} [not for ${who}: ${notApplicable[check]}]`, body, timeout);
    },
  };
  /** Call after the contract is defined. */
  const expectAllSeen = () =>
    it('skips only checks the contract still has', () => {
      expect(Object.keys(notApplicable).filter((name) => !seen.has(name))).toEqual([]);
    });
  return { runner, expectAllSeen };
}
