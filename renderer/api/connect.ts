import { createClient, type ApiClient } from '../../shared/api/client';
import type { CeaBridge } from '../../shared/api/bridge';
import { httpTransport, ipcTransport } from '../../shared/api/transports';

declare global {
  interface Window {
    /** Set by electron/preload.ts; absent in browser mode. */
    cea?: CeaBridge;
  }
}

/** How the renderer reaches the handlers, or why it cannot. */
export type Connection = { kind: 'electron' | 'http'; client: ApiClient } | { kind: 'no-token' };

const TOKEN_KEY = 'cea.token';
const TOKEN_IN_HASH = /^#token=([A-Za-z0-9_-]+)/;

/**
 * Electron when the preload bridge exists; otherwise browser mode over HTTP. The browser-mode token
 * arrives in the URL fragment (never sent to a server, never logged); it is moved to sessionStorage,
 * so a reload keeps working, and wiped from the address bar, so it is not copied or bookmarked.
 */
export function connect(win: Window, storage: Storage): Connection {
  if (win.cea) return { kind: 'electron', client: createClient(ipcTransport(win.cea)) };
  const m = TOKEN_IN_HASH.exec(win.location.hash);
  if (m) {
    storage.setItem(TOKEN_KEY, m[1]!);
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}#/`);
  }
  const token = storage.getItem(TOKEN_KEY);
  if (!token) return { kind: 'no-token' };
  return { kind: 'http', client: createClient(httpTransport({ baseUrl: '', token })) };
}
