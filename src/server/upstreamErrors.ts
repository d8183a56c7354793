/**
 * Errors from the identity provider, re-read from the browser's point of view. When the IdP
 * rejects the server's own credentials (a revoked management key, a wrong client secret) that is
 * the host's misconfiguration: passed on as 401 it would tell the browser its session expired and
 * send admins round a sign-in loop that cannot help.
 */
import { adapterMethods, type RosterAdapter } from '../core/adapter.js';
import { isRosterError } from '../core/errors.js';
import { HandlerError } from './handlerError.js';

export function withUpstreamErrors(adapter: RosterAdapter): RosterAdapter {
  const wrapped: Record<string, unknown> = { id: adapter.id, capabilities: adapter.capabilities };
  for (const [name, method] of Object.entries(adapterMethods(adapter))) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await method(...args);
      } catch (error) {
        if (isRosterError(error) && error.code === 'unauthorized') {
          throw new HandlerError('server', { status: 502, message: 'The server could not authenticate with the identity provider.', cause: error });
        }
        throw error;
      }
    };
  }
  return wrapped as unknown as RosterAdapter;
}
