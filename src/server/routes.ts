/** Matches a request path (below the base path) against the protocol's route table. */
import { PROTOCOL_ROUTES, type ProtocolOperation } from '../core/protocol.js';
import { invalidInput, toFieldErrorRecord } from './fieldErrors.js';
import { HandlerError } from './handlerError.js';
import { isUnsafeId, UNSAFE_ID_MESSAGE } from '../core/pathIds.js';

export interface RouteParams {
  userId?: string;
  organizationId?: string;
  roleId?: string;
  permissionId?: string;
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

function decode(segments: readonly string[]): string[] {
  return segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw invalidInput('The request path is not validly encoded.');
    }
  });
}

/** The routes whose pattern fits the path, with the values their `:params` would take. */
function candidates(decoded: readonly string[]) {
  return COMPILED.flatMap((route) => {
    if (route.segments.length !== decoded.length) return [];
    const params: [string, string][] = [];
    const fits = route.segments.every((part, i) => {
      const value = decoded[i]!;
      if (!part.startsWith(':')) return part === value;
      params.push([part.slice(1), value]);
      return value !== '';
    });
    return fits ? [{ route, params }] : [];
  });
}

/** The methods some route serves at this path (for `Allow`); empty when no route has the path. */
export function allowedMethodsFor(segments: readonly string[]): string[] {
  return candidates(decode(segments)).map((c) => c.route.method);
}

export function methodNotAllowed(allowed: readonly string[]): HandlerError {
  return new HandlerError('unsupported', { status: 405, message: `Use ${allowed.join(' or ')} here.`, headers: { allow: allowed.join(', ') } });
}

export function matchRoute(method: string, segments: readonly string[]): MatchedRoute {
  const found = candidates(decode(segments));
  if (found.length === 0) throw new HandlerError('not_found', { status: 404, message: 'No Roster endpoint at this path.' });
  const match = found.find((c) => c.route.method === method);
  if (!match) throw methodNotAllowed(found.map((c) => c.route.method));
  const unsafe = match.params.filter(([, value]) => isUnsafeId(value));
  if (unsafe.length) {
    throw invalidInput('The request path holds an id that is not valid.', toFieldErrorRecord(unsafe.map(([name]) => [name, UNSAFE_ID_MESSAGE])));
  }
  return { operation: match.route.operation, params: Object.fromEntries(match.params) as RouteParams };
}
