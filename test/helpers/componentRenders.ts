/**
 * Which components rendered between two moments, by name: what React DevTools' "highlight
 * updates" shows, for tests of what a change costs (a role toggle must not render the toolbar).
 *
 * Read from the committed fiber tree of the container Testing Library rendered into. A component
 * that rendered holds new props (its parent rendered it) or a new hook list (its own state moved);
 * one React skipped — memoized, or under a parent that bailed out — keeps both. React internals,
 * read only: `__reactContainer$…` on the container, and each fiber's `child`, `sibling`, `type`,
 * `memoizedProps` and `memoizedState`, all stable since React 16. A component with no hooks that
 * renders for a context change alone is not seen; the components counted here all have hooks.
 */

interface Fiber {
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
  stateNode: unknown;
}

function rootFiber(container: Element): Fiber {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
  if (!key) throw new Error('componentRenders: no React root on this container; pass the `container` render() returned.');
  // The fiber stored at creation may be the stale half of the double buffer; the FiberRoot knows the current one.
  return ((container as unknown as Record<string, Fiber>)[key]!.stateNode as { current: Fiber }).current;
}

function componentName(fiber: Fiber): string | null {
  if (typeof fiber.type !== 'function') return null;
  const type = fiber.type as { displayName?: string; name?: string };
  return type.displayName ?? type.name ?? null;
}

function* components(container: Element): Generator<{ name: string; fiber: Fiber }> {
  const stack: Fiber[] = [rootFiber(container)];
  while (stack.length) {
    const fiber = stack.pop()!;
    const name = componentName(fiber);
    if (name) yield { name, fiber };
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
}

/**
 * Starts watching: `rendered()` then says how many instances of each component rendered since
 * (a component rendering twice counts once), `mounted` instances included.
 */
export function watchRenders(container: Element) {
  const props = new Set<unknown>();
  const states = new Set<unknown>();
  for (const { fiber } of components(container)) {
    props.add(fiber.memoizedProps);
    if (fiber.memoizedState !== null) states.add(fiber.memoizedState);
  }
  return {
    rendered(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const { name, fiber } of components(container)) {
        const hasRendered = !props.has(fiber.memoizedProps) || (fiber.memoizedState !== null && !states.has(fiber.memoizedState));
        if (hasRendered) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      return counts;
    },
  };
}
