/**
 * Mounts a Fetch-API handler on Node's `http` server, Express or Connect (Vite's dev server):
 * `(req, res, next?)`. With `next`, paths outside the handler's base path are passed on; an
 * Express body parser that already read the body is handled by re-serialising what it parsed.
 *
 * The request URL is built from the Host header and the path alone. The request line may name
 * another host (`POST http://evil.example/…`, or a path starting `//evil.example`); taken as a URL
 * that would become the handler's idea of its own origin, which the cross-site check relies on.
 */
import { PROTOCOL_ROUTES } from '../core/protocol.js';
import { isPlainHost } from './crossSiteWrites.js';
import { HandlerError } from './handlerError.js';
import { DEFAULT_MAX_BODY_BYTES } from './readBody.js';
import { errorResponse } from './respond.js';
import { allowedMethodsFor, methodNotAllowed, pathBelow } from './routes.js';
import type { RosterHandler } from './handler.js';

/**
 * The parts of Node's `IncomingMessage` and `ServerResponse` the shim uses, written out so the
 * server entry's types need no `@types/node` (hosts on edge runtimes import it too).
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  socket?: object | null;
  readableEnded?: boolean;
}

export interface NodeResponseLike {
  statusCode: number;
  readonly headersSent: boolean;
  readonly writableFinished: boolean;
  setHeader(name: string, value: string | readonly string[]): unknown;
  end(chunk?: Uint8Array): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export type NodeMiddleware = (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void) => void;

export interface NodeHandlerOptions {
  /** Default 1,000,000, as for the handler. */
  maxBodyBytes?: number;
}

type FetchHandler = ((request: Request) => Promise<Response>) & { readonly basePath?: string };

/**
 * The path and query of the request-target. Express and Connect strip the mount path from
 * `req.url`; `originalUrl` keeps it. An absolute-form target keeps only its path and query: the
 * host it names is not trusted for anything.
 */
function requestPath(req: NodeRequestLike): string {
  const target = (req as NodeRequestLike & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) return target.startsWith('/') ? target : `/${target}`;
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}

/** Methods a Fetch `Request` refuses to carry; the handler serves none of them anyway. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const ALL_METHODS = [...new Set(PROTOCOL_ROUTES.map((r) => r.method))];

function refuseMethod(path: string, basePath: string | undefined): Response {
  let allowed: string[] = [];
  try {
    const segments = basePath === undefined ? null : pathBelow(path.split('?')[0]!, basePath);
    if (segments) allowed = allowedMethodsFor(segments);
  } catch {
    // A badly encoded path: the full list is as good an answer.
  }
  const refusal = methodNotAllowed(allowed.length ? allowed : ALL_METHODS);
  return errorResponse(refusal, refusal.headers);
}

function isBelow(path: string, basePath: string): boolean {
  const pathname = path.split('?')[0]!;
  return pathname === basePath || pathname.startsWith(`${basePath}/`);
}

function toHeaders(incoming: NodeRequestLike['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    // HTTP/2 pseudo-headers (":path") are not valid Fetch header names.
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

class BodyTooLarge extends Error {}

async function readBody(req: NodeRequestLike, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const parsed = (req as NodeRequestLike & { body?: unknown }).body;
  if (req.readableEnded && parsed !== undefined) {
    return new TextEncoder().encode(typeof parsed === 'string' ? parsed : JSON.stringify(parsed));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(bytes);
  }
  if (size === 0) return undefined;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function send(res: NodeResponseLike, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  res.end(new Uint8Array(await response.arrayBuffer()));
}

export function toNodeHandler(handler: RosterHandler | FetchHandler, options: NodeHandlerOptions = {}): NodeMiddleware {
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res, next) => {
    const path = requestPath(req);
    if (next && handler.basePath !== undefined && !isBelow(path, handler.basePath)) return next();

    const run = async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      if (FORBIDDEN_METHODS.has(method)) return send(res, refuseMethod(path, handler.basePath));
      const host = typeof req.headers.host === 'string' && req.headers.host !== '' ? req.headers.host : 'localhost';
      if (!isPlainHost(host)) return send(res, errorResponse(new HandlerError('invalid_input', { status: 400, message: 'The Host header is not a valid host.' })));
      const isTls = Boolean((req.socket as { encrypted?: boolean } | null | undefined)?.encrypted);
      // Concatenated, not resolved: `//evil.example/x` stays a path on this host.
      const url = new URL(`${isTls ? 'https' : 'http'}://${host}${path}`);
      // The handler aborts its IdP calls when the caller disconnects.
      const disconnected = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) disconnected.abort();
      });
      let body: Uint8Array<ArrayBuffer> | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        try {
          body = await readBody(req, maxBytes);
        } catch (error) {
          if (!(error instanceof BodyTooLarge)) throw error;
          return send(res, errorResponse(new HandlerError('invalid_input', { status: 413, message: `The request body is larger than ${maxBytes} bytes.` })));
        }
      }
      const request = new Request(url, { method, headers: toHeaders(req.headers), body, signal: disconnected.signal });
      await send(res, await handler(request));
    };

    run().catch((error: unknown) => {
      if (next) return next(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}
