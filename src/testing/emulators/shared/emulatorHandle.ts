/**
 * The part of every emulator's handle that is the same: its MSW handlers, the live state, the
 * fault controls a test drives, and `reset()` back to the seeded data with no faults and no
 * latency. Vendor-specific reset work (id streams, rate windows, issued tokens) goes in `restart`.
 */
import type { HttpHandler } from 'msw';
import type { FaultController, FaultQueue } from './faultQueue.js';

export interface EmulatorHandleParts<State extends object, Route extends string, Fault> {
  handlers: HttpHandler[];
  state: State;
  faults: FaultQueue<Route, Fault>;
  /** A fresh copy of the seeded data; its fields replace the live state's on reset. */
  reseed: () => State;
  /** Runs first on reset, so that `reseed` can use what it restarts (an id stream). */
  restart?: () => void;
}

export interface EmulatorHandle<State extends object, Route extends string, Fault> {
  handlers: HttpHandler[];
  readonly state: State;
  faults: FaultController<Route, Fault>;
  reset(): void;
}

export function emulatorHandle<State extends object, Route extends string, Fault>(parts: EmulatorHandleParts<State, Route, Fault>): EmulatorHandle<State, Route, Fault> {
  const { handlers, state, faults, reseed, restart } = parts;
  return {
    handlers,
    state,
    faults: faults.controller,
    reset() {
      restart?.();
      // In place: handlers and tests hold this object.
      Object.assign(state, reseed());
      faults.clear();
    },
  };
}
