/**
 * Where a matrix Node-side backend lives: one per dev server that mounts it.
 *
 * Vitest runs its projects at once in one Node process, and two of them mount the matrix's Node
 * side: the `browser` project (the matrix) and the `storybook` project (the stories on a
 * server-side adapter, which reset their backend as they start). One backend per name for the whole
 * process let a story's reset wipe a matrix cell's writes between the cell's save and its read (CI
 * saw it: "a user with email matrix.workos-server-invite@example.com: expected undefined"). So each
 * dev server (the scope) gets its own. The map lives on globalThis, keyed weakly by the scope, so a
 * re-evaluated copy of a server module still finds the backend its dev server was using.
 */

/** A backend's place: empty until first use, replaced whole on reset. */
export interface BackendSlot<T> {
  value: T | undefined;
}

type Slots = WeakMap<object, Map<string, BackendSlot<unknown>>>;

const KEY = Symbol.for('react-roster.matrix.node-backends');
const store = globalThis as typeof globalThis & { [KEY]?: Slots };

/** The place of the `name` backend of `scope` (a dev server, or a test file's own object). */
export function backendSlot<T>(scope: object, name: string): BackendSlot<T> {
  const slots = (store[KEY] ??= new WeakMap());
  let own = slots.get(scope);
  if (!own) slots.set(scope, (own = new Map()));
  let slot = own.get(name);
  if (!slot) own.set(name, (slot = { value: undefined }));
  return slot as BackendSlot<T>;
}
