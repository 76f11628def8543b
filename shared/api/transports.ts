import { isAppError } from '../errors';
import type { AppError, Result } from '../errors';
import type { Transport } from './client';
import type { Method } from './index';

/** The part of `window.cea` a transport needs; injected so this module never touches `window`. */
export interface InvokeBridge {
  invoke(method: Method, input: never): Promise<Result<unknown>>;
}

function failure(error: AppError): Result<never> {
  return { ok: false, error };
}

function isResult(v: unknown): v is Result<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const r = v as { ok: unknown; error?: unknown };
  return r.ok === true ? 'data' in r : r.ok === false && isAppError(r.error);
}

/** Electron: calls go through the preload bridge over IPC. */
export function ipcTransport(bridge: InvokeBridge): Transport {
  return async (method, input) => {
    try {
      const reply: unknown = await bridge.invoke(method, input as never);
      return isResult(reply) ? reply : failure({ code: 'bad-reply', i18nKey: 'errors:bad-reply' });
    } catch {
      return failure({ code: 'transport', i18nKey: 'errors:transport' });
    }
  };
}

export interface HttpTransportOptions {
  /** Origin of the browser-mode host; '' for the page's own origin. */
  baseUrl: string;
  /** The per-launch token from the URL fragment. */
  token: string;
  fetch?: typeof fetch;
}

/** Browser mode: POST /api/<method> with the launch token, JSON body, JSON Result reply. */
export function httpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return async (method, input) => {
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure({ code: 'transport', i18nKey: 'errors:transport' });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isResult(body)) return body;
    if (response.status === 401) return failure({ code: 'unauthorized', i18nKey: 'errors:unauthorized' });
    return failure({ code: 'bad-reply', i18nKey: 'errors:bad-reply', details: { status: response.status } });
  };
}
