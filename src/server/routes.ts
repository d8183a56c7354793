/** Matches a request path (below the base path) against the protocol's route table. */
import { RosterError } from '../core/errors.js';
import { PROTOCOL_ROUTES, type ProtocolOperation } from '../adapters/remote/protocol.js';
import { invalidInput } from './fieldErrors.js';

export interface RouteParams {
  userId?: string;
  organizationId?: string;
}

export interface MatchedRoute {
  operation: ProtocolOperation;
  params: RouteParams;
}

const COMPILED = PROTOCOL_ROUTES.map((route) => ({ ...route, segments: route.pattern.split('/') }));

/** The path segments below `basePath`, or null when the path is not Roster's. */
export function pathBelow(pathname: string, basePath: string): string[] | null {
  if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return null;
  const rest = pathname.slice(basePath.length).replace(/^\/+/, '');
  return rest === '' ? [] : rest.split('/');
}

export function matchRoute(method: string, segments: readonly string[]): MatchedRoute {
  const decoded = segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw invalidInput('The request path is not validly encoded.');
    }
  });
  const allowed: string[] = [];
  for (const route of COMPILED) {
    if (route.segments.length !== decoded.length) continue;
    const params: Record<string, string> = {};
    const isMatch = route.segments.every((part, i) => {
      const value = decoded[i]!;
      if (part.startsWith(':')) {
        params[part.slice(1)] = value;
        return value !== '';
      }
      return part === value;
    });
    if (!isMatch) continue;
    if (route.method === method) return { operation: route.operation, params };
    allowed.push(route.method);
  }
  if (allowed.length) {
    throw new RosterError('unsupported', { status: 405, message: `Use ${allowed.join(' or ')} here.` });
  }
  throw new RosterError('not_found', { status: 404, message: 'No Roster endpoint at this path.' });
}
