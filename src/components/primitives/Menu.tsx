/**
 * A small accessible menu button (WAI-ARIA menu pattern): Enter, Space or ArrowDown opens it on
 * the first item, ArrowUp on the last; arrows, Home and End move; Escape closes and returns focus
 * to the button; Tab closes. Written here rather than adding a dropdown library and its
 * positioning engine for one row menu.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useStyling } from '../StylingScope.js';

export interface MenuItem {
  id: string;
  label: ReactNode;
  onSelect: () => void;
  variant?: 'danger';
  disabled?: boolean;
  /** Draws a separator (`menu-separator`, role="separator") above the item, e.g. before "Delete…". */
  separated?: boolean;
}

export interface MenuProps {
  /** Accessible name of the button, e.g. "Actions for Ana Silva". */
  label: string;
  /** What the button shows; defaults to an ellipsis. */
  trigger?: ReactNode;
  items: MenuItem[];
  buttonRef?: (element: HTMLButtonElement | null) => void;
}

export function Menu({ label, trigger = '⋯', items, buttonRef }: MenuProps) {
  const { part: parts } = useStyling();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const enabled = items.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0);

  useEffect(() => {
    if (open) list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const move = (delta: number) => {
    const at = enabled.indexOf(active);
    setActive(enabled[(at + delta + enabled.length) % enabled.length]!);
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(enabled[0] ?? 0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(enabled[enabled.length - 1] ?? 0);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => setActive(enabled[0] ?? 0),
      End: () => setActive(enabled[enabled.length - 1] ?? 0),
      Escape: () => close(true),
    };
    if (event.key === 'Tab') return close(false);
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  };

  return (
    <span {...parts('menu', 'roster-menu')} data-state={open ? 'open' : 'closed'}>
      <button
        ref={(el) => {
          button.current = el;
          buttonRef?.(el);
        }}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        {...parts('menu-button', 'roster-menu-button')}
        onClick={() => (open ? close(false) : openAt(enabled[0] ?? 0))}
        onKeyDown={onButtonKeyDown}
      >
        {trigger}
      </button>
      {open && (
        <ul ref={list} id={menuId} role="menu" aria-label={label} {...parts('menu-list', 'roster-menu-list')} onKeyDown={onMenuKeyDown}>
          {items.map((item, i) => [
            // Not a menuitem: arrows and the `active` index skip it.
            item.separated && i > 0 && <li key={`${item.id}-separator`} role="separator" {...parts('menu-separator', 'roster-menu-separator')} />,
            <li
              key={item.id}
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              aria-disabled={item.disabled || undefined}
              data-variant={item.variant}
              {...parts('menu-item', 'roster-menu-item')}
              onClick={() => {
                if (item.disabled) return;
                close(true);
                item.onSelect();
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  if (item.disabled) return;
                  close(true);
                  item.onSelect();
                }
              }}
            >
              {item.label}
            </li>,
          ])}
        </ul>
      )}
    </span>
  );
}
