/**
 * The tabs of RoleManager (WAI-ARIA tabs, automatic activation): arrows move and select, in the
 * reading direction, Home and End go to the ends; only the selected tab is in the Tab order.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useRoleManagerScope } from './roleManagerScope.js';

export interface RoleManagerTab<Id extends string> {
  id: Id;
  label: string;
}

export interface RoleManagerTabsProps<Id extends string> {
  tabs: readonly RoleManagerTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ReactNode;
}

export function RoleManagerTabs<Id extends string>({ tabs, selected, onSelect, children }: RoleManagerTabsProps<Id>) {
  const { strings, part } = useRoleManagerScope();
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  // One tab: no tablist, just its panel.
  if (tabs.length < 2) return <>{children}</>;

  const move = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const rtl = list.current ? getComputedStyle(list.current).direction === 'rtl' : false;
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -at, End: tabs.length - 1 - at };
    const delta = step[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const next = tabs[(at + delta + tabs.length) % tabs.length]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${next.id}`)}`)?.focus();
  };

  return (
    <>
      <div ref={list} role="tablist" aria-label={strings.t.tabsLabel} {...part('tabs')} onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${id}-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            data-state={tab.id === selected ? 'active' : 'inactive'}
            {...part('tab')}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${selected}`}>
        {children}
      </div>
    </>
  );
}
