/**
 * Mounts a Fetch-API handler on Node's `http` server, Express or Connect (Vite's dev server):
 * `(req, res, next?)`. With `next`, paths outside the handler's base path are passed on; an
 * Express body parser that already read the body is handled by re-serialising what it parsed.
 */
import { RosterError } from '../core/errors.js';
import { DEFAULT_MAX_BODY_BYTES } from './readBody.js';
import { errorResponse } from './respond.js';
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

/** Express and Connect strip the mount path from `req.url`; `originalUrl` keeps it. */
function requestPath(req: NodeRequestLike): string {
  return (req as NodeRequestLike & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
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
      const isTls = Boolean((req.socket as { encrypted?: boolean } | null | undefined)?.encrypted);
      const url = new URL(path, `${isTls ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
      const method = req.method ?? 'GET';
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
          return send(res, errorResponse(new RosterError('invalid_input', { status: 413, message: `The request body is larger than ${maxBytes} bytes.` })));
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
