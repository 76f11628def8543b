import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppError, Result } from '../../shared/errors';
import type { Dispatch } from '../handlers';
import { SECURITY_HEADERS } from './headers';
import { staticFile } from './staticFiles';
import { bearerMatches, newToken } from './token';

export interface HostOptions {
  dispatch: Dispatch;
  /** The built renderer, `dist/renderer`. */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** For tests; a fresh random token otherwise. */
  token?: string;
  /** Largest accepted API request body. */
  maxBody?: number;
}

export interface Host {
  port: number;
  token: string;
  /** What the user opens: the token travels in the fragment, which browsers never send to a server or log. */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const DEFAULT_MAX_BODY = 1024 * 1024;

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result), {
    'Cache-Control': 'no-store',
  });
}

function sendError(res: ServerResponse, status: number, code: string, extra: Record<string, string> = {}) {
  const error: AppError = { code, i18nKey: `errors:${code}` };
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(JSON.stringify({ ok: false, error }));
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new TooLarge());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * DNS rebinding defence: a page on another site that resolves its own name to 127.0.0.1 still sends
 * its own Host header, so only our literal address and port are served.
 */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  opts: Required<Pick<HostOptions, 'dispatch' | 'maxBody'>>,
  token: string,
) {
  if (req.method !== 'POST') {
    sendError(res, 405, 'bad-request', { Allow: 'POST' });
    return;
  }
  if (!bearerMatches(req.headers.authorization, token)) {
    sendError(res, 401, 'unauthorized');
    return;
  }
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    sendError(res, 415, 'bad-request');
    return;
  }
  let input: unknown;
  try {
    const text = await readBody(req, opts.maxBody);
    input = text === '' ? {} : JSON.parse(text);
  } catch (e) {
    if (e instanceof TooLarge) sendError(res, 413, 'too-large', { Connection: 'close' });
    else sendError(res, 400, 'bad-request');
    return;
  }
  // Errors from the handlers are answers, not HTTP failures: the Result says what went wrong.
  sendResult(res, 200, await opts.dispatch(method, input));
}

/** Browser mode: the built renderer and the same handlers as Electron, on 127.0.0.1 only, behind a per-launch token. */
export function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? newToken();
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  let port = 0;
  const server = createServer((req, res) => {
    void (async () => {
      if (req.socket.remoteAddress !== LOOPBACK || !hostAllowed(req, port)) {
        sendError(res, 403, 'forbidden');
        return;
      }
      const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
      if (path.startsWith('/api/'))
        return handleApi(
          req,
          res,
          path.slice('/api/'.length),
          { dispatch: options.dispatch, maxBody },
          token,
        );
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendError(res, 405, 'bad-request', { Allow: 'GET, HEAD' });
        return;
      }
      const file = await staticFile(options.staticDir, path);
      if (!file) {
        sendError(res, 404, 'not-found');
        return;
      }
      // Node leaves the body out of HEAD replies itself, keeping the real Content-Length.
      send(res, 200, file.type, file.body);
    })().catch((e: unknown) => {
      console.error('browser-mode request failed', e);
      if (!res.headersSent) sendError(res, 500, 'internal');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        token,
        url: `http://${LOOPBACK}:${port}/#token=${token}`,
        close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
      });
    });
  });
}
