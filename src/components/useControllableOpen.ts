import { useCallback, useState } from 'react';

/** Dialog open state the host can control (`open` + `onOpenChange`) or leave to the component. */
export function useControllableOpen(open: boolean | undefined, defaultOpen: boolean, onOpenChange: ((open: boolean) => void) | undefined) {
  const [uncontrolled, setUncontrolled] = useState(defaultOpen);
  const isControlled = open !== undefined;
  const value = isControlled ? open : uncontrolled;
  const setOpen = useCallback(
    (next: boolean) => {
      if (!isControlled) setUncontrolled(next);
      onOpenChange?.(next);
    },
    [isControlled, onOpenChange],
  );
  return [value, setOpen] as const;
}
