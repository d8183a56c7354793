import { waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';

/**
 * Presses Tab until `target` has focus, failing if it is not reachable within `limit` presses.
 * The target may not be rendered yet (data still loading): it is looked up again before each press.
 */
export async function tabTo(target: () => Element | null, limit = 200) {
  const find = () => {
    try {
      return target();
    } catch {
      return null;
    }
  };
  for (let i = 0; i < limit; i++) {
    const element = find() ?? (await waitFor(() => target(), { timeout: 5000 }));
    if (document.activeElement === element) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`not reachable by Tab: ${find()?.outerHTML.slice(0, 120)}`);
}
