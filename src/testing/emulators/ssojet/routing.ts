/**
 * What every emulated SSOJet route shares: latency and injected faults first, then the bearer
 * token and client id checks, then the resolver, whose `refuse(…)` becomes SSOJet's error answer.
 * Also the request-body readers, so each route words a missing field the same way.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { readJsonBody } from '../shared/jsonBody.js';
import type { SsojetFaultQueue, SsojetRoute } from './faults.js';
import { injectedAnswer, isInjectedAnswer, Refusal, refuse, sleep, ssojetError, ssojetJson, type SsojetErrorStyle } from './responses.js';

export interface RouteContext {
  /** Host only, e.g. `https://api.ssojet.com`. */
  baseUrl: string;
  clientId: string;
  accessToken: string;
  faults: SsojetFaultQueue;
  errorStyle: SsojetErrorStyle;
}

export type Body = Record<string, unknown>;
export type Params = Record<string, string | readonly string[] | undefined>;
export type Resolver = (request: Request, params: Params) => unknown;
export type Route = (name: SsojetRoute, method: 'get' | 'post' | 'put' | 'delete', path: string, resolve: Resolver) => HttpHandler;

export function jsonBody(request: Request): Promise<Body> {
  return readJsonBody(request, (problem) => refuse(400, problem === 'not-json' ? 'The request body must be JSON.' : 'The request body must be a JSON object.'));
}

export function requiredString(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') refuse(400, `${field} is required.`);
  return value;
}

/** A required name: a string with something in it besides spaces. */
export function requiredName(body: Body, field: string): string {
  const value = requiredString(body, field);
  if (!value.trim()) refuse(400, `${field} is required.`);
  return value;
}

export function isPlainObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createRoute(ctx: RouteContext): Route {
  function authorize(request: Request): void {
    const authorization = request.headers.get('authorization');
    if (!authorization) refuse(401, 'The Authorization header is missing.');
    if (authorization !== `Bearer ${ctx.accessToken}`) refuse(401, 'The access token is invalid or has expired.');
    const fromQuery = new URL(request.url).searchParams.get('client_id');
    const fromHeader = request.headers.get('clientId');
    if (!fromQuery && !fromHeader) refuse(401, 'client_id is required.');
    if ((fromQuery && fromQuery !== ctx.clientId) || (fromHeader && fromHeader !== ctx.clientId)) refuse(401, 'client_id is not valid.');
  }

  // A resolver returns the JSON to send, or a ready Response for the answers that are not JSON.
  return (name, method, path, resolve) =>
    http[method](`${ctx.baseUrl}${path}`, async ({ request, params }) => {
      await sleep(ctx.faults.latencyMs(), request.signal);
      const fault = ctx.faults.take(name);
      if (fault?.delayMs) await sleep(fault.delayMs, request.signal);
      // The client gave up while we waited: do not apply a write it no longer expects.
      if (request.signal.aborted) return HttpResponse.error();
      if (fault && isInjectedAnswer(fault)) return injectedAnswer(fault, ctx.errorStyle);
      try {
        authorize(request);
        const answer = await resolve(request, params);
        return answer instanceof Response ? answer : ssojetJson(answer);
      } catch (error) {
        if (error instanceof Refusal) return ssojetError(ctx.errorStyle, error.status, error.description);
        throw error;
      }
    });
}
