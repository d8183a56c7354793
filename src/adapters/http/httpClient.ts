/**
 * The fetch plumbing every HTTP adapter shares: a per-request timeout combined with the caller's
 * abort signal, JSON in and out, and every failure mapped to a RosterError (network, timeout,
 * HTTP status, `Retry-After`, unparseable body). Adapters pass `describeError` to read their
 * identity provider's own error body. Retrying is left to the caller (the hooks retry reads), so
 * a request is never silently repeated twice over.
 */
import { abortReason, errorCodeForStatus, RosterError, type RosterErrorCode } from '../../core/errors.js';
import { parseRetryAfter } from './retryAfter.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpErrorDetails {
  message?: string;
  code?: RosterErrorCode;
  fieldErrors?: Record<string, string>;
}

export interface HttpClientOptions {
  baseUrl: string;
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
  /** Headers sent with every request; may be async to fetch a fresh token. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /**
   * Reads the backend's error body into a safe message and, where it can, a more exact code.
   * `body` is the parsed JSON (undefined when the answer was not JSON); `text` is the raw answer,
   * for backends that explain errors in plain text.
   */
  describeError?: (status: number, body: unknown, text: string) => HttpErrorDetails | undefined;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | readonly string[] | undefined | null>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * `json` (default): a success answer must be JSON or empty, else it fails as `bad_response`.
   * `any`: a success answer that is not JSON (plain text) resolves to undefined instead, for
   * calls whose answer the caller does not depend on.
   */
  responseBody?: 'json' | 'any';
}

export interface HttpClient {
  request<T = unknown>(req: HttpRequest): Promise<T>;
  /** The URL a request would go to; for tests and logs. */
  url(path: string, query?: HttpRequest['query']): string;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const base = options.baseUrl.replace(/\/+$/, '');

  function url(path: string, query: HttpRequest['query'] = {}): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) value.forEach((v) => params.append(name, String(v)));
      else params.append(name, String(value));
    }
    const qs = params.toString();
    return `${base}${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
  }

  async function request<T>(req: HttpRequest): Promise<T> {
    if (req.signal?.aborted) throw abortReason(req.signal);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onAbort, { once: true });

    try {
      const headers: Record<string, string> = { accept: 'application/json', ...(await options.headers?.()), ...req.headers };
      if (req.body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await (options.fetch ?? globalThis.fetch)(url(req.path, req.query), {
          method: req.method,
          headers,
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          signal: controller.signal,
        });
      } catch (error) {
        if (req.signal?.aborted) throw abortReason(req.signal);
        if (timedOut) throw new RosterError('timeout', { cause: error });
        throw new RosterError('network', { cause: error });
      }

      const text = await readText(response, req, () => timedOut);
      let body: unknown = undefined;
      let parseError: unknown;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch (error) {
          parseError = error;
        }
      }

      if (!response.ok) {
        const details = safeDescribe(options.describeError, response.status, body, text);
        throw new RosterError(details?.code ?? errorCodeForStatus(response.status), {
          status: response.status,
          message: details?.message,
          fieldErrors: details?.fieldErrors,
          retryAfterMs: response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined,
          cause: parseError ?? body,
        });
      }
      if (parseError && req.responseBody !== 'any') throw new RosterError('bad_response', { status: response.status, cause: parseError });
      return body as T;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  }

  return { request, url };
}

async function readText(response: Response, req: HttpRequest, timedOut: () => boolean): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (req.signal?.aborted) throw abortReason(req.signal);
    if (timedOut()) throw new RosterError('timeout', { cause: error });
    throw new RosterError('network', { cause: error });
  }
}

function safeDescribe(describe: HttpClientOptions['describeError'], status: number, body: unknown, text: string): HttpErrorDetails | undefined {
  try {
    return describe?.(status, body, text);
  } catch {
    return undefined;
  }
}
