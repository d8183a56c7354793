/**
 * The part of an injected fault's answer that is the same for every vendor: the wait, a proxy's
 * HTML page and a JSON body cut short. What stays each vendor's own is the error body for a
 * status and its rate-limit headers, so those come in as arguments and the vendor answers
 * whatever this leaves (it returns null then).
 */
import { delay, HttpResponse } from 'msw';
import type { InjectedFault } from './faultQueue.js';

/** What a load balancer in front of an API answers with when the API behind it is down. */
export const PROXY_ERROR_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';

export interface CommonFaultAnswer {
  /** The start of a body in the vendor's shape, cut off mid-record, for `malformed`. */
  truncatedJson: string;
  /** Headers the vendor sends with every answer (rate limits, Retry-After), kept on these too. */
  headers?: Record<string, string>;
}

/** After `delayMs`, the HTML page or the truncated body the fault asks for; null for the vendor's own error answer. */
export async function answerCommonFault(fault: Pick<InjectedFault, 'status' | 'html' | 'malformed' | 'delayMs'>, { truncatedJson, headers = {} }: CommonFaultAnswer): Promise<Response | null> {
  if (fault.delayMs) await delay(fault.delayMs);
  if (fault.html !== undefined) {
    const page = fault.html === true ? PROXY_ERROR_PAGE : fault.html;
    return new HttpResponse(page, { status: fault.status ?? 502, headers: { ...headers, 'content-type': 'text/html' } });
  }
  if (fault.malformed) {
    return new HttpResponse(truncatedJson, { status: fault.status ?? 200, headers: { ...headers, 'content-type': 'application/json' } });
  }
  return null;
}
