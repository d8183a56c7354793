/**
 * Fault injection for the memory adapter: make the next N calls of an operation fail with a
 * chosen error, or fail at a rate, so stories and tests can show every failure path on demand.
 */
import type { AdapterMethodName } from '../../core/adapter.js';
import { RosterError, type RosterErrorCode, type RosterErrorOptions } from '../../core/errors.js';
import { createRandom } from './random.js';

export type FaultError = RosterError | RosterErrorCode | (RosterErrorOptions & { code: RosterErrorCode });

export interface FaultRule {
  /** The operations this rule applies to; all of them when left out. */
  operation?: AdapterMethodName | readonly AdapterMethodName[];
  error: FaultError;
  /** Fail only the next `times` matching calls. */
  times?: number;
  /** Fail this fraction (0–1) of matching calls, decided by a seeded generator. */
  rate?: number;
}

export interface FaultController {
  /** Adds a rule; returns a function that removes it. */
  add(rule: FaultRule): () => void;
  /** Shorthand for `add({ operation, error, times })`. */
  failNext(operation: AdapterMethodName, error: FaultError, times?: number): () => void;
  clear(): void;
  /** Throws the error of the first rule that fires for this call, if any. */
  check(operation: AdapterMethodName): void;
}

function toError(error: FaultError): RosterError {
  if (error instanceof RosterError) return error;
  if (typeof error === 'string') return new RosterError(error, error === 'rate_limited' ? { status: 429, retryAfterMs: 1000 } : {});
  const { code, ...options } = error;
  return new RosterError(code, options);
}

export function createFaultController(rules: readonly FaultRule[] = [], seed = 1): FaultController {
  const random = createRandom(seed ^ 0x5eed);
  const active: { rule: FaultRule; remaining: number }[] = [];

  const controller: FaultController = {
    add(rule) {
      const entry = { rule, remaining: rule.times ?? Infinity };
      active.push(entry);
      return () => {
        const i = active.indexOf(entry);
        if (i >= 0) active.splice(i, 1);
      };
    },
    failNext(operation, error, times = 1) {
      return controller.add({ operation, error, times });
    },
    clear() {
      active.length = 0;
    },
    check(operation) {
      for (const entry of active) {
        const ops = entry.rule.operation;
        if (ops !== undefined && (typeof ops === 'string' ? ops !== operation : !ops.includes(operation))) continue;
        if (entry.rule.rate !== undefined && random() >= entry.rule.rate) continue;
        entry.remaining -= 1;
        if (entry.remaining <= 0) active.splice(active.indexOf(entry), 1);
        // A fresh error per failure, so callers never share (and mutate) one instance.
        const template = toError(entry.rule.error);
        throw new RosterError(template.code, {
          message: template.message,
          status: template.status,
          retryAfterMs: template.retryAfterMs,
          fieldErrors: template.fieldErrors,
        });
      }
    },
  };
  rules.forEach((rule) => controller.add(rule));
  return controller;
}
