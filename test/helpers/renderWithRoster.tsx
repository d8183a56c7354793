import { render, renderHook, type RenderHookOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { RosterAdapter } from '../../src/core/adapter.js';
import { RosterProvider, type RosterProviderProps } from '../../src/react/RosterProvider.js';

type ProviderProps = Omit<RosterProviderProps, 'children' | 'adapter'>;

export function rosterWrapper(adapter: RosterAdapter, props: ProviderProps = {}) {
  return ({ children }: { children?: ReactNode }) => (
    <RosterProvider adapter={adapter} {...props}>
      {children}
    </RosterProvider>
  );
}

export function renderRosterHook<Result, Props>(
  hook: (props: Props) => Result,
  adapter: RosterAdapter,
  options: ProviderProps & Pick<RenderHookOptions<Props>, 'initialProps'> = {},
) {
  const { initialProps, ...props } = options;
  return renderHook(hook, { wrapper: rosterWrapper(adapter, props), initialProps });
}

export function renderWithRoster(ui: ReactElement, adapter: RosterAdapter, props: ProviderProps = {}) {
  return render(ui, { wrapper: rosterWrapper(adapter, props) });
}
